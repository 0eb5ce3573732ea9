import { CertificatesRepository } from './certificates/certificates.repository';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { AttemptsModule } from '@app/attempts';
import { ContestsModule } from '@app/contests';
import { MailModule } from '@app/mail';
import { AuditLogRepository } from './audit/audit-log.repository';
import { AuditLogService } from './audit/audit-log.service';
import { UnitRankingRepository } from './collective/unit-ranking.repository';
import { AttemptJudgementRepository } from './disqualification/attempt-judgement.repository';
import { UnitRankingService } from './collective/unit-ranking.service';
import { DisqualificationService } from './disqualification/disqualification.service';
import { AuditLogEntity } from './entities/audit-log.entity';
import { RoundResultEntryEntity } from './entities/round-result-entry.entity';
import { RoundResultEntity } from './entities/round-result.entity';
import { ResultsExportService } from './export/results-export.service';
import { WinnersIdentityRepository } from './export/winners-identity.repository';
import { WinnersIdentityService } from './export/winners-identity.service';
import { AttemptFlagsRepository } from './flags/attempt-flags.repository';
import { EssayGradingService } from './grading/essay-grading.service';
import { FinalizeRepository } from './results/finalize.repository';
import { FinalizeService } from './results/finalize.service';
import { ResultsComputeService } from './results/results-compute.service';
import { ResultsQueryService } from './results/results-query.service';
import { ResultsRepository } from './results/results.repository';
import { RoundLockRepository } from './results/round-lock.repository';

/**
 * Judging: results of closed rounds (ranking, exclusions, prizes), essay grading,
 * disqualifications, finalization with the winners' e-mails, the collective ranking, the
 * export, and the audit log of every judge action.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([RoundResultEntity, RoundResultEntryEntity, AuditLogEntity]),
    AccountsModule,
    AttemptsModule,
    ContestsModule,
    MailModule,
  ],
  providers: [
    AuditLogRepository,
    AttemptJudgementRepository,
    FinalizeRepository,
    RoundLockRepository,
    UnitRankingRepository,
    AuditLogService,
    AttemptFlagsRepository,
    ResultsRepository,
    WinnersIdentityRepository,
    WinnersIdentityService,
    ResultsQueryService,
    ResultsComputeService,
    FinalizeService,
    DisqualificationService,
    EssayGradingService,
    UnitRankingService,
    ResultsExportService,
    CertificatesRepository,
  ],
  exports: [
    RoundLockRepository,
    AuditLogService,
    ResultsRepository,
    ResultsQueryService,
    ResultsComputeService,
    FinalizeService,
    DisqualificationService,
    EssayGradingService,
    UnitRankingService,
    ResultsExportService,
    WinnersIdentityService,
    CertificatesRepository,
  ],
})
export class JudgingModule {}
