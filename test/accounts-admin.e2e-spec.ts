import { createHmac, randomBytes } from 'node:crypto';
import { AdminBootstrapService, PasswordService, UsersRepository } from '@app/accounts';
import { loadConfig } from '@app/core';
import { dataSourceOptions } from '@app/database';
import { DataSource } from 'typeorm';
import { ApiRecorder } from './helpers/recorder';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser } from './helpers/users';

jest.setTimeout(60_000);

const ADMIN_EMAIL = `quantri.${randomBytes(3).toString('hex')}@ldld.example.vn`;
const ADMIN_PASSWORD = 'Quan-tri-vien-2026';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function signJwt(payload: object, secret: string, header: object = { alg: 'HS256', typ: 'JWT' }) {
  const data = `${b64(header)}.${b64(payload)}`;
  return `${data}.${createHmac('sha256', secret).update(data).digest('base64url')}`;
}

/**
 * The start-up step of another API instance: its own connection pool on the same database.
 * (Whole Nest apps cannot share one process: passport keeps its strategies in a global.)
 */
async function startInstance(databaseUrl: string, env: Record<string, string>) {
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: databaseUrl, ...env });
  const dataSource = await new DataSource(
    dataSourceOptions({ url: databaseUrl, poolSize: 2 }),
  ).initialize();
  const bootstrap = new AdminBootstrapService(
    config,
    new UsersRepository(dataSource),
    new PasswordService(),
  );
  return { bootstrap, close: () => dataSource.destroy() };
}

