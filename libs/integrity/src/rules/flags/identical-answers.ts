import { byTimeThenId, distinct, formatDurationVi, formatNumberVi, normalizeText } from './format';
import type { AnsweredQuestion, Flag, FlagAttempt } from './types';

export interface IdenticalAnswersOptions {
  /** Questions both attempts answered. Default 10. */
  minShared?: number;
  /** Largest gap between the two submissions. Default 10 min. */
  windowMs?: number;
}

/** A comparable form of an answer; null when nothing was answered. */
function answerSignature(answer: AnsweredQuestion): string | null {
  const options = distinct(answer.optionIds ?? []).sort();
  if (options.length > 0) return `o:${options.join('\u0001')}`;
  const text = normalizeText(answer.text ?? '');
  return text === '' ? null : `t:${text}`;
}

/** Turns strings into small integers so that comparing answer sheets needs no hashing. */
interface Interner {
  id(value: string): number;
  size(): number;
}

function createInterner(): Interner {
  const ids = new Map<string, number>();
  return {
    id(value) {
      let id = ids.get(value);
      if (id === undefined) {
        id = ids.size;
        ids.set(value, id);
      }
      return id;
    },
    size: () => ids.size,
  };
}

/** An attempt's answers in answering order, questions and answers interned. */
interface AnswerSheet {
  attempt: FlagAttempt;
  questions: Int32Array;
  signatures: Int32Array;
  wrong: Uint8Array;
}

function answerSheet(attempt: FlagAttempt, questions: Interner, signatures: Interner): AnswerSheet {
  const rows: { question: number; signature: number; wrong: boolean }[] = [];
  const seen = new Set<string>();
  for (const answer of attempt.answers ?? []) {
    const signature = answerSignature(answer);
    if (signature === null || seen.has(answer.questionId)) continue;
    seen.add(answer.questionId);
    rows.push({
      question: questions.id(answer.questionId),
      signature: signatures.id(signature),
      wrong: answer.correct === false,
    });
  }
  return {
    attempt,
    questions: Int32Array.from(rows, (r) => r.question),
    signatures: Int32Array.from(rows, (r) => r.signature),
    wrong: Uint8Array.from(rows, (r) => (r.wrong ? 1 : 0)),
  };
}

/**
 * One sheet spread into tables indexed by question, so that many others can be compared with
 * it quickly: `position` is -1 for a question it did not answer.
 */
interface SheetTables {
  position: Int32Array;
  signature: Int32Array;
  wrong: Uint8Array;
}

function loadSheet(tables: SheetTables, sheet: AnswerSheet, load: boolean): void {
  sheet.questions.forEach((q, k) => {
    tables.position[q] = load ? k : -1;
    tables.signature[q] = sheet.signatures[k];
    tables.wrong[q] = sheet.wrong[k];
  });
}

/**
 * Compares sheet `b` with the sheet loaded in `a` on the questions both answered: null unless
 * every shared answer is the same and they were answered in the same relative order (read in
 * b's order, the positions in a only go up).
 */
function compareWithLoaded(
  a: SheetTables,
  b: AnswerSheet,
): { shared: number; sharedWrong: number } | null {
  let shared = 0;
  let sharedWrong = 0;
  let last = -1;
  for (let k = 0; k < b.questions.length; k++) {
    const q = b.questions[k];
    const position = a.position[q];
    if (position < 0) continue;
    if (a.signature[q] !== b.signatures[k] || position < last) return null;
    last = position;
    shared += 1;
    sharedWrong += a.wrong[q];
  }
  return { shared, sharedWrong };
}

/**
 * Attempts of different accounts whose answers on the questions both answered (at least
 * `minShared`) are identical and were given in the same order, submitted within `windowMs`.
 * Linked pairs are grouped (connected components).
 */
export function detectIdenticalAnswers(
  attempts: readonly FlagAttempt[],
  options: IdenticalAnswersOptions = {},
): Flag[] {
  const minShared = options.minShared ?? 10;
  const windowMs = options.windowMs ?? 10 * 60_000;
  const questionIds = createInterner();
  const signatureIds = createInterner();
  const sheets = attempts
    .slice()
    .sort(byTimeThenId)
    .map((a) => answerSheet(a, questionIds, signatureIds))
    .filter((s) => s.questions.length >= minShared);
  const questionCount = questionIds.size();
  const loaded: SheetTables = {
    position: new Int32Array(questionCount).fill(-1),
    signature: new Int32Array(questionCount),
    wrong: new Uint8Array(questionCount),
  };

  const parent = sheets.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const links: { i: number; j: number; shared: number; sharedWrong: number; gapMs: number }[] = [];
  const times = sheets.map((s) => s.attempt.submittedAt.getTime());
  const owners = sheets.map((s) => s.attempt.userId);
  for (let i = 0; i < sheets.length; i++) {
    loadSheet(loaded, sheets[i], true);
    for (let j = i + 1; j < sheets.length; j++) {
      const gapMs = times[j] - times[i];
      if (gapMs > windowMs) break;
      if (owners[i] === owners[j]) continue;
      const same = compareWithLoaded(loaded, sheets[j]);
      if (!same || same.shared < minShared) continue;
      links.push({ i, j, ...same, gapMs });
      const ri = find(i);
      const rj = find(j);
      if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
    }
    loadSheet(loaded, sheets[i], false);
  }

  const groups = new Map<number, typeof links>();
  for (const link of links) {
    const root = find(link.i);
    const group = groups.get(root);
    if (group) group.push(link);
    else groups.set(root, [link]);
  }
  return [...groups.values()].map((group) => {
    const members = [...new Set(group.flatMap((l) => [l.i, l.j]))]
      .sort((x, y) => x - y)
      .map((i) => sheets[i].attempt);
    const userIds = distinct(members.map((m) => m.userId));
    const minSharedSeen = Math.min(...group.map((l) => l.shared));
    const maxWrong = Math.max(...group.map((l) => l.sharedWrong));
    const maxGap = Math.max(...group.map((l) => l.gapMs));
    const pairs = group.length === 1 ? '' : ` (${formatNumberVi(group.length, 0)} cặp trùng nhau)`;
    return {
      kind: 'identical_answers' as const,
      attemptIds: members.map((m) => m.attemptId),
      userIds,
      detail:
        `${formatNumberVi(members.length, 0)} lượt thi của ${formatNumberVi(userIds.length, 0)} tài khoản khác nhau có đáp án ` +
        `giống hệt nhau, theo cùng thứ tự trả lời, trên ${group.length === 1 ? '' : 'ít nhất '}` +
        `${formatNumberVi(minSharedSeen, 0)} câu hỏi chung${pairs}` +
        (maxWrong > 0 ? `, trong đó ${formatNumberVi(maxWrong, 0)} câu sai giống nhau` : '') +
        `; nộp bài cách nhau tối đa ${formatDurationVi(maxGap)}. Trùng cả những câu sai là ` +
        `dấu hiệu mạnh hơn trùng những câu đúng.`,
      evidence: {
        attempts: members.length,
        accounts: userIds.length,
        pairs: group.length,
        minSharedQuestions: minSharedSeen,
        maxSharedWrong: maxWrong,
        maxGapMs: maxGap,
      },
    };
  });
}
