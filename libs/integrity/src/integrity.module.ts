import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttemptsModule } from '@app/attempts';
import { ContestsModule, RoundEntity } from '@app/contests';
import { JudgingModule } from '@app/judging';
import { QuestionBankModule } from '@app/question-bank';
import { DeviceMoveRepository } from './device/device-move.repository';
import { DeviceMoveService } from './device/device-move.service';
import { AttemptDeviceMoveEntity } from './entities/attempt-device-move.entity';
import { AttemptEventCountEntity } from './entities/attempt-event-count.entity';
import { AttemptEventEntity } from './entities/attempt-event.entity';
import { AttemptFlagEntity } from './entities/attempt-flag.entity';
import { AttemptEventsRepository } from './events/attempt-events.repository';
import { AttemptEventsService } from './events/attempt-events.service';
import { AttemptFlagsStoreRepository } from './flags/attempt-flags.repository';
import { FlagInputsRepository } from './flags/flag-inputs.repository';
import { FlagThresholdsListener } from './flags/flag-thresholds.listener';
import { FlagsRefreshListener } from './flags/flags-refresh.listener';
import { FlagsService } from './flags/flags.service';
import { IdenticalPairsRepository } from './flags/identical-pairs.repository';
import { AttemptRateLimitGuard } from './rate-limit/attempt-rate-limit.guard';
import { AttemptRateLimiter } from './rate-limit/attempt-rate-limiter.service';
import { RegradeBoardService } from './regrade/regrade-board.service';
import { RegradePlanner } from './regrade/regrade-planner.service';
import { RegradeRepository } from './regrade/regrade.repository';
import { RegradeService } from './regrade/regrade.service';
import { QuestionStatsRepository } from './stats/question-stats.repository';
import { QuestionStatsService } from './stats/question-stats.service';

/**
 * The fairness toolkit: integrity events, one active device per attempt, anomaly flags for the
 * judges, answer-key regrades, question statistics, and the bot limits of the attempt endpoints.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      AttemptEventEntity,
      AttemptEventCountEntity,
      AttemptDeviceMoveEntity,
      AttemptFlagEntity,
      RoundEntity,
    ]),
    AttemptsModule,
    ContestsModule,
    QuestionBankModule,
    JudgingModule,
  ],
  providers: [
    AttemptEventsRepository,
    AttemptFlagsStoreRepository,
    DeviceMoveRepository,
    QuestionStatsRepository,
    AttemptEventsService,
    DeviceMoveService,
    FlagInputsRepository,
    IdenticalPairsRepository,
    FlagsService,
    FlagsRefreshListener,
    FlagThresholdsListener,
    RegradeRepository,
    RegradeBoardService,
    RegradePlanner,
    RegradeService,
    QuestionStatsService,
    AttemptRateLimiter,
    AttemptRateLimitGuard,
  ],
  exports: [
    AttemptEventsService,
    DeviceMoveService,
    FlagsService,
    RegradeService,
    QuestionStatsService,
    AttemptRateLimiter,
    AttemptRateLimitGuard,
  ],
})
export class IntegrityModule {}
