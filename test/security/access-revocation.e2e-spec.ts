import request from 'supertest';
import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import { connectLive, sleep } from '../helpers/leaderboard-fixtures';
import { linkToken, startSmtpServer, type TestSmtp } from '../helpers/smtp';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser, type TestUser } from '../helpers/users';

jest.setTimeout(60_000);

/** The contract: a change of access takes effect on tokens already issued within 5 seconds. */
const WITHIN_MS = 5_000;

/** Calls `probe` until it gives `expected` (fails after 5 s); returns how long it took. */
async function within5s(probe: () => Promise<unknown>, expected: unknown): Promise<number> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < WITHIN_MS) {
    last = await probe();
    if (JSON.stringify(last) === JSON.stringify(expected)) return Date.now() - started;
    await sleep(100);
  }
  throw new Error(`still ${JSON.stringify(last)} after ${WITHIN_MS} ms`);
}

describe('access is taken away within seconds (e2e)', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let admin: TestUser;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_POLL_MS: '200' });
    admin = await createUser(t, { roles: ['admin'] });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const status = (path: string, auth: Record<string, string>) =>
    request(t.baseUrl)
      .get(path)
      .set(auth)
      .then((r) => `${r.status} ${r.body.code ?? ''}`.trim());

  it('ends a demoted administrator’s admin rights on the token they already hold', async () => {
    const other = await createUser(t, { roles: ['admin'] });
    expect(await status('/api/admin/users', other.auth)).toBe('200');
    const res = await request(t.baseUrl)
      .patch(`/api/admin/users/${other.id}`)
      .set(admin.auth)
      .send({ roles: ['organizer'] })
      .expect(200);
    expect(res.body).toMatchObject({ id: other.id, roles: ['organizer'], disabled: false });
    // The old token is refused (401: the client signs in again and gets its new roles).
    await within5s(() => status('/api/admin/users', other.auth), '401 UNAUTHORIZED');
    const login = await request(t.baseUrl)
      .post('/api/auth/login')
      .send({ login: other.email, password: other.password })
      .expect(200);
    expect(login.body.user.roles).toEqual(['organizer']);
    const fresh = { Authorization: `Bearer ${login.body.accessToken}` };
    expect(await status('/api/admin/users', fresh)).toBe('403 FORBIDDEN');
    expect(await status('/api/me', fresh)).toBe('200');
  });

  it('refuses a disabled account’s tokens, sign-in and refresh, and lets it back once enabled', async () => {
    const user = await createUser(t);
    const session = await request(t.baseUrl)
      .post('/api/auth/login')
      .send({ login: user.email, password: user.password })
      .expect(200);
    await request(t.baseUrl)
      .patch(`/api/admin/users/${user.id}`)
      .set(admin.auth)
      .send({ disabled: true })
      .expect(200)
      .expect((r) => expect(r.body.disabled).toBe(true));
    await within5s(() => status('/api/me', user.auth), '401 UNAUTHORIZED');
    const login = await request(t.baseUrl)
      .post('/api/auth/login')
      .send({ login: user.email, password: user.password });
    expect([login.status, login.body.code]).toEqual([401, 'ACCOUNT_DISABLED']);
    const wrong = await request(t.baseUrl)
      .post('/api/auth/login')
      .send({ login: user.email, password: 'not-the-password' });
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    const refresh = await request(t.baseUrl)
      .post('/api/auth/refresh')
      .send({ refreshToken: session.body.refreshToken });
    expect(refresh.status).toBe(401);

    await request(t.baseUrl)
      .patch(`/api/admin/users/${user.id}`)
      .set(admin.auth)
      .send({ disabled: false })
      .expect(200);
    await request(t.baseUrl)
      .post('/api/auth/login')
      .send({ login: user.email, password: user.password })
      .expect(200);
  });

  it('refuses an administrator disabling or demoting themselves, and bad input', async () => {
    const self = await request(t.baseUrl)
      .patch(`/api/admin/users/${admin.id}`)
      .set(admin.auth)
      .send({ disabled: true });
    expect([self.status, self.body.code]).toEqual([409, 'CONFLICT']);
    const bad = await request(t.baseUrl)
      .patch(`/api/admin/users/${admin.id}`)
      .set(admin.auth)
      .send({ roles: ['king'] });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const organizer = await createUser(t, { roles: ['organizer'] });
    const notAdmin = await request(t.baseUrl)
      .patch(`/api/admin/users/${admin.id}`)
      .set(organizer.auth)
      .send({ disabled: true });
    expect(notAdmin.status).toBe(403);
    expect(await status('/api/me', admin.auth)).toBe('200');
  });

  it('ends access tokens issued before a password reset', async () => {
    const user = await createUser(t);
    await request(t.baseUrl).post('/api/auth/forgot-password').send({ email: user.email });
    const mail = await smtp.waitForMail(user.email, /Đặt lại/);
    await request(t.baseUrl)
      .post('/api/auth/reset-password')
      .send({ token: linkToken(mail, 'dat-lai-mat-khau'), password: 'Mat-khau-moi-2026' })
      .expect(200);
    await within5s(() => status('/api/me', user.auth), '401 UNAUTHORIZED');
  });

  it('signs out everywhere: sessions and access tokens', async () => {
    const user = await createUser(t);
    const session = await request(t.baseUrl)
      .post('/api/auth/login')
      .send({ login: user.email, password: user.password })
      .expect(200);
    await request(t.baseUrl).post('/api/auth/logout-all').set(user.auth).expect(204);
    await within5s(() => status('/api/me', user.auth), '401 UNAUTHORIZED');
    await request(t.baseUrl)
      .post('/api/auth/refresh')
      .send({ refreshToken: session.body.refreshToken })
      .expect(401);
  });

  it('answers 401, not 500, to the token of a user who was deleted', async () => {
    const user = await createUser(t);
    expect(await status('/api/me/attempts', user.auth)).toBe('200');
    await t.dataSource.query('DELETE FROM users WHERE id = $1', [user.id]);
    await within5s(() => status('/api/me/attempts', user.auth), '401 UNAUTHORIZED');
  });

  it('disconnects a live socket when its user is disabled, and refuses its next subscription', async () => {
    const organizer = await createUser(t, { roles: ['organizer'] });
    const bank = await createBank(t, organizer, 10);
    const contest = await createPublishedContest(t, organizer, bank.id);
    const roundId = contest.roundIds[0];

    const watcher = await createUser(t);
    const client = await connectLive(t, watcher.token);
    expect((await client.subscribe({ roundId })).ok).toBe(true);
    const ended = new Promise<unknown>((resolve) => client.socket.once('session:ended', resolve));
    const disconnected = new Promise<string>((resolve) =>
      client.socket.once('disconnect', (reason) => resolve(reason)),
    );
    await request(t.baseUrl)
      .patch(`/api/admin/users/${watcher.id}`)
      .set(admin.auth)
      .send({ disabled: true })
      .expect(200);
    const started = Date.now();
    const reason = await Promise.race([
      disconnected,
      sleep(WITHIN_MS).then(() => 'still connected'),
    ]);
    expect(reason).toBe('io server disconnect');
    expect(Date.now() - started).toBeLessThan(WITHIN_MS);
    expect(await ended).toEqual({ code: 'UNAUTHORIZED', message: expect.any(String) });

    // Another socket of a demoted organizer: its next subscription checks the user again.
    const second = await connectLive(t, organizer.token);
    expect((await second.subscribe({ roundId })).ok).toBe(true);
    await t.dataSource.query(
      `UPDATE users SET token_version = token_version + 1, access_changed_at = clock_timestamp()
        WHERE id = $1`,
      [organizer.id],
    );
    await within5s(async () => {
      if (!second.socket.connected) return 'gone';
      const ack = await second.subscribe({ roundId }).catch(() => ({ ok: false, error: null }));
      return ack.ok ? 'ok' : 'gone';
    }, 'gone');
    second.close();
    client.close();
  });
});
