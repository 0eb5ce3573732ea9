import { Module } from '@nestjs/common';
import { AttemptsModule } from '@app/attempts';
import { IntegrityModule } from '@app/integrity';
import { AttemptsController } from './attempts.controller';
import { PracticeController } from './practice.controller';
import { ReceiptsController } from './receipts.controller';
import { RoundInsightsController } from './round-insights.controller';

@Module({
  imports: [AttemptsModule, IntegrityModule],
  controllers: [
    AttemptsController,
    PracticeController,
    ReceiptsController,
    RoundInsightsController,
  ],
})
export class AttemptsApiModule {}
