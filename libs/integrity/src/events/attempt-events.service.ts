import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { refusedWriteError, timingSql } from '@app/attempts';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { DataSource } from 'typeorm';
import type { RecordEventsDto } from '../dto/record-events.dto';
import type { RecordEventsResultDto } from '../dto/record-events-result.dto';
import { EVENTS_PER_ATTEMPT } from './event-types';

/**
 * Stores a batch of page signals in one statement. The attempt row is read FOR SHARE (owner,
 * in progress, before its deadline and grace, on its device); the per-attempt cap is enforced
 * by an atomic upsert of the attempt's counter row, whose `last_accepted` tells the insert how
 * many events of the batch still fit. Concurrent batches serialise on that row, so the cap
 * holds without reading first, and events beyond it are only counted.
 */
@Injectable()
export class AttemptEventsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async record(
    attemptId: string,
    userId: string,
    dto: RecordEventsDto,
    deviceId?: string,
  ): Promise<RecordEventsResultDto> {
    const types = dto.events.map((e) => e.type);
    const ats = dto.events.map((e) => new Date(e.at).toISOString());
    const rows = await this.dataSource.query<Array<{ accepted: number }>>(
      `WITH a AS (
         SELECT id, started_at FROM attempts
         WHERE id = $1 AND user_id = $2 AND status = 'in_progress'
           AND ${timingSql.withinGrace('clock_timestamp()', 'deadline_at', '$3')}
           AND ($4::text IS NULL OR device_id IS NULL OR device_id = $4)
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
        attemptId,
        userId,
        this.config.attempts.graceSeconds,
        deviceId ?? null,
        types.length,
        EVENTS_PER_ATTEMPT,
        types,
        ats,
      ],
    );
    if (rows.length === 0) {
      throw await refusedWriteError(this.dataSource, {
        attemptId,
        userId,
        deviceId,
        graceSeconds: this.config.attempts.graceSeconds,
      });
    }
    const accepted = Number(rows[0].accepted);
    return { accepted, dropped: types.length - accepted };
  }
}
