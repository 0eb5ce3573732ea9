import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContestEntity, ContestsModule, RoundEntity } from '@app/contests';
import { UnitsModule } from '@app/units';
import { ParticipationExportService } from './export/participation-export.service';
import { ParticipationReportService } from './participation/participation-report.service';
import { ParticipationRepository } from './participation/participation.repository';
import { ReportScopeService } from './participation/report-scope.service';
import { ReportSettingsRepository } from './settings/report-settings.repository';
import { ReportSettingsService } from './settings/report-settings.service';

@Module({
  imports: [TypeOrmModule.forFeature([ContestEntity, RoundEntity]), ContestsModule, UnitsModule],
  providers: [
    ParticipationExportService,
    ParticipationRepository,
    ParticipationReportService,
    ReportScopeService,
    ReportSettingsRepository,
    ReportSettingsService,
  ],
  exports: [
    ParticipationExportService,
    ParticipationReportService,
    ReportSettingsService,
    ParticipationRepository,
  ],
})
export class ReportsModule {}
