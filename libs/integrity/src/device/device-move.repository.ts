import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface BoundAttemptRow {
  status: string;
  deadline_at: Date;
  device_id: string | null;
  now: Date;
}

/** SQL of moving an attempt to another device, run in the move's transaction. */
@Injectable()
export class DeviceMoveRepository {
  /** The owner's attempt, locked for the move, with the database's clock. */
  async lockOwned(
    em: EntityManager,
    attemptId: string,
    userId: string,
  ): Promise<BoundAttemptRow | undefined> {
    const rows = await em.query<BoundAttemptRow[]>(
      `SELECT status, deadline_at, device_id, clock_timestamp() AS now FROM attempts
       WHERE id = $1 AND user_id = $2 FOR UPDATE`,
      [attemptId, userId],
    );
    return rows[0];
  }

  /** Binds the attempt to `to` and records the move. */
  async move(
    em: EntityManager,
    move: {
      attemptId: string;
      from: string | null;
      to: string;
      ip: string | null;
      userAgent: string | null;
    },
  ): Promise<void> {
    await em.query('UPDATE attempts SET device_id = $2 WHERE id = $1', [move.attemptId, move.to]);
    await em.query(
      `INSERT INTO attempt_device_moves (attempt_id, from_device_id, to_device_id, ip, user_agent, moved_at)
       VALUES ($1, $2, $3, $4, $5, now())`,
      [move.attemptId, move.from, move.to, move.ip, move.userAgent],
    );
  }
}
