import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { pairKey } from '../rules/flags';

/**
 * Pairs of accounts flagged together for identical answers, per round (replaced with the round's
 * flags), so that the same pair in several rounds of a contest strengthens the evidence.
 */
@Injectable()
export class IdenticalPairsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** pairKey → the number of other rounds of the contest in which the pair was flagged. */
  async history(contestId: string, roundId: string): Promise<Map<string, number>> {
    const rows = await this.dataSource.query<Array<{ user_a: string; user_b: string; n: number }>>(
      `SELECT user_a, user_b, count(DISTINCT round_id)::int AS n FROM identical_answer_pairs
       WHERE contest_id = $1 AND round_id <> $2 GROUP BY user_a, user_b`,
      [contestId, roundId],
    );
    return new Map(rows.map((r) => [pairKey(r.user_a, r.user_b), r.n]));
  }

  /** Replaces the round's pairs (inside the transaction that replaces its flags). */
  async replace(
    em: EntityManager,
    roundId: string,
    contestId: string,
    groups: ReadonlyArray<readonly string[]>,
  ): Promise<void> {
    const a: string[] = [];
    const b: string[] = [];
    for (const users of groups) {
      const sorted = [...new Set(users)].sort();
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
          a.push(sorted[i]);
          b.push(sorted[j]);
        }
      }
    }
    await em.query('DELETE FROM identical_answer_pairs WHERE round_id = $1', [roundId]);
    if (a.length === 0) return;
    await em.query(
      `INSERT INTO identical_answer_pairs (round_id, contest_id, user_a, user_b)
       SELECT $1, $2, x.a, x.b FROM unnest($3::uuid[], $4::uuid[]) AS x(a, b)
       ON CONFLICT DO NOTHING`,
      [roundId, contestId, a, b],
    );
  }
}
