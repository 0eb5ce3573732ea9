import { Module } from '@nestjs/common';
import { AttemptsModule } from '@app/attempts';
import { IntegrityModule } from '@app/integrity';
import { AttemptsController } from './attempts.controller';
import { ReceiptsController } from './receipts.controller';

@Module({
  imports: [AttemptsModule, IntegrityModule],
  controllers: [AttemptsController, ReceiptsController],
})
export class AttemptsApiModule {}
