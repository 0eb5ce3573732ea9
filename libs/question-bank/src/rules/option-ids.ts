import { randomUUID } from 'node:crypto';

/** An option as stored in a question version. The id is what attempts record as the answer. */
export interface QuestionOption {
  id: string;
  text: string;
  correct: boolean;
}

/**
 * Gives the options of a new version their ids.
 *
 * Option ids are kept across versions when the option itself did not change, so that an answer
 * recorded against an older version can be read against the newer one (answer-key regrade,
 * issue 8: a version that only fixes the key differs from the previous one only in `correct`
 * flags, with the same option ids):
 *  1. an option at the same position with the same text keeps that option's id;
 *  2. otherwise an option whose text equals an old option's text not already claimed (the author
 *     moved it) keeps that id;
 *  3. anything else (new or reworded text) gets a fresh uuid v4, so an old answer never
 *     silently points at a different statement.
 * Text equality is exact (after the trimming done when the question is prepared).
 */
export function assignOptionIds(
  previous: readonly QuestionOption[] | null | undefined,
  next: ReadonlyArray<{ text: string; correct: boolean }>,
  newId: () => string = randomUUID,
): QuestionOption[] {
  const old = previous ?? [];
  const claimed = new Set<string>();
  const ids: Array<string | undefined> = next.map((o, i) => {
    const same = old[i];
    if (same && same.text === o.text && !claimed.has(same.id)) {
      claimed.add(same.id);
      return same.id;
    }
    return undefined;
  });
  return next.map((o, i) => {
    let id = ids[i];
    if (!id) {
      const moved = old.find((p) => p.text === o.text && !claimed.has(p.id));
      if (moved) claimed.add(moved.id);
      id = moved?.id ?? newId();
    }
    return { id, text: o.text, correct: o.correct };
  });
}
