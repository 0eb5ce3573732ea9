import type { DataSource } from 'typeorm';

/** Same key in every HoiThi process: two instances starting together migrate one at a time. */
const MIGRATION_LOCK = 74_230_001;

/**
 * Applies pending migrations under a session advisory lock. Database infrastructure (with
 * ensure-database.ts): it runs before any repository exists, so its SQL stays here.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
