import type { AttemptAnswerEntity } from './entities/attempt-answer.entity';
import type { DrawnQuestion } from './entities/attempt.entity';
import type { VersionSnapshot } from './question-snapshots.service';
import { type AnswerMap, type AttemptScore, type GradeMap, scoreAttempt } from './rules/scoring';

/** Scores an attempt's saved answers against the exact versions it drew. */
export function scoreSubmission(
  drawn: DrawnQuestion[],
  snapshots: Map<string, VersionSnapshot>,
  answers: AttemptAnswerEntity[],
  grades: Map<string, number>,
): AttemptScore {
  const questions = drawn.map((d) => {
    const s = snapshots.get(d.questionId) as VersionSnapshot;
    return {
      questionId: d.questionId,
      type: s.type,
      points: s.points,
      options: s.options.map((o) => ({ id: o.id, correct: o.correct })),
      acceptedAnswers: s.acceptedAnswers,
      toneInsensitive: s.toneInsensitive,
    };
  });
  const answerMap: AnswerMap = Object.fromEntries(
    answers.map((a) => [
      a.questionId,
      { optionIds: a.optionIds ?? undefined, text: a.text ?? undefined },
    ]),
  );
  const gradeMap: GradeMap = Object.fromEntries(grades);
  return scoreAttempt(questions, answerMap, gradeMap);
}
