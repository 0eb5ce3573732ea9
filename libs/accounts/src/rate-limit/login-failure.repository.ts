import type { DataSource } from 'typeorm';
import type { FailureCount, LoginFailureStore } from './login-failure-store';

/** Counters in PostgreSQL (no Redis): one row per account key, shared by every instance. */
export class LoginFailureRepository implements LoginFailureStore {
  constructor(private readonly dataSource: DataSource) {}

  async add(keyHash: string, windowSec: number): Promise<FailureCount> {
    const rows: Array<{ failures: number; reset_in: string }> = await this.dataSource.query(
      `INSERT INTO login_failures AS f (key_hash, failures, window_started_at)
       VALUES ($1, 1, now())
       ON CONFLICT (key_hash) DO UPDATE SET
         failures = CASE WHEN f.window_started_at <= now() - $2 * interval '1 second'
                         THEN 1 ELSE f.failures + 1 END,
         window_started_at = CASE WHEN f.window_started_at <= now() - $2 * interval '1 second'
                                  THEN now() ELSE f.window_started_at END
       RETURNING failures,
                 EXTRACT(EPOCH FROM window_started_at + $2 * interval '1 second' - now()) AS reset_in`,
      [keyHash, windowSec],
    );
    if (Math.random() < 0.01) {
      await this.dataSource.query(
        `DELETE FROM login_failures WHERE window_started_at <= now() - $1 * interval '1 second'`,
        [windowSec],
      );
    }
    return {
      failures: rows[0].failures,
      resetInSec: Math.max(1, Math.ceil(Number(rows[0].reset_in))),
    };
  }

  async clear(keyHash: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_failures WHERE key_hash = $1`, [keyHash]);
  }
}
