import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { failureKey, LoginFailureLimiter, RateLimitedException } from '@app/accounts';
import { loadConfig } from '@app/core';
import { freePort, REDIS_CLIENT } from '@app/database';
import Redis from 'ioredis';
import request from 'supertest';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser } from './helpers/users';

jest.setTimeout(60_000);

const octet = () => Math.floor(Math.random() * 250) + 1;
/** Each test speaks from its own client address (TRUST_PROXY=1 reads X-Forwarded-For). */
const newIp = () => `10.${octet()}.${octet()}.${octet()}`;

const SMALL_LIMITS = {
  TRUST_PROXY: '1',
  RATE_LIMIT_LOGIN: '5',
  RATE_LIMIT_REGISTER: '3',
  RATE_LIMIT_FORGOT_PASSWORD: '2',
  RATE_LIMIT_REFRESH: '3',
  LOGIN_MAX_FAILURES: '3',
  // Every request below comes from a new address (a client never seen): the account-wide limit.
  LOGIN_MAX_ACCOUNT_FAILURES: '3',
};

function expectRateLimited(res: request.Response, maxSeconds: number) {
  expect(res.status).toBe(429);
  expect(res.body).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
  expect(res.body.message).toMatch(/thử lại/);
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
  return retryAfter;
}

