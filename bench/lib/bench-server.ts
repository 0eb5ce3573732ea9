import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  type EmbeddedDatabase,
  ensureDatabase,
  freePort,
  startEmbeddedPostgres,
} from '@app/database';
import { Client } from 'pg';
import { ensureFreshBuild } from './fresh-build';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/apps/api/src/main.js');

export interface BenchServer {
  urls: string[];
  databaseUrl: string;
  jwtSecret: string;
  apiPids(): number[];
  stop(): Promise<void>;
}

/**
 * The server under test, started by the scenario itself: the built API (`npm run build` first if
 * dist/ is missing) as `instances` processes on one PostgreSQL — embedded in the temp directory,
 * or a fresh database on the server in DATABASE_URL — and Redis when several instances run.
 */
export async function startBenchServer(
  options: { instances?: number; env?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<BenchServer> {
  ensureFreshBuild();
  const instances = options.instances ?? 1;
  const jwtSecret = randomBytes(32).toString('hex');
  let embedded: EmbeddedDatabase | undefined;
  let tmp: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hoithi-bench-'));
    fs.chmodSync(tmp, 0o755);
    embedded = await startEmbeddedPostgres({
      clusterDir: path.join(tmp, 'pg'),
      password: 'bench',
      durable: true,
    });
    adminUrl = embedded.url('postgres');
  }
  const dbName = `hoithi_bench_${Date.now().toString(36)}`;
  await ensureDatabase(adminUrl, dbName);
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  const databaseUrl = u.toString();

  const children: ChildProcess[] = [];
  const urls: string[] = [];
  for (let i = 0; i < instances; i++) {
    const port = await freePort();
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), MAIN], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        JWT_SECRET: jwtSecret,
        SEED_DEMO: 'false',
        DB_POOL_SIZE: '20',
        RATE_LIMIT_LOGIN: '1000000',
        RATE_LIMIT_REGISTER: '1000000',
        RATE_LIMIT_REFRESH: '1000000',
        // All load comes from one loopback address: lift the per-IP limits (per-user ones stay).
        RATE_LIMIT_ATTEMPT_START_PER_IP: '100000000',
        RATE_LIMIT_ATTEMPT_WRITE_PER_IP: '100000000',
        RATE_LIMIT_ATTEMPT_WRITE_PER_USER: '100000000',
        ...(instances > 1 ? { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' } : {}),
        ...options.env,
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    children.push(child);
    urls.push(`http://127.0.0.1:${port}`);
  }
  try {
    for (const url of urls) {
      const until = Date.now() + 90_000;
      for (;;) {
        try {
          if ((await fetch(`${url}/api/health`)).ok) break;
        } catch {
          // starting
        }
        const exited = children.find((c) => c.exitCode !== null);
        if (exited) throw new Error(`an API process exited with code ${exited.exitCode}`);
        if (Date.now() > until) throw new Error(`server at ${url} did not start`);
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } catch (error) {
    // Nothing of a failed start is left behind: API processes, the database, the temp directory.
    children.forEach((c) => c.exitCode === null && c.kill('SIGKILL'));
    await embedded?.stop().catch(() => undefined);
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  return {
    urls,
    databaseUrl,
    jwtSecret,
    apiPids: () => children.map((c) => c.pid as number),
    stop: async () => {
      await Promise.all(
        children.map(
          (c) =>
            new Promise<void>((resolve) =>
              c.exitCode !== null
                ? resolve()
                : (c.once('exit', () => resolve()), c.kill('SIGTERM')),
            ),
        ),
      );
      const admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      await admin.end();
      await embedded?.stop();
      if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
    },
  };
}
