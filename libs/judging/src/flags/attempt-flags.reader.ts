import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

const MISSING_TABLE_OR_COLUMN = new Set(['42P01', '42703']);

/**
 * The anomaly flags of attempts, for the results' `flags` column. Flags are computed by the
 * fairness toolkit (issue 8) into an `attempt_flags (attempt_id, kind, …)` table; until that
 * table exists every attempt has no flags. Plugging in means creating the table — nothing here
 * changes.
 */
@Injectable()
export class AttemptFlagsReader {
  private readonly logger = new Logger('AttemptFlags');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forAttempts(
    attemptIds: readonly string[],
    em?: EntityManager,
  ): Promise<Map<string, string[]>> {
    const flags = new Map<string, string[]>();
    if (attemptIds.length === 0) return flags;
    const db = em ?? this.dataSource.manager;
    const [{ present }] = await db.query<Array<{ present: boolean }>>(
      "SELECT to_regclass('attempt_flags') IS NOT NULL AS present",
    );
    if (!present) return flags;
    try {
      const rows = await db.query<Array<{ attempt_id: string; kind: string }>>(
        'SELECT DISTINCT attempt_id, kind FROM attempt_flags WHERE attempt_id = ANY($1::uuid[]) ORDER BY attempt_id, kind',
        [attemptIds],
      );
      for (const row of rows) {
        const list = flags.get(row.attempt_id);
        if (list) list.push(row.kind);
        else flags.set(row.attempt_id, [row.kind]);
      }
    } catch (error: unknown) {
      const code = (error as { code?: string }).code;
      if (!code || !MISSING_TABLE_OR_COLUMN.has(code) || em) throw error;
      this.logger.warn(`attempt_flags has an unexpected shape (${code}); results show no flags`);
    }
    return flags;
  }
}