describe('rate limits (e2e)', () => {
  let t: TestApp;
  const post = (path: string, ip: string, body: object) =>
    request(t.baseUrl).post(path).set('X-Forwarded-For', ip).send(body);

  beforeAll(async () => {
    t = await createTestApp(SMALL_LIMITS);
  });
  afterAll(async () => {
    await t.close();
  });

  it('limits registrations per IP, with Retry-After', async () => {
    const ip = newIp();
    for (let i = 0; i < 3; i++) {
      const res = await post('/api/auth/register', ip, {
        fullName: 'Người Dùng',
        email: `r${i}.${randomBytes(3).toString('hex')}@example.vn`,
        password: 'Mat-khau-2026',
      });
      expect(res.status).toBe(201);
    }
    const blocked = await post('/api/auth/register', ip, {
      fullName: 'Người Dùng',
      email: `r9.${randomBytes(3).toString('hex')}@example.vn`,
      password: 'Mat-khau-2026',
    });
    expectRateLimited(blocked, 60);
    const otherIp = await post('/api/auth/register', newIp(), {
      fullName: 'Người Dùng',
      email: `r8.${randomBytes(3).toString('hex')}@example.vn`,
      password: 'Mat-khau-2026',
    });
    expect(otherIp.status).toBe(201);
  });

  it('limits login requests per IP, whatever the accounts', async () => {
    const ip = newIp();
    const user = await createUser(t);
    for (let i = 0; i < 5; i++) {
      const res = await post('/api/auth/login', ip, {
        login: `nobody${i}@example.vn`,
        password: 'wrong-password',
      });
      expect(res.status).toBe(401);
    }
    const blocked = await post('/api/auth/login', ip, {
      login: user.email,
      password: user.password,
    });
    expectRateLimited(blocked, 60);
    const elsewhere = await post('/api/auth/login', newIp(), {
      login: user.email,
      password: user.password,
    });
    expect(elsewhere.status).toBe(200);
  });

  it('limits forgot-password and refresh per IP', async () => {
    const ip = newIp();
    for (let i = 0; i < 2; i++) {
      expect((await post('/api/auth/forgot-password', ip, { email: 'x@example.vn' })).status).toBe(
        202,
      );
    }
    expectRateLimited(await post('/api/auth/forgot-password', ip, { email: 'x@example.vn' }), 60);

    const refreshIp = newIp();
    for (let i = 0; i < 3; i++) {
      const res = await post('/api/auth/refresh', refreshIp, { refreshToken: 'x'.repeat(43) });
      expect(res.status).toBe(401);
    }
    expectRateLimited(
      await post('/api/auth/refresh', refreshIp, { refreshToken: 'x'.repeat(43) }),
      60,
    );
  });

  it('leaves routes without a limit alone', async () => {
    const ip = newIp();
    for (let i = 0; i < 12; i++) {
      const res = await request(t.baseUrl).get('/api/units').set('X-Forwarded-For', ip);
      expect(res.status).toBe(200);
    }
  });

  it('locks an account after too many failed logins, from any IP and in any spelling', async () => {
    const user = await createUser(t, { phone: `+8498${String(Date.now()).slice(-7)}` });
    const phone = `0${(await t.dataSource.query('SELECT phone FROM users WHERE id = $1', [user.id]))[0].phone.slice(3)}`;
    const spellings = [user.email.toUpperCase(), phone, `+84 ${phone.slice(1)}`];
    for (const login of spellings) {
      const res = await post('/api/auth/login', newIp(), { login, password: 'wrong-password' });
      expect(res.status).toBe(401);
    }
    // Even the right password is refused now, from another address.
    const locked = await post('/api/auth/login', newIp(), {
      login: user.email,
      password: user.password,
    });
    const retryAfter = expectRateLimited(locked, 900);
    expect(retryAfter).toBeGreaterThan(800);
    expect(locked.body.message).toMatch(/sai quá nhiều lần/);

    // Another account is not affected.
    const other = await createUser(t);
    expect(
      (await post('/api/auth/login', newIp(), { login: other.email, password: other.password }))
        .status,
    ).toBe(200);

    // Once the window has passed, the right password works again.
    await t.dataSource.query(
      `UPDATE login_failures SET window_started_at = now() - interval '16 minutes'`,
    );
    expect(
      (await post('/api/auth/login', newIp(), { login: phone, password: user.password })).status,
    ).toBe(200);
  });

  it('does not let parallel guesses slip past the per-account limit', async () => {
    const user = await createUser(t);
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        post('/api/auth/login', newIp(), { login: user.email, password: `guess-${i}` }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it('counts failures only, and a successful login clears them', async () => {
    const user = await createUser(t);
    const attempt = (password: string) =>
      post('/api/auth/login', newIp(), { login: user.email, password });
    expect((await attempt('wrong-1')).status).toBe(401);
    expect((await attempt('wrong-2')).status).toBe(401);
    expect((await attempt(user.password)).status).toBe(200);
    expect((await attempt(user.password)).status).toBe(200);
    expect((await attempt('wrong-3')).status).toBe(401);
    expect((await attempt('wrong-4')).status).toBe(401);
    expect((await attempt(user.password)).status).toBe(200);
  });
});

interface TestRedis {
  url: string;
  /** Only for a private server: stop it, and start it again on the same port. */
  stop?: () => Promise<void>;
  start?: () => Promise<void>;
}

/**
 * A Redis for the multi-instance tests: a private redis-server when the machine has one (so that
 * the test may stop and start it), else REDIS_TEST_URL (then the stop test is skipped).
 */
async function provideRedis(): Promise<TestRedis | null> {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
  } catch {
    return process.env.REDIS_TEST_URL ? { url: process.env.REDIS_TEST_URL } : null;
  }
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const probe = new Redis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    for (let i = 0; i < 50; i++) {
      try {
        await probe.connect();
        await probe.ping();
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    probe.disconnect();
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };
  await start();
  return { url, stop, start };
}

describe('rate limits shared through Redis (e2e)', () => {
  let redis: TestRedis | null;
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    redis = await provideRedis();
    if (!redis) return;
    a = await createTestApp({ ...SMALL_LIMITS, REDIS_URL: redis.url });
    b = await createTestApp({ ...SMALL_LIMITS, REDIS_URL: redis.url });
    // Connected before the first request (until then limits fail open).
    await Promise.all([a, b].map((t) => t.app.get<Redis>(REDIS_CLIENT).ping()));
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await redis?.stop?.();
  });

  it('shares the per-IP counters between instances', async () => {
    if (!redis) return console.warn('no Redis available: skipped');
    const ip = newIp();
    const send = (t: TestApp) =>
      request(t.baseUrl)
        .post('/api/auth/forgot-password')
        .set('X-Forwarded-For', ip)
        .send({ email: 'x@example.vn' });
    expect((await send(a)).status).toBe(202);
    expect((await send(b)).status).toBe(202);
    expectRateLimited(await send(a), 60);
    expectRateLimited(await send(b), 60);
  });

  it('shares the failed-login counter of an account between instances', async () => {
    if (!redis) return console.warn('no Redis available: skipped');
    // Two limiters as two instances would build them: own Redis connection, own database.
    const config = loadConfig({ LOGIN_MAX_FAILURES: '3' });
    const clients = [new Redis(redis.url), new Redis(redis.url)];
    try {
      await Promise.all(clients.map((c) => c.ping()));
      const one = new LoginFailureLimiter(config, a.dataSource, clients[0]);
      const two = new LoginFailureLimiter(config, b.dataSource, clients[1]);
      const key = failureKey(`khoa.${randomBytes(4).toString('hex')}@example.vn`);
      await one.acquire(key);
      await two.acquire(key);
      await one.acquire(key);
      const refused = await two.acquire(key).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(RateLimitedException);
      expect((refused as RateLimitedException).retryAfterSec).toBeGreaterThan(800);
      // Nothing went to PostgreSQL: the count lives in Redis.
      expect(await a.dataSource.query('SELECT * FROM login_failures')).toEqual([]);
      expect(await b.dataSource.query('SELECT * FROM login_failures')).toEqual([]);
    } finally {
      clients.forEach((c) => c.disconnect());
    }
  });

  it('keeps answering when Redis goes away (limits fall back or open, never a 500)', async () => {
    if (!redis?.stop || !redis.start) return console.warn('shared Redis: not stopped, skipped');
    const user = await createUser(b);
    const ip = newIp();
    const login = (password: string) =>
      request(b.baseUrl)
        .post('/api/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ login: user.email, password });
    await redis.stop();
    try {
      expect((await login(user.password)).status).toBe(200);
      for (let i = 0; i < 3; i++) expect((await login('wrong')).status).toBe(401);
      // The per-account count went to PostgreSQL instead, and still locks the account.
      expectRateLimited(await login(user.password), 900);
    } finally {
      await redis.start(); // the apps close cleanly with their Redis connections back
    }
    await b.app.get<Redis>(REDIS_CLIENT).ping();
  });
});
