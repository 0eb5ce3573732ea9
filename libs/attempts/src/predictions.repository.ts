import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** SQL about the prediction question's answers. */
@Injectable()
export class PredictionsRepository {
  /** The first prediction the person gave in the round (submitted attempts), or null. */
  async firstGiven(em: EntityManager, roundId: string, userId: string): Promise<number | null> {
    const rows = await em.query<Array<{ prediction: number }>>(
      `SELECT prediction FROM attempts
       WHERE round_id = $1 AND user_id = $2 AND status = 'submitted' AND prediction IS NOT NULL
       ORDER BY submitted_at, id LIMIT 1`,
      [roundId, userId],
    );
    return rows[0]?.prediction ?? null;
  }
}
