/**
 * Developer tool.
 *   npm run migration:generate -- <Name> [libs/<feature> ...]
 *     Starts a scratch PostgreSQL (embedded, in the temp directory; or a scratch database on the
 *     server in DATABASE_URL), applies the existing migrations, compares with the entities
 *     (all of libs/, or only the listed folders) and writes
 *     libs/database/src/migrations/<timestamp>-<Name>.ts for review.
 *   npm run migration:run
 *     Applies pending migrations to DATABASE_URL, or to the embedded database in DATA_DIR.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfig, loadOrCreateSecrets } from '@app/core';
import {
  dataSourceOptions,
  ensureDatabase,
  type EmbeddedDatabase,
  runMigrationsLocked,
  startEmbeddedPostgres,
} from '@app/database';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const root = path.resolve(__dirname, '..');

async function generate(name: string, folders: string[]): Promise<void> {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name))
    throw new Error('Usage: npm run migration:generate -- <PascalCaseName> [libs/<feature> ...]');
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let tmp: string | undefined;
  let adminUrl: string;
  const scratch = `hoithi_migration_${randomBytes(4).toString('hex')}`;
  if (config.database.url) {
    adminUrl = config.database.url;
  } else {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hoithi-migration-'));
    fs.chmodSync(tmp, 0o755);
    embedded = await startEmbeddedPostgres({
      clusterDir: path.join(tmp, 'pg'),
      password: 'scratch',
      durable: false,
    });
    adminUrl = embedded.url('postgres');
  }
  await ensureDatabase(adminUrl, scratch);
  const u = new URL(adminUrl);
  u.pathname = `/${scratch}`;
  const url = u.toString();
  const dirs = folders.length ? folders : ['libs'];
  const entities = dirs.map((d) => path.join(root, d, '**/*.entity.ts'));
  const ds = await new DataSource(dataSourceOptions({ url, entities })).initialize();
  try {
    await runMigrationsLocked(ds);
    const sql = await ds.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) {
      console.log('No changes: the entities match the migrations.');
      return;
    }
    const q = (s: string) =>
      '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const line = (query: { query: string; parameters?: unknown[] }) =>
      `    await queryRunner.query(${q(query.query)}${query.parameters?.length ? `, ${JSON.stringify(query.parameters)}` : ''});`;
    const stamp = Date.now();
    const className = `${name}${stamp}`;
    const file = path.join(root, 'libs/database/src/migrations', `${stamp}-${name}.ts`);
    fs.writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${sql.upQueries.map(line).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${sql.downQueries.reverse().map(line).join('\n')}
  }
}
`,
    );
    console.log(
      `Wrote ${path.relative(root, file)} (${sql.upQueries.length} statements). Review it before committing.`,
    );
  } finally {
    await ds.destroy();
    const c = new Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
    await c.end();
    await embedded?.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

async function run(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  let url = config.database.url;
  if (!url) {
    const secrets = loadOrCreateSecrets(config.dataDir);
    embedded = await startEmbeddedPostgres({
      clusterDir: path.join(config.dataDir, 'pg'),
      password: secrets.embeddedDbPassword,
    });
    await ensureDatabase(embedded.url('postgres'), 'hoithi');
    url = embedded.url('hoithi');
  }
  const ds = await new DataSource(dataSourceOptions({ url })).initialize();
  try {
    const done = await runMigrationsLocked(ds);
    console.log(done.length ? `Applied: ${done.join(', ')}` : 'Nothing to apply.');
  } finally {
    await ds.destroy();
    await embedded?.stop();
  }
}

const [command, ...args] = process.argv.slice(2);
(command === 'generate' ? generate(args[0] ?? '', args.slice(1)) : run()).catch(
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
