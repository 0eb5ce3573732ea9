/** Cross-field rules of a contest's settings that class-validator cannot express alone. */
export interface ContestShape {
  questionCount?: number;
  drawRules?: Array<{ count: number; bankId?: string }>;
  rounds?: Array<{ opensAt: string | Date; closesAt: string | Date }>;
  prediction?: { enabled: boolean; prompt: string };
  practice?: { enabled: boolean; bankIds: string[] };
}

export interface SettingsProblem {
  field: string;
  message: string;
}

export function checkContestSettings(contest: ContestShape): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (contest.drawRules && contest.questionCount !== undefined) {
    const drawn = contest.drawRules.reduce((sum, r) => sum + r.count, 0);
    if (drawn !== contest.questionCount) {
      problems.push({
        field: 'drawRules',
        message: `Tổng số câu của các quy tắc rút đề (${drawn}) phải bằng số câu hỏi của đề (${contest.questionCount})`,
      });
    }
  }
  const rounds = contest.rounds ?? [];
  let previousClose: number | undefined;
  rounds.forEach((round, i) => {
    const opens = new Date(round.opensAt).getTime();
    const closes = new Date(round.closesAt).getTime();
    if (!(opens < closes)) {
      problems.push({
        field: `rounds.${i}.closesAt`,
        message: 'Thời gian kết thúc phải sau thời gian bắt đầu',
      });
    }
    if (previousClose !== undefined && opens < previousClose) {
      problems.push({
        field: `rounds.${i}.opensAt`,
        message: 'Các tuần thi phải theo thứ tự thời gian và không chồng lên nhau',
      });
    }
    previousClose = closes;
  });
  if (contest.prediction?.enabled && !contest.prediction.prompt.trim()) {
    problems.push({ field: 'prediction.prompt', message: 'Cần nội dung câu hỏi dự đoán' });
  }
  const practice = contest.practice;
  if (practice?.enabled && practice.bankIds.length === 0) {
    problems.push({ field: 'practice.bankIds', message: 'Cần chọn ít nhất một ngân hàng thi thử' });
  }
  // Practice shows the right answers: a bank the official rounds draw from would leak them.
  const official = new Set((contest.drawRules ?? []).map((r) => r.bankId));
  if (practice?.bankIds.some((id) => official.has(id))) {
    problems.push({
      field: 'practice.bankIds',
      message: 'Ngân hàng thi thử không được trùng ngân hàng dùng cho đề thi chính thức',
    });
  }
  return problems;
}

export type RoundStatus = 'upcoming' | 'open' | 'closed';

/** A round is open from opensAt (inclusive) to closesAt (exclusive), by the server's clock. */
export function roundStatus(round: { opensAt: Date; closesAt: Date }, now: Date): RoundStatus {
  if (now.getTime() < round.opensAt.getTime()) return 'upcoming';
  if (now.getTime() < round.closesAt.getTime()) return 'open';
  return 'closed';
}

/**
 * roundStatus(…) === 'open' in SQL, for statements that decide on the database's clock (the
 * attempt start). Built here, next to roundStatus, so that the rule is written in one place.
 */
export function roundOpenSql(opensAt: string, closesAt: string, at: string): string {
  return `(${opensAt} <= ${at} AND ${at} < ${closesAt})`;
}
