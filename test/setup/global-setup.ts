import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import {
  dataSourceOptions,
  type EmbeddedDatabase,
  runMigrationsLocked,
  startEmbeddedPostgres,
} from '../../libs/database/src'; // globalSetup runs outside jest's module mapper
import { adminQuery, TEST_ENV, withDatabase } from './test-database';

declare global {
  var __HOITHI_EMBEDDED__: { db: EmbeddedDatabase; dir: string } | undefined;
}

/**
 * Once per `jest` run: a PostgreSQL server (the embedded one in the system temp directory, or
 * the server in DATABASE_URL), and a template database with every migration applied.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoithi-test-pg-'));
    fs.chmodSync(dir, 0o755);
    const db = await startEmbeddedPostgres({
      clusterDir: path.join(dir, 'cluster'),
      password: randomBytes(12).toString('hex'),
      durable: false,
    });
    globalThis.__HOITHI_EMBEDDED__ = { db, dir };
    adminUrl = db.url('postgres');
  }
  const template = `hoithi_test_${runId}_tpl`;
  await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
  const dataSource = await new DataSource(
    dataSourceOptions({ url: withDatabase(adminUrl, template) }),
  ).initialize();
  try {
    await runMigrationsLocked(dataSource);
  } finally {
    await dataSource.destroy();
  }
  process.env[TEST_ENV.adminUrl] = adminUrl;
  process.env[TEST_ENV.template] = template;
  process.env[TEST_ENV.runId] = runId;
}
