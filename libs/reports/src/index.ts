export {
  ParticipationExportLinksDto,
  ParticipationExportQueryDto,
  ParticipationQueryDto,
  ParticipationReportDto,
} from './dto/participation.dto';
export { ReportSettingsDto, UpdateReportSettingsDto } from './dto/report-settings.dto';
export { ParticipationExportService } from './export/participation-export.service';
export { ParticipationReportService } from './participation/participation-report.service';
export { ParticipationRepository } from './participation/participation.repository';
export { ReportsModule } from './reports.module';
export { vietnamWeekStart, vietnamWeekStartSql } from './rules/vietnam-week';
export { ReportSettingsService } from './settings/report-settings.service';
