import { CertificatesRepository } from './certificates/certificates.repository';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttemptsModule } from '@app/attempts';
import { ContestsModule } from '@app/contests';
import { MailModule } from '@app/mail';
import { AuditLogService } from './audit/audit-log.service';
import { UnitRankingService } from './collective/unit-ranking.service';
import { DisqualificationService } from './disqualification/disqualification.service';
import { AuditLogEntity } from './entities/audit-log.entity';
import { RoundResultEntryEntity } from './entities/round-result-entry.entity';
import { RoundResultEntity } from './entities/round-result.entity';
import { ResultsExportService } from './export/results-export.service';
import { AttemptFlagsReader } from './flags/attempt-flags.reader';
import { EssayGradingService } from './grading/essay-grading.service';
import { FinalizeService } from './results/finalize.service';
import { ResultsComputeService } from './results/results-compute.service';
import { ResultsQueryService } from './results/results-query.service';
import { ResultsRepository } from './results/results.repository';

/**
 * Judging: results of closed rounds (ranking, exclusions, prizes), essay grading,
 * disqualifications, finalization with the winners' e-mails, the collective ranking, the
 * export, and the audit log of every judge action.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([RoundResultEntity, RoundResultEntryEntity, AuditLogEntity]),
    AttemptsModule,
    ContestsModule,
    MailModule,
  ],
  providers: [
    AuditLogService,
    AttemptFlagsReader,
    ResultsRepository,
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
    AuditLogService,
    ResultsRepository,
    ResultsQueryService,
    ResultsComputeService,
    FinalizeService,
    DisqualificationService,
    EssayGradingService,
    UnitRankingService,
    ResultsExportService,
    CertificatesRepository,
  ],
})
export class JudgingModule {}
