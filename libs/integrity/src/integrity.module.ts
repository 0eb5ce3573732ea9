import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttemptsModule } from '@app/attempts';
import { ContestsModule, RoundEntity } from '@app/contests';
import { JudgingModule } from '@app/judging';
import { QuestionBankModule } from '@app/question-bank';
import { DeviceMoveService } from './device/device-move.service';
import { AttemptDeviceMoveEntity } from './entities/attempt-device-move.entity';
import { AttemptEventCountEntity } from './entities/attempt-event-count.entity';
import { AttemptEventEntity } from './entities/attempt-event.entity';
import { AttemptFlagEntity } from './entities/attempt-flag.entity';
import { AttemptEventsService } from './events/attempt-events.service';
import { FlagInputsRepository } from './flags/flag-inputs.repository';
import { FlagThresholdsListener } from './flags/flag-thresholds.listener';
import { FlagsRefreshListener } from './flags/flags-refresh.listener';
import { FlagsService } from './flags/flags.service';
import { IdenticalPairsRepository } from './flags/identical-pairs.repository';
import { AttemptRateLimitGuard } from './rate-limit/attempt-rate-limit.guard';
import { AttemptRateLimiter } from './rate-limit/attempt-rate-limiter.service';
import { RegradeBoardService } from './regrade/regrade-board.service';
import { RegradeRepository } from './regrade/regrade.repository';
import { RegradeService } from './regrade/regrade.service';
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
    AttemptEventsService,
    DeviceMoveService,
    FlagInputsRepository,
    IdenticalPairsRepository,
    FlagsService,
    FlagsRefreshListener,
    FlagThresholdsListener,
    RegradeRepository,
    RegradeBoardService,
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
