import { PassThrough, type Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { type AuthUser } from '@app/accounts';
import { ParticipationReportService } from '../participation/participation-report.service';
import { ReportScopeService } from '../participation/report-scope.service';
import { participationPdf } from './participation-pdf';
import { writeParticipationXlsx } from './participation-xlsx';
import { reportFileName } from './report-table';

export interface ReportDownload {
  stream: Readable;
  fileName: string;
  contentType: string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The participation report as a file (docs/reports.md, "Export"): the same report the JSON
 * endpoint answers, for the same people (organizers, admins, officers of the unit), written as
 * it streams out — XLSX with exceljs's streaming writer, the PDF straight from pdfkit.
 */
@Injectable()
export class ParticipationExportService {
  constructor(
    private readonly reports: ParticipationReportService,
    private readonly scope: ReportScopeService,
  ) {}

  /** Throws 403/404 as the report would. */
  async authorize(
    contestId: string,
    query: { unitId?: string; roundId?: string },
    user: AuthUser,
  ): Promise<void> {
    await this.scope.authorize(contestId, query, user);
  }

  async export(
    contestId: string,
    query: { unitId?: string; roundId?: string },
    format: 'xlsx' | 'pdf',
    user: AuthUser,
  ): Promise<ReportDownload> {
    const { contest, round } = await this.scope.authorize(contestId, query, user);
    const report = await this.reports.build(contest, round, query.unitId ?? null);
    const fileName = reportFileName(contest.slug, round?.position ?? null, format);
    if (format === 'pdf') {
      const doc = participationPdf(report);
      doc.end();
      return { stream: doc as unknown as Readable, fileName, contentType: 'application/pdf' };
    }
    const out = new PassThrough();
    writeParticipationXlsx(report, out).catch((error: unknown) =>
      out.destroy(error instanceof Error ? error : new Error(String(error))),
    );
    return { stream: out, fileName, contentType: XLSX };
  }
}
