export { AuditLogService } from './audit/audit-log.service';
export { normalizeCertificateCode } from './certificates/certificate-code';
export {
  CertificatesRepository,
  type StoredCertificate,
} from './certificates/certificates.repository';
export { UnitRankingService } from './collective/unit-ranking.service';
export { DisqualificationService } from './disqualification/disqualification.service';
export { AuditEntryDto, AuditPageDto, AuditQueryDto } from './dto/audit.dto';
export {
  DisqualifyDto,
  ExportQueryDto,
  GradeEssayDto,
  ReinstateDto,
  UnitRankingQueryDto,
} from './dto/judge-input.dto';
export {
  AttemptJudgementDto,
  GradeResultDto,
  ParticipantJudgementDto,
  UnitRankingEntryDto,
} from './dto/judge-outcome.dto';
export { PublicRoundResultsDto, RoundResultsDto } from './dto/results.dto';
export { PRIZE_LABELS, flagLabels } from './export/export-row';
export { neutralizeCell } from './export/neutralize-cell';
export { ResultsExportService } from './export/results-export.service';
export { formatCount } from './export/vietnam-time';
export { WinnersIdentityService } from './export/winners-identity.service';
export { EssayGradingService } from './grading/essay-grading.service';
export {
  RESULTS_COMPUTING_EVENT,
  STANDINGS_CHANGED_EVENT,
  type RoundEvent,
} from './judging.events';
export { JudgingModule } from './judging.module';
export { FinalizeService } from './results/finalize.service';
export { ResultsComputeService } from './results/results-compute.service';
export { ResultsQueryService } from './results/results-query.service';
export { ResultsRepository, type Candidate } from './results/results.repository';
export { RoundLockRepository } from './results/round-lock.repository';
export { DEFAULT_PRIZE_POINTS, participationRate } from './rules/collective';
export { eligibilityRulesOf } from './rules/eligibility';
export { PRIZE_KINDS, type PrizeKind } from './rules/prizes';
export { predictionSql, predictionThatCounts } from './rules/ranking';
export { computeRoundResults, type RoundResults } from './rules/round-results';
