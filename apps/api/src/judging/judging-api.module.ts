import { Module } from '@nestjs/common';
import { JudgingModule } from '@app/judging';
import { AuditController } from './audit.controller';
import { JudgedAttemptsController } from './judged-attempts.controller';
import { JudgedParticipantsController } from './judged-participants.controller';
import { ResultsController } from './results.controller';
import { UnitRankingController } from './unit-ranking.controller';
import { WinnersIdentityController } from './winners-identity.controller';

@Module({
  imports: [JudgingModule],
  controllers: [
    ResultsController,
    JudgedAttemptsController,
    JudgedParticipantsController,
    AuditController,
    UnitRankingController,
    WinnersIdentityController,
  ],
})
export class JudgingApiModule {}
