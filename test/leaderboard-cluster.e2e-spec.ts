import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as net from 'node:net';
import request from 'supertest';
import { createBank, createPublishedContest } from './helpers/contest-fixtures';
import {
  answerAndSubmit,
  connectLive,
  type LiveClient,
  names,
  sleep,
  startAttempt,
  takeAttempt,
} from './helpers/leaderboard-fixtures';
import { createTestApp, createTestAppOn, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

/** CI exports REDIS_TEST_URL; the machine's Redis otherwise. */
const REDIS_URL = process.env.REDIS_TEST_URL ?? 'redis://127.0.0.1:6379';
const noPrediction = { prediction: { enabled: false, prompt: '' } };

/** Two instances on one database and one Redis; channels are named after that database. */
async function cluster(
  redisUrl: string,
): Promise<{ a: TestApp; b: TestApp; organizer: TestUser; bankId: string }> {
  const env = { REDIS_URL: redisUrl, RUN_WORKERS: 'false' };
  const a = await createTestApp(env);
  const b = await createTestAppOn(a.databaseUrl, env);
  const organizer = await createUser(a, { roles: ['organizer'] });
  const bank = await createBank(a, organizer, 10);
  return { a, b, organizer, bankId: bank.id };
}

describe('leaderboards across two instances (e2e, Redis)', () => {
  let a: TestApp;
  let b: TestApp;
  let organizer: TestUser;
  let bankId: string;
  const clients: LiveClient[] = [];

  beforeAll(async () => {
    ({ a, b, organizer, bankId } = await cluster(REDIS_URL));
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('sends a client on instance B exactly one update for a submission handled by instance A', async () => {
    const contest = await createPublishedContest(a, organizer, bankId, noPrediction);
    const roundId = contest.roundIds[0];
    const [an, binh] = await Promise.all([
      createUser(a, { fullName: 'An' }),
      createUser(a, { fullName: 'Bình' }),
    ]);
    await takeAttempt(a, an, roundId, 2);
    const onB = await connectLive(b);
    const onA = await connectLive(a);
    clients.push(onB, onA);
    expect(names((await onB.subscribe({ roundId })).snapshot)).toEqual(['An']);
    expect((await onA.subscribe({ roundId })).ok).toBe(true);

    const attempt = await startAttempt(a, binh, roundId);
    const submittedAt = Date.now();
    await answerAndSubmit(a, binh, attempt, 5, a);
    const [update] = await onB.waitForUpdates(1, 3000);
    expect(Date.now() - submittedAt).toBeLessThan(2500);
    expect(names(update)).toEqual(['Bình', 'An']);
    expect(update).toMatchObject({ participants: 2, attempts: 2 });
    await onA.waitForUpdates(1, 3000);
    await sleep(2500);
    // One update per change on each instance: the coalescing is not multiplied by two.
    expect(onB.updates).toHaveLength(1);
    expect(onA.updates).toHaveLength(1);
    expect(onA.updates[0]).toEqual({ ...onB.updates[0], updatedAt: onA.updates[0].updatedAt });
  });

  it('keeps own ranks and counters on B in step with submissions handled by A', async () => {
    const contest = await createPublishedContest(a, organizer, bankId, noPrediction);
    const roundId = contest.roundIds[0];
    const [an, binh, chi] = await Promise.all(
      ['An', 'Bình', 'Chi'].map((fullName) => createUser(a, { fullName })),
    );
    await takeAttempt(a, an, roundId, 6);
    await takeAttempt(a, binh, roundId, 4);
    // B loads its rank index now…
    const before = await request(b.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard/me`)
      .set(binh.auth)
      .expect(200);
    expect(before.body.rank).toBe(2);
    // …then A handles two submissions that pass Bình; B hears of them through Redis.
    await takeAttempt(a, chi, roundId, 9);
    await takeAttempt(a, an, roundId, 10);
    await sleep(300);
    const after = await request(b.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard/me`)
      .set(binh.auth)
      .expect(200);
    expect(after.body.rank).toBe(3);
    const board = await request(b.baseUrl).get(`/api/rounds/${roundId}/leaderboard`).expect(200);
    expect(board.body).toMatchObject({ participants: 3, attempts: 4 });
    expect(names(board.body)).toEqual(['An', 'Chi', 'Bình']);
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    const until = Date.now() + 5000;
    const probe = () => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve();
      });
      socket.on('error', () => {
        if (Date.now() > until) reject(new Error('redis-server did not start'));
        else setTimeout(probe, 50);
      });
    };
    probe();
  });
  return child;
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const hasRedisServer = (() => {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

(hasRedisServer ? describe : describe.skip)(
  'leaderboards when Redis stops (e2e, own redis-server)',
  () => {
    let redis: ChildProcess;
    let port: number;
    let a: TestApp;
    let b: TestApp;
    let organizer: TestUser;
    let bankId: string;
    const clients: LiveClient[] = [];

    beforeAll(async () => {
      port = await freePort();
      redis = await startRedis(port);
      ({ a, b, organizer, bankId } = await cluster(`redis://127.0.0.1:${port}`));
    });
    afterAll(async () => {
      for (const c of clients.splice(0)) c.close();
      await b?.close();
      await a?.close();
      if (redis) await stop(redis);
    });

    it('keeps serving attempts while Redis is down, and resumes live updates when it is back', async () => {
      const contest = await createPublishedContest(a, organizer, bankId, noPrediction);
      const roundId = contest.roundIds[0];
      const [an, binh] = await Promise.all(
        ['An', 'Bình'].map((fullName) => createUser(a, { fullName })),
      );
      const onA = await connectLive(a);
      const onB = await connectLive(b);
      clients.push(onA, onB);
      await onA.subscribe({ roundId });
      await onB.subscribe({ roundId });
      const attempt = await startAttempt(a, an, roundId);

      await stop(redis);
      const started = Date.now();
      await answerAndSubmit(a, an, attempt, 3, a);
      await takeAttempt(a, binh, roundId, 7);
      expect(Date.now() - started).toBeLessThan(10_000);
      // A's own clients still hear A's submissions.
      const [localUpdate] = await onA.waitForUpdates(1, 3000);
      expect(localUpdate.attempts).toBeGreaterThanOrEqual(1);
      await sleep(1500);
      expect(onB.updates).toHaveLength(0); // B cannot hear of them without Redis
      await request(b.baseUrl).get(`/api/rounds/${roundId}/leaderboard`).expect(200);

      redis = await startRedis(port);
      const [resumed] = await onB.waitForUpdates(1, 10_000);
      expect(names(resumed)).toEqual(['Bình', 'An']);
      expect(resumed).toMatchObject({ participants: 2, attempts: 2 });
    });
  },
);
