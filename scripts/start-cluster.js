#!/usr/bin/env node
/**
 * Multi-instance mode on one machine: two API processes (ports 3001 and 3002 by default) sharing
 * one PostgreSQL and one Redis. DATABASE_URL defaults to an embedded PostgreSQL started here
 * (data in DATA_DIR), REDIS_URL to redis://127.0.0.1:6379. Ctrl-C stops everything.
 * Run `npm run build` first (npm run start:cluster does).
 */
const { spawn } = require('node:child_process');
const path = require('node:path');
const root = path.resolve(__dirname, '..');
const { loadConfig, loadOrCreateSecrets } = require(path.join(root, 'dist/libs/core/src'));
const { startEmbeddedPostgres, ensureDatabase } = require(
  path.join(root, 'dist/libs/database/src'),
);

async function main() {
  const config = loadConfig();
  const ports = (process.env.CLUSTER_PORTS || '3001,3002').split(',').map(Number);
  const secrets = loadOrCreateSecrets(config.dataDir);
  let embedded;
  let databaseUrl = config.database.url;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      clusterDir: path.join(config.dataDir, 'pg'),
      password: secrets.embeddedDbPassword,
    });
    await ensureDatabase(embedded.url('postgres'), 'hoithi');
    databaseUrl = embedded.url('hoithi');
  }
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: config.redis.url || 'redis://127.0.0.1:6379',
    JWT_SECRET: config.auth.jwtSecret || secrets.jwtSecret,
    SEED_DEMO: String(config.seedDemo),
  };
  const children = ports.map((port, i) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/apps/api/src/main.js')], {
      env: { ...env, PORT: String(port), INSTANCE_NAME: `api-${i + 1}` },
      stdio: 'inherit',
    });
    child.on('exit', (code) => console.log(`instance on port ${port} exited (${code})`));
    return child;
  });
  console.log(`HoiThi cluster: ${ports.map((p) => `http://localhost:${p}`).join(' and ')}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.all(
      children.map(
        (c) =>
          new Promise((r) => (c.exitCode !== null ? r() : (c.once('exit', r), c.kill('SIGTERM')))),
      ),
    );
    if (embedded) await embedded.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
