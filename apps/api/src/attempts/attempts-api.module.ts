import { Module } from '@nestjs/common';
import { AttemptsModule } from '@app/attempts';
import { IntegrityModule } from '@app/integrity';
import { AttemptsController } from './attempts.controller';
import { ReceiptsController } from './receipts.controller';
import { RoundInsightsController } from './round-insights.controller';

@Module({
  imports: [AttemptsModule, IntegrityModule],
  controllers: [AttemptsController, ReceiptsController, RoundInsightsController],
})
export class AttemptsApiModule {}
