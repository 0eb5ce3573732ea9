import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QuestionBankModule } from '@app/question-bank';
import { ContestAccessService } from './contest-access.service';
import { ContestsRepository } from './contests.repository';
import { ContestsService } from './contests.service';
import { ContestStaffEntity } from './entities/contest-staff.entity';
import { ContestEntity } from './entities/contest.entity';
import { RoundEntity } from './entities/round.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([ContestEntity, RoundEntity, ContestStaffEntity]),
    QuestionBankModule,
  ],
  providers: [ContestsRepository, ContestsService, ContestAccessService],
  exports: [ContestsService, ContestAccessService, TypeOrmModule],
})
export class ContestsModule {}
