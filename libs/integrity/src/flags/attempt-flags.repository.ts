import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

export interface FlagRows {
  attemptIds: string[];
  kinds: string[];
  /** JSON arrays, one per row. */
  details: string[];
  evidence: string[];
}

/** SQL of the stored anomaly flags (`attempt_flags`, replaced as a whole per round). */
@Injectable()
export class AttemptFlagsStoreRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async stored(
    attemptIds: readonly string[],
  ): Promise<Array<{ attempt_id: string; kind: string; details: string[] }>> {
    return this.dataSource.query<Array<{ attempt_id: string; kind: string; details: string[] }>>(
      'SELECT attempt_id, kind, details FROM attempt_flags WHERE attempt_id = ANY($1::uuid[])',
      [attemptIds],
    );
  }

  /**
   * Replaces the round's flags in one transaction, `alsoIn` running inside it. Two judges asking
   * at once: one replaces the round's flags after the other.
   */
  async replace(
    roundId: string,
    rows: FlagRows,
    alsoIn: (em: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `attempt-flags:${roundId}`,
      ]);
      await em.query('DELETE FROM attempt_flags WHERE round_id = $1', [roundId]);
      await alsoIn(em);
      if (rows.attemptIds.length === 0) return;
      await em.query(
        `INSERT INTO attempt_flags (attempt_id, kind, round_id, details, evidence, computed_at)
         SELECT f.attempt_id, f.kind, $1, f.details, f.evidence, now()
         FROM unnest($2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[]) AS f(attempt_id, kind, details, evidence)`,
        [roundId, rows.attemptIds, rows.kinds, rows.details, rows.evidence],
      );
    });
  }
}
