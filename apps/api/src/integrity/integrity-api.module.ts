import { Module } from '@nestjs/common';
import { IntegrityModule } from '@app/integrity';
import { QuestionBankModule } from '@app/question-bank';
import { AttemptIntegrityController } from './attempt-integrity.controller';
import { FlagsController } from './flags.controller';
import { QuestionStatsController } from './question-stats.controller';
import { RegradeController } from './regrade.controller';

@Module({
  imports: [IntegrityModule, QuestionBankModule],
  controllers: [
    AttemptIntegrityController,
    FlagsController,
    RegradeController,
    QuestionStatsController,
  ],
})
export class IntegrityApiModule {}
