import type { AnsweredQuestion, FlagAttempt } from './types';

/** An attempt's answers, by question; questions and (question, answer) keys interned. */
export interface AnswerSheet {
  attempt: FlagAttempt;
  /** Ascending. */
  questions: Int32Array;
  /** The (question, answer) key of each answer. */
  keys: Int32Array;
  wrong: Uint8Array;
}

export interface Compared {
  shared: number;
  identicalWrongKeys: Array<{ key: number; question: number }>;
}

/**
 * The round's answer sheets with the counts the chance estimate needs: how many attempts gave
 * each answer (its bucket), how many answered each question, how many choices each offered.
 */
export interface SheetSet {
  sheets: AnswerSheet[];
  /** Attempts that answered each question. */
  answered: Int32Array;
  /** Sheet indices (ascending) that gave this (question, answer). */
  bucket(key: number): readonly number[];
  /** Choices of a question for the smoothing: its options, or at least the answers seen + 1. */
  choices(question: number): number;
  /** Spreads a sheet into per-question tables for `compareWithLoaded`. */
  load(sheet: AnswerSheet): void;
  unload(sheet: AnswerSheet): void;
  /** Null unless every question both answered has the same answer. */
  compareWithLoaded(other: AnswerSheet): Compared | null;
  /** Groups (two or more) of sheets with exactly the same answers. */
  identicalSheets(): number[][];
}

export function answerSheets(
  attempts: readonly FlagAttempt[],
  signature: (answer: AnsweredQuestion) => string | null,
): SheetSet {
  const questionIds = new Map<string, number>();
  const keyIds = new Map<string, number>();
  const keyQuestion: number[] = [];
  const optionCount: number[] = [];
  const sheets: AnswerSheet[] = attempts.map((attempt) => {
    const rows = new Map<number, { key: number; wrong: boolean }>();
    for (const answer of attempt.answers ?? []) {
      const sig = signature(answer);
      if (sig === null) continue;
      let q = questionIds.get(answer.questionId);
      if (q === undefined) {
        q = questionIds.size;
        questionIds.set(answer.questionId, q);
        optionCount.push(0);
      }
      if (rows.has(q)) continue;
      optionCount[q] = Math.max(optionCount[q], answer.optionCount ?? 0);
      const name = `${q}\u0002${sig}`;
      let key = keyIds.get(name);
      if (key === undefined) {
        key = keyIds.size;
        keyIds.set(name, key);
        keyQuestion.push(q);
      }
      rows.set(q, { key, wrong: answer.correct === false });
    }
    const ordered = [...rows].sort(([x], [y]) => x - y);
    return {
      attempt,
      questions: Int32Array.from(ordered, ([q]) => q),
      keys: Int32Array.from(ordered, ([, r]) => r.key),
      wrong: Uint8Array.from(ordered, ([, r]) => (r.wrong ? 1 : 0)),
    };
  });

  const questionCount = questionIds.size;
  const answered = new Int32Array(questionCount);
  const buckets: number[][] = Array.from({ length: keyIds.size }, () => []);
  sheets.forEach((sheet, i) => {
    sheet.questions.forEach((q) => (answered[q] += 1));
    sheet.keys.forEach((key) => buckets[key].push(i));
  });
  const distinctAnswers = new Int32Array(questionCount);
  keyQuestion.forEach((q) => (distinctAnswers[q] += 1));

  const position = new Int32Array(questionCount).fill(-1);
  const loadedKey = new Int32Array(questionCount);
  const loadedWrong = new Uint8Array(questionCount);

  return {
    sheets,
    answered,
    bucket: (key) => buckets[key],
    choices: (q) => Math.max(2, optionCount[q], distinctAnswers[q] + 1),
    load(sheet) {
      sheet.questions.forEach((q, k) => {
        position[q] = k;
        loadedKey[q] = sheet.keys[k];
        loadedWrong[q] = sheet.wrong[k];
      });
    },
    unload(sheet) {
      sheet.questions.forEach((q) => (position[q] = -1));
    },
    compareWithLoaded(other) {
      let shared = 0;
      const identicalWrongKeys: Compared['identicalWrongKeys'] = [];
      for (let k = 0; k < other.questions.length; k++) {
        const q = other.questions[k];
        if (position[q] < 0) continue;
        if (loadedKey[q] !== other.keys[k]) return null;
        shared += 1;
        // Wrong for one is wrong for both: the answers are the same.
        if (loadedWrong[q] || other.wrong[k])
          identicalWrongKeys.push({ key: other.keys[k], question: q });
      }
      return { shared, identicalWrongKeys };
    },
    identicalSheets() {
      const groups = new Map<string, number[]>();
      sheets.forEach((sheet, i) => {
        if (sheet.keys.length === 0) return;
        const name = sheet.keys.join(',');
        const group = groups.get(name);
        if (group) group.push(i);
        else groups.set(name, [i]);
      });
      return [...groups.values()].filter((g) => g.length > 1);
    },
  };
}
