export * from './answer-batcher';
export * from './answers.service';
export * from './attempt-sweeper.service';
export * from './attempt-write-refusal';
export * from './attempts.module';
export { AttemptsRepository } from './attempts.repository';
export * from './attempts.service';
export * from './dto/attempt.dto';
export * from './dto/round-insights.dto';
export * from './entities/attempt-answer.entity';
export * from './entities/attempt.entity';
export * from './entities/round-standing.entity';
export * from './grading';
export * from './question-snapshots.service';
export * from './receipt.service';
export {
  type AttemptScore,
  type CountableAttempt,
  countedAttemptOrderSql,
  pickCountedAttempt,
  scoreAttempt,
} from './rules/scoring';
export * from './rules/device';
export * from './rules/timing';
export { scoreSubmission } from './scoring';
export * from './standings.service';
export * from './submission.service';
export * from './round-insights.service';
export * from './practice/practice.dto';
export * from './practice/practice.service';
