import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ensureDatabase } from '@app/database';
import { Client } from 'pg';
import { startApiProcess, insertUsers, type ApiProcess } from '../helpers/api-process';
import { type EmbeddedPgProcess, startEmbeddedPgProcess } from '../helpers/embedded-pg-process';
import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import type { TestApp } from '../helpers/test-app';
import type { TestUser } from '../helpers/users';

jest.setTimeout(180_000);

interface Timed {
  status: number;
  code?: string;
  ms: number;
}

/** One request, timed; a network failure counts as status 0. */
async function timed(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<Timed> {
  const started = performance.now();
  try {
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    let code: string | undefined;
    try {
      code = (JSON.parse(text) as { code?: string }).code;
    } catch {
      code = undefined;
    }
    return { status: res.status, code, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started };
  }
}

/**
 * PostgreSQL goes away for a few seconds under a running API (its own embedded cluster, so that
 * nothing else is disturbed): requests that need the database fail fast with 503
 * SERVICE_UNAVAILABLE, the rest keeps working, and once PostgreSQL is back the same process
 * serves everything again — no restart — with nothing acknowledged before the outage lost.
 */
describe('database outage (e2e, separate API process, own PostgreSQL)', () => {
  let tmp: string;
  let db: EmbeddedPgProcess | undefined;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hoithi-outage-'));
    fs.chmodSync(tmp, 0o755);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('fails fast with 503 while PostgreSQL is down and recovers without a restart', async () => {
    const clusterDir = path.join(tmp, 'pg');
    db = await startEmbeddedPgProcess({ clusterDir, password: 'outage' });
    const port = db.port;
    await ensureDatabase(db.url('postgres'), 'hoithi');
    const databaseUrl = db.url('hoithi');
    api = await startApiProcess({ DATABASE_URL: databaseUrl, DB_POOL_SIZE: '5' });

    const [organizerRow] = await insertUsers(databaseUrl, 1, ['organizer']);
    const organizer = organizerRow as unknown as TestUser;
    const [person] = await insertUsers(databaseUrl, 1);
    const client = { baseUrl: api.baseUrl } as TestApp;
    const bank = await createBank(client, organizer, 10);
    const contest = await createPublishedContest(client, organizer, bank.id, {
      prediction: { enabled: false, prompt: '' },
    });
    const base = api.baseUrl;
    const startRes = await fetch(`${base}/api/rounds/${contest.roundIds[0]}/attempts`, {
      method: 'POST',
      headers: { ...person.auth, ...person.device },
    });
    expect(startRes.status).toBe(201);
    const attempt = (await startRes.json()) as {
      id: string;
      questions: Array<{ id: string; options: Array<{ id: string }> }>;
    };
    const save = (i: number, k: number) =>
      timed(`${base}/api/attempts/${attempt.id}/answers/${attempt.questions[i].id}`, {
        method: 'PUT',
        headers: { ...person.auth, ...person.device },
        body: { optionIds: [attempt.questions[i].options[k].id] },
      });
    expect((await save(0, 1)).status).toBe(200);

    // ---- PostgreSQL goes away
    await db.stop();
    const during = {
      health: await timed(`${base}/api/health`),
      save: await save(1, 2),
      attempt: await timed(`${base}/api/attempts/${attempt.id}`, {
        headers: { ...person.auth, ...person.device },
      }),
      login: await timed(`${base}/api/auth/login`, {
        method: 'POST',
        body: { login: person.email, password: 'Mat-khau-2026' },
      }),
      contests: await timed(`${base}/api/contests`),
      ping: await timed(`${base}/api/ping`, { headers: person.auth }),
    };
    for (const what of ['health', 'save', 'attempt', 'login', 'contests'] as const) {
      expect({ what, status: during[what].status }).toEqual({ what, status: 503 });
      expect(during[what].ms).toBeLessThan(5_000);
    }
    for (const what of ['save', 'attempt', 'login', 'contests'] as const)
      expect({ what, code: during[what].code }).toEqual({ what, code: 'SERVICE_UNAVAILABLE' });
    // What needs no database keeps working.
    expect(during.ping.status).toBe(200);
    expect(api.child.exitCode).toBeNull();

    // ---- a few seconds later it is back, on the same port
    await new Promise((r) => setTimeout(r, 3_000));
    db = await startEmbeddedPgProcess({ clusterDir, password: 'outage', port });
    const until = Date.now() + 30_000;
    let health = await timed(`${base}/api/health`);
    while (health.status !== 200 && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 250));
      health = await timed(`${base}/api/health`);
    }
    expect(health.status).toBe(200);
    expect((await save(1, 3)).status).toBe(200);
    expect((await save(2, 0)).status).toBe(200);
    const resumed = await timed(`${base}/api/attempts/${attempt.id}`, {
      headers: { ...person.auth, ...person.device },
    });
    expect(resumed.status).toBe(200);
    expect(api.child.exitCode).toBeNull();

    // Everything acknowledged is there: the answer from before the outage and those after.
    const pg = new Client({ connectionString: databaseUrl });
    await pg.connect();
    try {
      const { rows } = await pg.query<{ question_id: string; option_ids: string[] }>(
        'SELECT question_id, option_ids FROM attempt_answers WHERE attempt_id = $1',
        [attempt.id],
      );
      const stored = new Map(rows.map((r) => [r.question_id, r.option_ids]));
      expect(stored.get(attempt.questions[0].id)).toEqual([attempt.questions[0].options[1].id]);
      expect(stored.get(attempt.questions[1].id)).toEqual([attempt.questions[1].options[3].id]);
      expect(stored.get(attempt.questions[2].id)).toEqual([attempt.questions[2].options[0].id]);
    } finally {
      await pg.end();
    }
  });
});
