import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { ContestAccessService } from '@app/contests';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { AttemptFlagsRepository } from '../flags/attempt-flags.repository';
import { ResultsRepository } from '../results/results.repository';
import type { ExclusionReason, PrizeKind } from '../rules/prizes';
import { type ExportEntry, type ExportMeta, exportFileName } from './export-row';
import { HashedFileSink } from './hashed-file';
import { writeResultsCsv, writeResultsXlsx } from './results-sheets';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportedFile {
  /** The file on disk; remove `dir` once sent. */
  path: string;
  dir: string;
  fileName: string;
  contentType: string;
  sha256: string;
  size: number;
  rows: number;
}

const PAGE = 5_000;
const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

/**
 * The judges' export of a round's computed results. Read in one REPEATABLE READ transaction (a
 * recompute meanwhile cannot mix two versions into one file), streamed page by page into a
 * temporary file while hashing it, and audited in that same transaction with the file's digest.
 */
@Injectable()
export class ResultsExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ContestAccessService,
    private readonly repository: ResultsRepository,
    private readonly flags: AttemptFlagsRepository,
    private readonly audit: AuditLogService,
  ) {}

  async export(roundId: string, format: ExportFormat, user: AuthUser): Promise<ExportedFile> {
    const { round, contest } = await this.access.getRound(roundId);
    await this.access.assertCanJudge(contest.id, user);
    const fileName = exportFileName(contest.slug, round.position, format);
    const dir = await mkdtemp(join(tmpdir(), 'hoithi-export-'));
    const path = join(dir, fileName);
    try {
      const written = await this.dataSource.transaction('REPEATABLE READ', async (em) => {
        const header = await this.repository.header(roundId, em);
        if (!header) throw AppException.notFound('Chưa tính kết quả tuần thi này');
        const meta: ExportMeta = {
          contestTitle: contest.title,
          roundTitle: round.title,
          roundPosition: round.position,
          opensAt: round.opensAt,
          closesAt: round.closesAt,
          participants: header.participants,
          perfectCount: header.perfectCount,
          computedAt: header.computedAt,
          finalizedAt: header.finalizedAt,
        };
        const sink = new HashedFileSink(path);
        const rows = await (
          format === 'xlsx'
            ? writeResultsXlsx(
                sink,
                meta,
                () => this.pages(em, roundId, false),
                () => this.pages(em, roundId, true),
              )
            : writeResultsCsv(sink, meta, () => this.pages(em, roundId, false))
        ).catch((error: unknown) => sink.abort(error));
        const file = await sink.close();
        await this.audit.record(em, {
          actorId: user.id,
          action: 'results.export',
          contestId: contest.id,
          roundId,
          details: {
            format,
            fileName,
            rows,
            bytes: file.size,
            sha256: file.sha256,
            finalized: header.finalizedAt !== null,
          },
        });
        return { ...file, rows };
      });
      return { path, dir, fileName, contentType: CONTENT_TYPES[format], ...written };
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  }

  private async *pages(
    em: EntityManager,
    roundId: string,
    winnersOnly: boolean,
  ): AsyncGenerator<ExportEntry[]> {
    let after = 0;
    for (;;) {
      const batch = await this.repository.entries(
        roundId,
        { afterPosition: after, limit: PAGE, winnersOnly },
        em,
      );
      if (batch.length === 0) return;
      const flags = await this.flags.forAttempts(
        batch.map((e) => e.attemptId),
        em,
      );
      yield batch.map((e) => ({
        ...e,
        prize: e.prize as PrizeKind | null,
        excludedReason: e.excludedReason as ExclusionReason | null,
        flags: flags.get(e.attemptId) ?? [],
      }));
      after = batch[batch.length - 1].position;
    }
  }
}
