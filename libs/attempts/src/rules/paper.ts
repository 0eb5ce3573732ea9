/**
 * Building a person's paper from the drawn questions (pure): each question's option order and
 * the paper's maximum score. The draw itself (which questions, in which order) is
 * `drawQuestions` in libs/contests.
 */
import { type Rng, shuffle } from '@app/contests';
import type { DrawnQuestion } from '../entities/attempt.entity';

/** A drawn question with what the paper needs from its version. */
export interface PaperQuestion {
  questionId: string;
  versionId: string;
  bankId: string;
  type: string;
  points: number;
  /** The version's option ids, in their authored order. */
  optionIds: readonly string[];
}

export interface Paper {
  questions: DrawnQuestion[];
  maxScore: number;
}

/**
 * Options are shuffled when the contest asks for it, except true/false questions, which keep
 * their natural order (Đúng, Sai): shuffling them only confuses people. The maximum score is
 * the sum of the questions' points.
 */
export function buildPaper(
  drawn: readonly PaperQuestion[],
  options: { shuffleOptions: boolean },
  rng: Rng,
): Paper {
  let maxScore = 0;
  const questions = drawn.map((q): DrawnQuestion => {
    maxScore += q.points;
    const optionOrder =
      options.shuffleOptions && q.type !== 'true_false'
        ? shuffle(q.optionIds, rng)
        : [...q.optionIds];
    return { questionId: q.questionId, versionId: q.versionId, bankId: q.bankId, optionOrder };
  });
  return { questions, maxScore };
}
