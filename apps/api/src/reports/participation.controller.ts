import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import {
  ParticipationQueryDto,
  ParticipationReportDto,
  ParticipationReportService,
  ReportSettingsDto,
  ReportSettingsService,
  UpdateReportSettingsDto,
} from '@app/reports';

@ApiTags('reports')
@ApiBearerAuth()
@Controller('contests/:id')
export class ParticipationController {
  constructor(
    private readonly reports: ParticipationReportService,
    private readonly settings: ReportSettingsService,
  ) {}

  @Get('participation')
  @ApiOperation({
    summary: 'Participation report of a unit subtree',
    description:
      'One row per unit below `unitId` (top-level units when absent), each counting its subtree; people registered at the unit itself and people without a unit are extra unranked rows. Organizers of the contest and admins; officers of the unit (or a unit above it) in published contests. Others: 403.',
  })
  @ApiOkResponse({ type: ParticipationReportDto })
  participation(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ParticipationQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ParticipationReportDto> {
    return this.reports.report(id, query, user);
  }

  @Get('report-settings')
  @ApiOperation({ summary: 'Organizing body and collective score weights (organizers)' })
  @ApiOkResponse({ type: ReportSettingsDto })
  getSettings(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ReportSettingsDto> {
    return this.settings.get(id, user);
  }

  @Put('report-settings')
  @ApiOperation({ summary: 'Set the organizing body and the collective score weights' })
  @ApiOkResponse({ type: ReportSettingsDto })
  putSettings(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateReportSettingsDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ReportSettingsDto> {
    return this.settings.update(id, body, user);
  }
}
