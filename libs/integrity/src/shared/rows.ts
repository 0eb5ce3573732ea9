import { AttemptAnswerEntity } from '@app/attempts';

/** Rows keyed by their attempt, in the order read. */
export function groupByAttempt<T extends { attempt_id: string }>(
  rows: readonly T[],
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(row.attempt_id);
    if (list) list.push(row);
    else groups.set(row.attempt_id, [row]);
  }
  return groups;
}

/** A saved answer read with raw SQL, in the shape the attempt scorer takes. */
export function answerRow(
  attemptId: string,
  r: { question_id: string; option_ids: string[] | null; text: string | null },
): AttemptAnswerEntity {
  const answer = new AttemptAnswerEntity();
  answer.attemptId = attemptId;
  answer.questionId = r.question_id;
  answer.optionIds = r.option_ids;
  answer.text = r.text;
  return answer;
}
