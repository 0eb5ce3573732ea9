export { AnswerBatcher } from './answer-batcher';
export { AnswersService } from './answers.service';
export { AttemptSweeperService } from './attempt-sweeper.service';
export { refusedWriteError } from './attempt-write-refusal';
export { AttemptsModule } from './attempts.module';
export { AttemptsRepository } from './attempts.repository';
export { AttemptsService } from './attempts.service';
export {
  AttemptDto,
  MyAttemptDto,
  MyAttemptPageDto,
  SaveAnswerDto,
  SaveAnswerResultDto,
  SavedAnswerDto,
  SubmitAttemptDto,
  SubmitResultDto,
  VerifyReceiptDto,
  VerifyReceiptResultDto,
} from './dto/attempt.dto';
export { EssayAnswerDto, ParticipationDto } from './dto/round-insights.dto';
export { AttemptAnswerEntity } from './entities/attempt-answer.entity';
export { AttemptEntity, type DrawnQuestion } from './entities/attempt.entity';
export { GradingService } from './grading';
export { QuestionSnapshotsService, type VersionSnapshot } from './question-snapshots.service';
export { ReceiptService } from './receipt.service';
export {
  type AttemptScore,
  type CountableAttempt,
  countedAttemptOrderSql,
  pickCountedAttempt,
  scoreAttempt,
} from './rules/scoring';
export { deviceSql, isOtherDevice, normalizeDeviceId } from './rules/device';
export { computeDeadline, isPastGrace, timingSql } from './rules/timing';
export { scoreSubmission } from './scoring';
export { StandingsService } from './standings.service';
export {
  ATTEMPT_SUBMITTED,
  SubmissionService,
  type AttemptSubmittedEvent,
} from './submission.service';
export { RoundInsightsService } from './round-insights.service';
export {
  PracticeAttemptDto,
  PracticeFeedbackDto,
  PracticeSaveResultDto,
  PracticeSubmitResultDto,
} from './practice/practice.dto';
export { PracticeService } from './practice/practice.service';
