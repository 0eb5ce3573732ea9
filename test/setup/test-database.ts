import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by the global setup; every e2e file clones the migrated template into its own database. */
export const TEST_ENV = {
  adminUrl: 'HOITHI_TEST_ADMIN_URL',
  template: 'HOITHI_TEST_TEMPLATE',
  runId: 'HOITHI_TEST_RUN_ID',
} as const;

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export async function adminQuery<T = unknown>(
  adminUrl: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const result = await client.query(sql, params);
    return result.rows as T[];
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env[TEST_ENV.adminUrl];
  const template = process.env[TEST_ENV.template];
  const runId = process.env[TEST_ENV.runId];
  if (!adminUrl || !template || !runId) throw new Error('e2e global setup did not run');
  const name = `hoithi_test_${runId}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return {
    url: withDatabase(adminUrl, name),
    drop: async () => {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
