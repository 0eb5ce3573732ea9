export { ContestAccessService } from './contest-access.service';
export { ContestsModule } from './contests.module';
export { ContestsService } from './contests.service';
export { AddStaffDto, CreateContestDto, UpdateContestDto } from './dto/contest-input.dto';
export { ContestDto, ContestPageDto, ContestSummaryDto } from './dto/contest.dto';
export { FlagThresholdsDto } from './dto/fairness-settings.dto';
export { ContestEntity, type AttemptPolicy, type FlagThresholds } from './entities/contest.entity';
export { RoundEntity } from './entities/round.entity';
export { roundOpenSql, roundStatus } from './rules/contest-settings';
export { drawQuestions } from './rules/draw';
export { createSeededRng, shuffle, type Rng } from './rules/seeded-random';
export {
  FLAG_THRESHOLDS_CHANGED,
  type FlagThresholdsChangedEvent,
} from './rules/fairness-settings';
export { DEFAULT_FLAG_THRESHOLDS, effectiveFlagThresholds } from './rules/flag-thresholds';