describe('accounts (e2e): administrator, roles, tokens', () => {
  let t: TestApp;
  let api: ApiRecorder;
  let adminToken: string;

  beforeAll(async () => {
    t = await createTestApp({ ADMIN_EMAIL, ADMIN_PASSWORD });
    api = new ApiRecorder(t.baseUrl);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates the administrator from ADMIN_EMAIL / ADMIN_PASSWORD at start-up', async () => {
    const res = await api.call('post', '/api/auth/login', {
      body: { login: ADMIN_EMAIL.toUpperCase(), password: ADMIN_PASSWORD },
    });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({
      email: ADMIN_EMAIL,
      roles: ['admin'],
      emailVerified: true,
    });
    adminToken = res.body.accessToken;
  });

  it('never overwrites the administrator, even when instances start together', async () => {
    const fresh = `moi.${randomBytes(3).toString('hex')}@ldld.example.vn`;
    const instances = await Promise.all([
      startInstance(t.databaseUrl, { ADMIN_EMAIL, ADMIN_PASSWORD: 'Mat-khau-khac-1' }),
      startInstance(t.databaseUrl, { ADMIN_EMAIL, ADMIN_PASSWORD: 'Mat-khau-khac-2' }),
      startInstance(t.databaseUrl, { ADMIN_EMAIL: fresh, ADMIN_PASSWORD: 'Mat-khau-moi-1' }),
      startInstance(t.databaseUrl, { ADMIN_EMAIL: fresh, ADMIN_PASSWORD: 'Mat-khau-moi-2' }),
    ]);
    try {
      const outcomes = await Promise.all(instances.map((i) => i.bootstrap.ensureAdmin()));
      expect(outcomes.slice(0, 2)).toEqual(['exists', 'exists']);
      expect(outcomes.slice(2).sort()).toEqual(['created', 'exists']);
      const rows = await t.dataSource.query(
        `SELECT lower(email) AS email, count(*)::int AS n FROM users WHERE lower(email) IN ($1, $2) GROUP BY 1`,
        [ADMIN_EMAIL, fresh],
      );
      expect(rows).toEqual(
        expect.arrayContaining([
          { email: ADMIN_EMAIL, n: 1 },
          { email: fresh, n: 1 },
        ]),
      );
    } finally {
      await Promise.all(instances.map((i) => i.close()));
    }
    const original = await api.call('post', '/api/auth/login', {
      body: { login: ADMIN_EMAIL, password: ADMIN_PASSWORD },
    });
    expect(original.status).toBe(200);
    const other = await api.call('post', '/api/auth/login', {
      body: { login: ADMIN_EMAIL, password: 'Mat-khau-khac-1' },
    });
    expect(other.status).toBe(401);
  });

  it('asks for a token (401) and for the right role (403)', async () => {
    for (const [method, url] of [
      ['get', '/api/me'],
      ['get', '/api/admin/users'],
      ['post', '/api/admin/users'],
      ['post', '/api/units'],
    ] as const) {
      const res = await api.call(method, url, { body: method === 'post' ? {} : undefined });
      expect({ url, status: res.status, code: res.body.code }).toEqual({
        url,
        status: 401,
        code: 'UNAUTHORIZED',
      });
    }
    const participant = await createUser(t);
    const organizer = await createUser(t, { roles: ['organizer'] });
    for (const who of [participant, organizer]) {
      const list = await api.call('get', '/api/admin/users', { token: who.token });
      expect(list.status).toBe(403);
      expect(list.body.code).toBe('FORBIDDEN');
      const create = await api.call('post', '/api/admin/users', {
        token: who.token,
        body: { fullName: 'X', email: 'x@example.vn', password: 'Mat-khau-2026', roles: ['admin'] },
      });
      expect(create.status).toBe(403);
    }
    const ok = await api.call('get', '/api/admin/users', { token: adminToken });
    expect(ok.status).toBe(200);
  });

  it('refuses expired, foreign, unsigned and malformed access tokens', async () => {
    const user = await createUser(t);
    const secret = t.config.auth.jwtSecret!;
    const now = Math.floor(Date.now() / 1000);
    const claims = { sub: user.id, roles: ['admin'], typ: 'access' };
    const bad = {
      expired: signJwt({ ...claims, iat: now - 3600, exp: now - 60 }, secret),
      otherKey: signJwt(
        { ...claims, iat: now, exp: now + 600 },
        'another-secret-another-secret-0123456789',
      ),
      algNone: `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims, iat: now, exp: now + 600 })}.`,
      hs512: (() => {
        const data = `${b64({ alg: 'HS512', typ: 'JWT' })}.${b64({ ...claims, iat: now, exp: now + 600 })}`;
        return `${data}.${createHmac('sha512', secret).update(data).digest('base64url')}`;
      })(),
      notAccess: signJwt(
        { sub: user.id, roles: ['admin'], typ: 'refresh', iat: now, exp: now + 600 },
        secret,
      ),
      garbage: 'not.a.jwt',
    };
    for (const [kind, token] of Object.entries(bad)) {
      const res = await api.call('get', '/api/me', { token });
      expect({ kind, status: res.status }).toEqual({ kind, status: 401 });
      // On a public route a bad token means anonymous, not an error.
      const pub = await api.call('get', '/api/units', { token });
      expect({ kind, status: pub.status }).toEqual({ kind, status: 200 });
    }
    const good = signJwt({ ...claims, roles: ['participant'], iat: now, exp: now + 600 }, secret);
    expect((await api.call('get', '/api/me', { token: good })).status).toBe(200);
  });

  it('lets the administrator create organizers and judges, who get a welcome mail', async () => {
    const email = `btc.${randomBytes(3).toString('hex')}@ldld.example.vn`;
    const res = await api.call('post', '/api/admin/users', {
      token: adminToken,
      body: {
        fullName: 'Phạm Văn Tổ Chức',
        email,
        password: 'Ban-to-chuc-2026',
        roles: ['organizer', 'judge'],
        phone: '0977 000 111',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      fullName: 'Phạm Văn Tổ Chức',
      email,
      phone: '+84977000111',
      roles: ['organizer', 'judge'],
      unit: null,
      emailVerified: true,
      birthYear: null,
      disabled: false,
    });
    const queued = await t.dataSource.query(
      `SELECT kind, recipient FROM mail_outbox WHERE dedupe_key = $1`,
      [`welcome:${res.body.id}`],
    );
    expect(queued).toEqual([{ kind: 'welcome', recipient: email }]);

    const login = await api.call('post', '/api/auth/login', {
      body: { login: '0977000111', password: 'Ban-to-chuc-2026' },
    });
    expect(login.status).toBe(200);
    expect(login.body.user.roles).toEqual(['organizer', 'judge']);

    const dup = await api.call('post', '/api/admin/users', {
      token: adminToken,
      body: {
        fullName: 'Trùng',
        email: email.toUpperCase(),
        password: 'Ban-to-chuc-2026',
        roles: ['judge'],
      },
    });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('EMAIL_TAKEN');

    for (const roles of [[], ['superuser'], ['judge', 'judge'], 'admin']) {
      const bad = await api.call('post', '/api/admin/users', {
        token: adminToken,
        body: {
          fullName: 'Sai',
          email: `sai.${Math.random()}@example.vn`,
          password: 'Mat-khau-2026',
          roles,
        },
      });
      expect({ roles, status: bad.status, field: bad.body.details?.[0]?.field }).toEqual({
        roles,
        status: 400,
        field: 'roles',
      });
    }
  });

  it('lists accounts page by page and finds them by name, e-mail or phone', async () => {
    const tag = randomBytes(3).toString('hex');
    const digits = String(Math.floor(10_000_000 + Math.random() * 89_999_999));
    for (let i = 0; i < 3; i++) {
      await createUser(t, {
        fullName: `Đoàn Viên ${tag} ${i}`,
        email: `dv${i}.${tag}@example.vn`,
        phone: i === 2 ? `+849${digits}` : null,
      });
    }
    const page1 = await api.call('get', `/api/admin/users?q=${tag}&page=1&pageSize=2`, {
      token: adminToken,
    });
    expect(page1.status).toBe(200);
    expect(page1.body).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(page1.body.items).toHaveLength(2);
    const page2 = await api.call('get', `/api/admin/users?q=${tag}&page=2&pageSize=2`, {
      token: adminToken,
    });
    expect(page2.body.items).toHaveLength(1);

    const byName = await api.call(
      'get',
      `/api/admin/users?q=${encodeURIComponent(`Viên ${tag} 1`)}`,
      {
        token: adminToken,
      },
    );
    expect(byName.body.items.map((u: { email: string }) => u.email)).toEqual([
      `dv1.${tag}@example.vn`,
    ]);
    const byPhone = await api.call('get', `/api/admin/users?q=09${digits.slice(0, 5)}`, {
      token: adminToken,
    });
    expect(byPhone.body.items.map((u: { email: string }) => u.email)).toEqual([
      `dv2.${tag}@example.vn`,
    ]);
    const byEmail = await api.call('get', `/api/admin/users?q=DV0.${tag}`, { token: adminToken });
    expect(byEmail.body.total).toBe(1);
    const wildcard = await api.call('get', `/api/admin/users?q=%25`, { token: adminToken });
    expect(wildcard.body.total).toBe(0);
    const byRole = await api.call('get', '/api/admin/users?role=admin', { token: adminToken });
    expect(byRole.body.items.every((u: { roles: string[] }) => u.roles.includes('admin'))).toBe(
      true,
    );
    expect(byRole.body.total).toBeGreaterThanOrEqual(1);
    const tooBig = await api.call('get', '/api/admin/users?pageSize=501', { token: adminToken });
    expect(tooBig.status).toBe(400);
  });

  it('never answers with a password hash or a token hash', async () => {
    const secrets: string[] = [];
    for (const row of await t.dataSource.query(`SELECT password_hash AS s FROM users`))
      secrets.push(row.s);
    for (const row of await t.dataSource.query(`SELECT token_hash AS s FROM refresh_tokens`))
      secrets.push(row.s);
    expect(api.leaks(secrets)).toEqual([]);
  });
});
