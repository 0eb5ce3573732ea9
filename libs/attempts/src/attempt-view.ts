import type { AttemptDto, AttemptResultDto } from './dto/attempt.dto';
import type { AttemptAnswerEntity } from './entities/attempt-answer.entity';
import type { AttemptEntity } from './entities/attempt.entity';
import type { VersionSnapshot } from './question-snapshots.service';

/**
 * The participant's view of an attempt. Built field by field from the snapshot so that nothing
 * about correctness (flags, accepted answers, explanations) can slip into the response.
 */
export function toAttemptDto(
  attempt: AttemptEntity,
  snapshots: Map<string, VersionSnapshot>,
  answers: AttemptAnswerEntity[],
  contest: { prediction: { enabled: boolean; prompt: string }; displayMode: string },
  serverNow: Date,
): AttemptDto {
  const dto: AttemptDto = {
    id: attempt.id,
    roundId: attempt.roundId,
    contestId: attempt.contestId,
    attemptNo: attempt.attemptNo,
    status: attempt.status,
    startedAt: attempt.startedAt.toISOString(),
    deadlineAt: attempt.deadlineAt.toISOString(),
    serverNow: serverNow.toISOString(),
    questions: attempt.questions.map((drawn, i) => {
      const s = snapshots.get(drawn.questionId) as VersionSnapshot;
      const texts = new Map(s.options.map((o) => [o.id, o.text]));
      return {
        id: drawn.questionId,
        position: i + 1,
        type: s.type,
        prompt: s.prompt,
        options: drawn.optionOrder.map((id) => ({ id, text: texts.get(id) ?? '' })),
        points: s.points,
      };
    }),
    answers: Object.fromEntries(
      answers.map((a) => [
        a.questionId,
        {
          ...(a.optionIds ? { optionIds: a.optionIds } : {}),
          ...(a.text !== null ? { text: a.text } : {}),
          savedAt: a.savedAt.toISOString(),
        },
      ]),
    ),
    prediction: {
      enabled: contest.prediction.enabled,
      prompt: contest.prediction.enabled ? contest.prediction.prompt : '',
    },
    displayMode: contest.displayMode,
  };
  if (attempt.status === 'submitted') dto.result = toResultDto(attempt);
  return dto;
}

export function toResultDto(attempt: AttemptEntity): AttemptResultDto {
  return {
    score: attempt.score ?? 0,
    maxScore: attempt.maxScore,
    correctCount: attempt.correctCount ?? 0,
    questionCount: attempt.questionCount,
    durationMs: attempt.durationMs ?? 0,
    submittedAt: (attempt.submittedAt as Date).toISOString(),
    autoSubmitted: attempt.autoSubmitted,
    pendingEssays: attempt.pendingEssays,
    prediction: attempt.prediction,
  };
}
