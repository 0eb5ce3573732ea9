/**
 * Scoring answers and attempts, the deadline rule and which attempt counts (issue 5).
 * Pure: no Nest, no TypeORM.
 */
import { matchesAcceptedAnswer } from './text-match';

export type QuestionSnapshotType = 'single' | 'multiple' | 'true_false' | 'short_text' | 'essay';

export interface SnapshotOption {
  id: string;
  correct: boolean;
}

/** The question version an attempt drew, as recorded at draw time. */
export interface QuestionSnapshot {
  questionId: string;
  type: QuestionSnapshotType;
  points: number;
  options: readonly SnapshotOption[];
  acceptedAnswers?: readonly string[];
  /** The bank's matching rule for `short_text`, recorded with the snapshot (default false). */
  toneInsensitive?: boolean;
}

export interface AnswerValue {
  optionIds?: readonly string[];
  text?: string;
}

/** questionId → saved answer. */
export type AnswerMap = Readonly<Record<string, AnswerValue | undefined>>;
/** questionId → points a judge gave (essays). */
export type GradeMap = Readonly<Record<string, number | undefined>>;

export interface AnswerScore {
  questionId: string;
  /** null: an essay waiting for a judge. */
  correct: boolean | null;
  points: number;
}

export interface AttemptScore {
  score: number;
  maxScore: number;
  correctCount: number;
  questionCount: number;
  pendingEssays: number;
  perQuestion: AnswerScore[];
}

function sameSet(chosen: readonly string[], expected: readonly string[]): boolean {
  const a = new Set(chosen);
  const b = new Set(expected);
  return a.size > 0 && a.size === b.size && [...a].every((id) => b.has(id));
}

/** Rounds away binary noise from fractional points (0.1 + 0.2 → 0.3). */
function roundPoints(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * Scores one answer.
 * - `single`, `true_false`, `multiple`: correct iff the chosen options are exactly the correct
 *   ones (all-or-nothing; choosing nothing is never correct). With a well-formed key this is
 *   "the one correct option" for single and true/false.
 * - `short_text`: correct iff the text matches an accepted answer (see text-match.ts).
 * - `essay`: `correct: null` and 0 points until graded; a grade (0..points) gives its points,
 *   and the essay counts as correct when the grade is the full points. A blank essay needs no
 *   judge: 0 points, not correct (a grade, when given anyway, still applies).
 * Grades given for other types are ignored.
 */
export function scoreAnswer(
  question: QuestionSnapshot,
  answer: AnswerValue | undefined,
  grade?: number,
): AnswerScore {
  const { questionId, points } = question;
  const result = (correct: boolean | null, earned: number): AnswerScore => ({
    questionId,
    correct,
    points: earned,
  });
  switch (question.type) {
    case 'single':
    case 'true_false':
    case 'multiple': {
      const key = question.options.filter((o) => o.correct).map((o) => o.id);
      const correct = sameSet(answer?.optionIds ?? [], key);
      return result(correct, correct ? points : 0);
    }
    case 'short_text': {
      const correct = matchesAcceptedAnswer(answer?.text ?? '', question.acceptedAnswers ?? [], {
        toneInsensitive: question.toneInsensitive ?? false,
      });
      return result(correct, correct ? points : 0);
    }
    case 'essay': {
      if (grade !== undefined) {
        if (!Number.isFinite(grade) || grade < 0 || grade > points) {
          throw new RangeError(`Grade ${grade} for question ${questionId} is outside 0..${points}`);
        }
        return result(grade === points, grade);
      }
      const blank = (answer?.text ?? '').trim() === '';
      return blank ? result(false, 0) : result(null, 0);
    }
  }
}

/**
 * Scores an attempt: the sum over its questions (in the given order). `correctCount` counts
 * `correct === true`; `pendingEssays` counts essays waiting for a grade.
 */
export function scoreAttempt(
  questions: readonly QuestionSnapshot[],
  answers: AnswerMap,
  grades: GradeMap = {},
): AttemptScore {
  const perQuestion = questions.map((q) =>
    scoreAnswer(q, answers[q.questionId], grades[q.questionId]),
  );
  return {
    score: roundPoints(perQuestion.reduce((sum, a) => sum + a.points, 0)),
    maxScore: roundPoints(questions.reduce((sum, q) => sum + q.points, 0)),
    correctCount: perQuestion.filter((a) => a.correct === true).length,
    questionCount: questions.length,
    pendingEssays: perQuestion.filter((a) => a.correct === null).length,
    perQuestion,
  };
}

// The clock rules (deadline, grace, time used) live in ./timing.ts.

export type CountedAttemptPolicy = 'best' | 'first' | 'last';

export interface CountableAttempt {
  id: string;
  score: number;
  durationMs: number;
  submittedAt: Date;
  startedAt: Date;
  /** Disqualified attempts never count. */
  disqualified?: boolean;
}

function byId(a: CountableAttempt, b: CountableAttempt): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function compareForPolicy(
  policy: CountedAttemptPolicy,
): (a: CountableAttempt, b: CountableAttempt) => number {
  switch (policy) {
    case 'best':
      return (a, b) =>
        b.score - a.score ||
        a.durationMs - b.durationMs ||
        a.submittedAt.getTime() - b.submittedAt.getTime() ||
        byId(a, b);
    case 'first':
      return (a, b) => a.startedAt.getTime() - b.startedAt.getTime() || byId(a, b);
    case 'last':
      return (a, b) => b.startedAt.getTime() - a.startedAt.getTime() || byId(b, a);
  }
}

/**
 * SQL form of `pickCountedAttempt`'s order for rows aliased `t` (the first row counts), as
 * `DISTINCT ON (user_id) … ORDER BY user_id, <this>` uses it for the frozen board. Checked
 * against the TypeScript form in test/rules-sql.e2e-spec.ts.
 */
export function countedAttemptOrderSql(policy: CountedAttemptPolicy, t: string): string {
  switch (policy) {
    case 'best':
      return `${t}.score DESC, ${t}.duration_ms ASC, ${t}.submitted_at ASC, ${t}.id ASC`;
    case 'first':
      return `${t}.started_at ASC, ${t}.id ASC`;
    case 'last':
      return `${t}.started_at DESC, ${t}.id DESC`;
  }
}

/**
 * The attempt that counts for a person in a round, among their submitted attempts (pass only
 * submitted ones; disqualified ones are skipped here). best: highest score, then shorter
 * duration, then earlier submission; first: earliest started; last: latest started. Remaining
 * ties are broken by id so the choice is deterministic. null when none is left.
 */
export function pickCountedAttempt<T extends CountableAttempt>(
  attempts: readonly T[],
  policy: CountedAttemptPolicy,
): T | null {
  const compare = compareForPolicy(policy);
  let chosen: T | null = null;
  for (const attempt of attempts) {
    if (attempt.disqualified === true) continue;
    if (chosen === null || compare(attempt, chosen) < 0) chosen = attempt;
  }
  return chosen;
}
