import { Module } from '@nestjs/common';
import { IntegrityModule } from '@app/integrity';
import { AttemptIntegrityController } from './attempt-integrity.controller';
import { FlagsController } from './flags.controller';
import { QuestionStatsController } from './question-stats.controller';
import { RegradeController } from './regrade.controller';

@Module({
  imports: [IntegrityModule],
  controllers: [
    AttemptIntegrityController,
    FlagsController,
    RegradeController,
    QuestionStatsController,
  ],
})
export class IntegrityApiModule {}
