import request from 'supertest';
import { Client } from 'pg';
import {
  startApiProcess,
  insertUsers,
  type ApiProcess,
  type ProcessUser,
} from '../helpers/api-process';
import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import type { TestApp } from '../helpers/test-app';
import type { TestUser } from '../helpers/users';
import { createTestDatabase } from '../setup/test-database';

jest.setTimeout(180_000);

interface Ack {
  attemptId: string;
  questionId: string;
  optionId: string;
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

describe('crash recovery (e2e, separate API processes)', () => {
  let db: { url: string; drop(): Promise<void> };
  const processes: ApiProcess[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await db.drop();
  });

  it('keeps every acknowledged answer through kill -9, resumes everyone, and closes each expired attempt exactly once', async () => {
    const env = {
      DATABASE_URL: db.url,
      ATTEMPT_GRACE_SECONDS: '1',
      SWEEP_INTERVAL_MS: '500',
      DB_POOL_SIZE: '10',
    };
    const first = await startApiProcess(env);
    processes.push(first);
    const [organizerRow] = await insertUsers(db.url, 1, ['organizer']);
    const organizer = { ...organizerRow, auth: organizerRow.auth } as unknown as TestUser;
    const people = await insertUsers(db.url, 200);
    const api = { baseUrl: first.baseUrl } as TestApp;
    const bank = await createBank(api, organizer, 12);
    const closesAt = Date.now() + 600_000;
    const contest = await createPublishedContest(api, organizer, bank.id, {
      prediction: { enabled: false, prompt: '' },
      attemptsPerRound: 1,
      rounds: [
        {
          title: 'Tuần thử sức',
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(closesAt).toISOString(),
        },
      ],
    });

    // A trigger records every in_progress → submitted transition, to prove "exactly once".
    const pg = new Client({ connectionString: db.url });
    pg.on('error', () => undefined); // the database is dropped with FORCE at the end
    await pg.connect();
    await pg.query(`CREATE TABLE submit_log (attempt_id uuid, at timestamptz DEFAULT clock_timestamp());
      CREATE FUNCTION log_submit() RETURNS trigger AS $$ BEGIN INSERT INTO submit_log(attempt_id) VALUES (NEW.id); RETURN NEW; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER attempts_submit AFTER UPDATE OF status ON attempts FOR EACH ROW
        WHEN (OLD.status = 'in_progress' AND NEW.status = 'submitted') EXECUTE FUNCTION log_submit();`);

    const attempts = new Map<
      string,
      { id: string; questions: Array<{ id: string; options: Array<{ id: string }> }> }
    >();
    await pool(people, 20, async (p) => {
      const res = await request(first.baseUrl)
        .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
        .set(p.auth)
        .set(p.device)
        .expect(201);
      attempts.set(p.id, res.body);
    });

    // Everyone answers; the process is killed while saves are in flight.
    const jobs: Array<{ p: ProcessUser; attemptId: string; questionId: string; optionId: string }> =
      [];
    for (const p of people) {
      const a = attempts.get(p.id)!;
      for (const q of a.questions)
        jobs.push({
          p,
          attemptId: a.id,
          questionId: q.id,
          optionId: q.options[(q.id.charCodeAt(0) + p.id.charCodeAt(1)) % q.options.length].id,
        });
    }
    const acked: Ack[] = [];
    let killed = false;
    const killAt = Math.floor(jobs.length * 0.4);
    await pool(jobs, 25, async (job) => {
      if (killed) return;
      if (acked.length >= killAt && !killed) {
        killed = true;
        await first.kill9();
        return;
      }
      try {
        const res = await request(first.baseUrl)
          .put(`/api/attempts/${job.attemptId}/answers/${job.questionId}`)
          .set(job.p.auth)
          .set(job.p.device)
          .send({ optionIds: [job.optionId] });
        if (res.status === 200)
          acked.push({
            attemptId: job.attemptId,
            questionId: job.questionId,
            optionId: job.optionId,
          });
      } catch {
        // connection reset by the crash: not acknowledged
      }
    });
    expect(killed).toBe(true);
    expect(acked.length).toBeGreaterThanOrEqual(killAt);

    // Every acknowledged answer is in the database.
    const stored = await pg.query<{
      attempt_id: string;
      question_id: string;
      option_ids: string[];
    }>('SELECT attempt_id, question_id, option_ids FROM attempt_answers');
    const byKey = new Map(
      stored.rows.map((r) => [`${r.attempt_id}/${r.question_id}`, r.option_ids]),
    );
    const missing = acked.filter(
      (a) => byKey.get(`${a.attemptId}/${a.questionId}`)?.[0] !== a.optionId,
    );
    expect(missing).toEqual([]);

    // Two instances come back (both run the sweeper); everyone can resume and finish answering.
    const [second, third] = await Promise.all([
      startApiProcess(env, first.port),
      startApiProcess(env),
    ]);
    processes.push(second, third);
    const resumed: Array<{
      p: ProcessUser;
      body: { id: string; status: string; answers: Record<string, unknown> };
    }> = [];
    await pool(people, 20, async (p) => {
      const res = await request(second.baseUrl)
        .get(`/api/attempts/${attempts.get(p.id)!.id}`)
        .set(p.auth)
        .expect(200);
      resumed.push({ p, body: res.body });
    });
    for (const r of resumed) {
      const mine = acked.filter((a) => a.attemptId === r.body.id);
      for (const a of mine)
        expect(r.body.answers[a.questionId]).toMatchObject({ optionIds: [a.optionId] });
    }
    const rest = jobs.filter((j) => !byKey.has(`${j.attemptId}/${j.questionId}`));
    await pool(rest, 25, async (job) => {
      const target = job.p.id.charCodeAt(0) % 2 ? second : third;
      await request(target.baseUrl)
        .put(`/api/attempts/${job.attemptId}/answers/${job.questionId}`)
        .set(job.p.auth)
        .set(job.p.device)
        .send({ optionIds: [job.optionId] })
        .expect(200);
    });
    // Half submit by hand; the others are left to the sweepers.
    await pool(people.slice(0, 100), 20, async (p) => {
      await request(third.baseUrl)
        .post(`/api/attempts/${attempts.get(p.id)!.id}/submit`)
        .set(p.auth)
        .set(p.device)
        .send({})
        .expect(200);
    });

    // The other half run out of time (their deadline is moved into the past rather than waiting
    // minutes); both instances' sweepers then close them.
    await pg.query(
      `UPDATE attempts SET deadline_at = now() - interval '2 seconds' WHERE status = 'in_progress'`,
    );
    const until = Date.now() + 30_000;
    for (;;) {
      const open = await pg.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM attempts WHERE status = 'in_progress'`,
      );
      if (open.rows[0].n === 0 || Date.now() > until) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const summary = await pg.query<{ status: string; auto: boolean; n: number }>(
      'SELECT status, auto_submitted AS auto, count(*)::int AS n FROM attempts GROUP BY 1, 2 ORDER BY 1, 2',
    );
    expect(summary.rows).toEqual([
      { status: 'submitted', auto: false, n: 100 },
      { status: 'submitted', auto: true, n: 100 },
    ]);
    const twice = await pg.query(
      'SELECT attempt_id FROM submit_log GROUP BY 1 HAVING count(*) > 1',
    );
    expect(twice.rows).toEqual([]);
    const logged = await pg.query<{ n: number }>('SELECT count(*)::int AS n FROM submit_log');
    expect(logged.rows[0].n).toBe(200);
    // Every saved answer was scored: each attempt's correct count matches its answers on file.
    const mismatched = await pg.query(
      `SELECT a.id, a.correct_count, (
         SELECT count(*)::int FROM attempt_answers aa
         JOIN LATERAL jsonb_array_elements(a.questions) q ON q->>'questionId' = aa.question_id::text
         JOIN question_versions v ON v.id = (q->>'versionId')::uuid
         WHERE aa.attempt_id = a.id AND aa.option_ids = ARRAY(
           SELECT (o->>'id')::uuid FROM jsonb_array_elements(v.options) o WHERE (o->>'correct')::boolean)
       ) AS expected FROM attempts a`,
    );
    expect(mismatched.rows.filter((r) => r.correct_count !== r.expected)).toEqual([]);
    expect(mismatched.rows.some((r) => r.expected > 0)).toBe(true);
    const standings = await pg.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM round_standings',
    );
    expect(standings.rows[0].n).toBe(200);
    await pg.end();
  });
});
