import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { hash } from '@node-rs/argon2';
import { freePort } from '@app/database';
import { Client } from 'pg';

const ROOT = path.resolve(__dirname, '../..');
const MAIN = path.join(ROOT, 'dist/apps/api/src/main.js');
export const PROCESS_JWT_SECRET = 'process-test-secret-process-test-secret-0123';

export interface ApiProcess {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  output(): string;
  /** SIGKILL: no shutdown hooks, no goodbye. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The built server (`npm run build`, done by `npm test`) as a separate process, for tests that
 * crash or restart it. Resolves once /api/health answers.
 */
export async function startApiProcess(
  env: Record<string, string>,
  port?: number,
): Promise<ApiProcess> {
  if (!fs.existsSync(MAIN))
    throw new Error(`${MAIN} is missing: run "npm run build" first (npm test does).`);
  const p = port ?? (await freePort());
  let out = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      JWT_SECRET: PROCESS_JWT_SECRET,
      PORT: String(p),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const baseUrl = `http://127.0.0.1:${p}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`API process exited early (${child.exitCode}):\n${out}`);
    try {
      const res = await fetch(`${baseUrl}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API process did not become healthy in 60 s:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    port: p,
    child,
    output: () => out,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface ProcessUser {
  id: string;
  email: string;
  auth: { Authorization: string };
  /** This user's device (`X-Device-Id`), as test/helpers/users.ts. */
  device: { 'X-Device-Id': string };
}

let passwordHash: Promise<string> | undefined;

/** Users inserted straight into the database, with access tokens signed by the process's secret. */
export async function insertUsers(
  databaseUrl: string,
  count: number,
  roles: string[] = ['participant'],
): Promise<ProcessUser[]> {
  passwordHash ??= hash('Mat-khau-2026', { algorithm: 2 });
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const emails = Array.from(
      { length: count },
      (_, i) =>
        `p${Date.now().toString(36)}-${i}-${Math.random().toString(36).slice(2, 7)}@example.vn`,
    );
    const rows = await client.query<{ id: string; email: string }>(
      `INSERT INTO users (email, full_name, password_hash, roles, email_verified_at)
       SELECT e, 'Người thi ' || i, $2, $3, now() FROM unnest($1::text[]) WITH ORDINALITY AS t(e, i)
       RETURNING id, email`,
      [emails, await passwordHash, roles],
    );
    const jwt = new JwtService({
      secret: PROCESS_JWT_SECRET,
      signOptions: { algorithm: 'HS256', expiresIn: 3600 },
    });
    return rows.rows.map((u) => ({
      id: u.id,
      email: u.email,
      auth: { Authorization: `Bearer ${jwt.sign({ sub: u.id, roles, typ: 'access' })}` },
      device: { 'X-Device-Id': `device-${u.id}` },
    }));
  } finally {
    await client.end();
  }
}
