import { Client } from 'pg';

/**
 * Creates `database` on the server behind `adminUrl` when it does not exist yet. Database
 * infrastructure, like run-migrations.ts: the one place outside a `*.repository.ts` (and the
 * migrations) that runs SQL, before any repository exists.
 */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) {
      await client
        .query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
        .catch((error: { code?: string }) => {
          if (error.code !== '42P04') throw error; // created meanwhile by another process
        });
    }
  } finally {
    await client.end();
  }
}
