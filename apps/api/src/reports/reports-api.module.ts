import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { ReportsModule } from '@app/reports';
import { ParticipationController } from './participation.controller';

@Module({
  imports: [AccountsModule, ReportsModule],
  controllers: [ParticipationController],
})
export class ReportsApiModule {}
