import { Module } from '@nestjs/common';
import { ReportsModule } from '@app/reports';
import { ParticipationController } from './participation.controller';

@Module({
  imports: [ReportsModule],
  controllers: [ParticipationController],
})
export class ReportsApiModule {}
