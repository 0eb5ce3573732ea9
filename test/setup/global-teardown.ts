import * as fs from 'node:fs';
import { adminQuery, TEST_ENV } from './test-database';

export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const runId = process.env[TEST_ENV.runId];
  const embedded = globalThis.__HOITHI_EMBEDDED__;
  if (embedded) {
    await embedded.db.stop();
    fs.rmSync(embedded.dir, { recursive: true, force: true });
    return;
  }
  if (!adminUrl || !runId) return;
  const dbs = await adminQuery<{ datname: string }>(
    adminUrl,
    'SELECT datname FROM pg_database WHERE datname LIKE $1',
    [`hoithi_test_${runId}_%`],
  );
  for (const { datname } of dbs) {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
}
