import { Body, Controller, Get, Param, Put, Query, Req, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type AuthUser, bearerToken, CurrentUser, DownloadLinkService } from '@app/accounts';
import { AppException, Public, UuidParamPipe } from '@app/core';
import {
  ParticipationExportLinksDto,
  ParticipationExportQueryDto,
  ParticipationExportService,
  ParticipationQueryDto,
  ParticipationReportDto,
  ParticipationReportService,
  ReportSettingsDto,
  ReportSettingsService,
  UpdateReportSettingsDto,
} from '@app/reports';
import type { Request } from 'express';

/** What a download link is bound to: the report, its unit and round, and the format. */
function exportScope(
  contestId: string,
  query: { unitId?: string; roundId?: string },
  format: string,
): string {
  return `participation-export:${contestId}:${query.unitId ?? ''}:${query.roundId ?? ''}:${format}`;
}

@ApiTags('reports')
@ApiBearerAuth()
@Controller('contests/:id')
export class ParticipationController {
  constructor(
    private readonly reports: ParticipationReportService,
    private readonly settings: ReportSettingsService,
    private readonly exports: ParticipationExportService,
    private readonly links: DownloadLinkService,
  ) {}

  @Get('participation/export-links')
  @ApiOperation({
    summary: 'Plain download links of the participation report (XLSX and PDF)',
    description:
      'For the same people as the report: `{ xlsx, pdf, expiresAt }`, each a path to …/participation/export with a signed `token` valid 30 minutes, so the file downloads as a plain HTTPS link (phone in-app browsers cannot save blob URLs). See docs/reports.md.',
  })
  @ApiOkResponse({ type: ParticipationExportLinksDto })
  async exportLinks(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ParticipationQueryDto,
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
  ): Promise<ParticipationExportLinksDto> {
    await this.exports.authorize(id, query, user);
    const access = bearerToken(req.headers.authorization);
    const link = (format: 'xlsx' | 'pdf') => {
      const { token, expiresAt } = this.links.sign(user, access, exportScope(id, query, format));
      const params = new URLSearchParams({ format });
      if (query.unitId) params.set('unitId', query.unitId);
      if (query.roundId) params.set('roundId', query.roundId);
      params.set('token', token);
      return { url: `/api/contests/${id}/participation/export?${params.toString()}`, expiresAt };
    };
    const xlsx = link('xlsx');
    const pdf = link('pdf');
    return { xlsx: xlsx.url, pdf: pdf.url, expiresAt: xlsx.expiresAt };
  }

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

  @Get('participation/export')
  @ApiOperation({
    summary: 'The participation report as a download (XLSX or print-ready A4 PDF)',
    description:
      'The same report as GET …/participation, for the same people (bearer token, or the signed `token` of …/export-links), as a plain file (`Content-Disposition: attachment`), streamed: XLSX (sheets "Báo cáo" and "Theo tuần") or an A4 PDF with the organizing body, the date, the table, the collective score rule and weights, and a chart per week. See docs/reports.md.',
  })
  @ApiProduces(
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/pdf',
  )
  @Public()
  async export(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: ParticipationExportQueryDto,
    @CurrentUser() signedIn: AuthUser | undefined,
  ): Promise<StreamableFile> {
    const { format, token, ...scope } = query;
    // A signed link (…/export-links) stands for the sign-in; otherwise the bearer token does.
    const user = token ? this.links.verify(token, exportScope(id, scope, format)) : signedIn;
    if (!user) {
      throw AppException.unauthorized(
        'Liên kết tải đã hết hạn hoặc không hợp lệ, hãy mở lại báo cáo',
      );
    }
    const file = await this.exports.export(id, scope, format, user);
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
    });
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
