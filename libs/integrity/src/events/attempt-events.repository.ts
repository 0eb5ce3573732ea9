import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { deviceSql, timingSql } from '@app/attempts';
import { DataSource } from 'typeorm';

export interface EventBatch {
  attemptId: string;
  userId: string;
  deviceId: string | null;
  graceSeconds: number;
  types: string[];
  ats: string[];
  cap: number;
}

/**
 * Stores a batch of page signals in one statement. The attempt row is read FOR SHARE (owner,
 * in progress, before its deadline and grace, on its device); the per-attempt cap is enforced
 * by an atomic upsert of the attempt's counter row, whose `last_accepted` tells the insert how
 * many events of the batch still fit. Concurrent batches serialise on that row, so the cap
 * holds without reading first, and events beyond it are only counted.
 */
@Injectable()
export class AttemptEventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** How many events of the batch were accepted; null when the attempt refuses writes. */
  async record(batch: EventBatch): Promise<number | null> {
    const rows = await this.dataSource.query<Array<{ accepted: number }>>(
      `WITH a AS (
         SELECT id, started_at FROM attempts
         WHERE id = $1 AND user_id = $2 AND status = 'in_progress'
           AND ${timingSql.withinGrace('clock_timestamp()', 'deadline_at', '$3')}
           AND ${deviceSql.sameDevice('device_id', '$4::text')}
         FOR SHARE
       ), c AS (
         INSERT INTO attempt_event_counts AS c (attempt_id, stored, dropped, last_accepted, first_dropped_at)
         SELECT id, LEAST($5::int, $6::int), GREATEST($5::int - $6::int, 0), LEAST($5::int, $6::int),
                CASE WHEN $5::int > $6::int THEN now() END
         FROM a
         ON CONFLICT (attempt_id) DO UPDATE SET
           last_accepted = LEAST($5::int, GREATEST($6::int - c.stored, 0)),
           stored = c.stored + LEAST($5::int, GREATEST($6::int - c.stored, 0)),
           dropped = c.dropped + $5::int - LEAST($5::int, GREATEST($6::int - c.stored, 0)),
           first_dropped_at = COALESCE(c.first_dropped_at,
             CASE WHEN $5::int > GREATEST($6::int - c.stored, 0) THEN now() END)
         RETURNING attempt_id, last_accepted
       ), ins AS (
         INSERT INTO attempt_events (attempt_id, type, client_at, received_at)
         SELECT c.attempt_id, e.type, LEAST(GREATEST(e.at, a.started_at), now()), now()
         FROM c JOIN a ON a.id = c.attempt_id
         CROSS JOIN LATERAL unnest($7::text[], $8::timestamptz[]) WITH ORDINALITY AS e(type, at, ord)
         WHERE e.ord <= c.last_accepted
         RETURNING 1
       )
       SELECT c.last_accepted AS accepted, (SELECT count(*) FROM ins)::int AS inserted FROM c`,
      [
        batch.attemptId,
        batch.userId,
        batch.graceSeconds,
        batch.deviceId,
        batch.types.length,
        batch.cap,
        batch.types,
        batch.ats,
      ],
    );
    return rows.length ? Number(rows[0].accepted) : null;
  }
}
