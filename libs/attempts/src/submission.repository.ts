import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { timingSql } from './rules/timing';

/** SQL of closing attempts: by their owner, or by the server once the deadline has passed. */
@Injectable()
export class SubmissionRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The round of the person's attempt; null when it is not theirs (or does not exist). */
  async roundOfOwned(attemptId: string, userId: string): Promise<string | null> {
    const owned = await this.dataSource.query<Array<{ round_id: string }>>(
      'SELECT round_id FROM attempts WHERE id = $1 AND user_id = $2',
      [attemptId, userId],
    );
    return owned[0]?.round_id ?? null;
  }

  /** The transaction's clock. */
  async now(em: EntityManager): Promise<Date> {
    const [{ now }] = await em.query<Array<{ now: Date }>>('SELECT now() AS now');
    return now;
  }

  /** Locks the attempt if still in progress and nobody else holds it. */
  async claimInProgress(em: EntityManager, attemptId: string): Promise<boolean> {
    const rows = await em.query<Array<{ id: string }>>(
      `SELECT id FROM attempts WHERE id = $1 AND status = 'in_progress' FOR UPDATE SKIP LOCKED`,
      [attemptId],
    );
    return rows.length > 0;
  }

  /**
   * Claims up to `limit` attempts past their deadline and grace, FOR UPDATE SKIP LOCKED, so
   * several instances sweeping together never close one twice.
   */
  async claimExpired(em: EntityManager, graceSeconds: number, limit: number): Promise<string[]> {
    const rows = await em.query<Array<{ id: string }>>(
      `SELECT id FROM attempts
       WHERE status = 'in_progress' AND ${timingSql.pastGrace('now()', 'deadline_at', '$1')}
       ORDER BY deadline_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [graceSeconds, limit],
    );
    return rows.map((r) => r.id);
  }
}
