import { randomBytes } from 'node:crypto';
import { UnitEntity } from '@app/units';
import { ApiRecorder } from './helpers/recorder';
import { linkToken, startSmtpServer, type TestSmtp } from './helpers/smtp';
import { createTestApp, type TestApp } from './helpers/test-app';

const PUBLIC_URL = 'https://thi.example.vn';
jest.setTimeout(30_000);

describe('accounts (e2e): register, verify, sign in, refresh, reset', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let api: ApiRecorder;

  const email = `hoa.${randomBytes(4).toString('hex')}@Example.vn`;
  const password = 'Mat-khau-dai-2026';
  const fullName = 'Lê Thị Hoa <b>&</b>';
  let refreshToken: string;
  let accessToken: string;
  let userId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, PUBLIC_URL, MAIL_POLL_MS: '200' });
    api = new ApiRecorder(t.baseUrl);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('registers a participant and signs them in at once', async () => {
    const res = await api.call('post', '/api/auth/register', {
      body: { fullName, email, password, phone: '0912.345.678', birthYear: 1988 },
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toEqual({
      disabled: false,
      id: expect.any(String),
      fullName,
      email,
      phone: '+84912345678',
      roles: ['participant'],
      unit: null,
      emailVerified: false,
      birthYear: 1988,
    });
    expect(res.body.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(res.body.refreshToken).toMatch(/^[\w-]{43}$/);
    expect(res.body.expiresIn).toBe(900);
    ({ refreshToken, accessToken } = res.body);
    userId = res.body.user.id;
    const me = await api.call('get', '/api/me', { token: accessToken });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(userId);
  });

  it('delivers the verification mail over SMTP (background sender) with an escaped name', async () => {
    const mail = await smtp.waitForMail(email, /Xác minh/);
    expect(mail.text).toContain(`${PUBLIC_URL}/xac-minh-email?token=`);
    expect(mail.text).toContain(`Xin chào ${fullName},`);
    expect(mail.html).toContain('Lê Thị Hoa &lt;b&gt;&amp;&lt;/b&gt;');
    expect(mail.html).not.toContain('<b>&</b>');
    expect(mail.parsed.from?.text).toContain('no-reply@hoithi.local');
  });

  it('verifies the address with the token from the link, once', async () => {
    const mail = await smtp.waitForMail(email, /Xác minh/);
    const token = linkToken(mail, 'xac-minh-email');
    const res = await api.call('post', '/api/auth/verify-email', { body: { token } });
    expect(res.status).toBe(200);
    expect(res.body.message).toMatch(/xác minh/);
    const me = await api.call('get', '/api/me', { token: accessToken });
    expect(me.body.emailVerified).toBe(true);

    const again = await api.call('post', '/api/auth/verify-email', { body: { token } });
    expect(again.status).toBe(400);
    expect(again.body.code).toBe('TOKEN_INVALID');
    const forged = await api.call('post', '/api/auth/verify-email', {
      body: { token: randomBytes(32).toString('base64url') },
    });
    expect(forged.body.code).toBe('TOKEN_INVALID');
  });

  it('sends the welcome mail once the address is verified', async () => {
    const mail = await smtp.waitForMail(email, /Chào mừng/);
    expect(mail.text).toContain(`${PUBLIC_URL}/dang-nhap`);
  });

  it('sends a new verification link on request, unless the address is verified', async () => {
    const other = `moi.${randomBytes(4).toString('hex')}@example.vn`;
    const reg = await api.call('post', '/api/auth/register', {
      body: { fullName: 'Người Mới', email: other, password },
    });
    await smtp.waitForMail(other, /Xác minh/);
    const resend = await api.call('post', '/api/auth/resend-verification', {
      token: reg.body.accessToken,
    });
    expect(resend.status).toBe(202);
    await smtp.waitFor(
      (m) => m.to.includes(other) && smtp.messages.filter((x) => x.to.includes(other)).length >= 2,
    );
    const links = smtp.messages
      .filter((m) => m.to.includes(other))
      .map((m) => linkToken(m, 'xac-minh-email'));
    expect(new Set(links).size).toBe(2);

    const verified = await api.call('post', '/api/auth/resend-verification', {
      token: accessToken,
    });
    expect(verified.status).toBe(202);
    const anonymous = await api.call('post', '/api/auth/resend-verification');
    expect(anonymous.status).toBe(401);
    await new Promise((r) => setTimeout(r, 600));
    expect(
      smtp.messages.filter((m) => m.to.includes(email.toLowerCase()) && /Xác minh/.test(m.subject)),
    ).toHaveLength(1);
  });

  it('signs in by e-mail in another case and by phone in another format', async () => {
    const byEmail = await api.call('post', '/api/auth/login', {
      body: { login: email.toUpperCase(), password },
    });
    expect(byEmail.status).toBe(200);
    expect(byEmail.body.user.id).toBe(userId);
    for (const login of ['+84 912 345 678', '84912345678', '0912345678']) {
      const byPhone = await api.call('post', '/api/auth/login', { body: { login, password } });
      expect(byPhone.status).toBe(200);
      expect(byPhone.body.user.id).toBe(userId);
      expect(byPhone.body.refreshToken).not.toBe(byEmail.body.refreshToken);
    }
  });

  it('refuses a wrong password and an unknown account with the same answer', async () => {
    const wrong = await api.call('post', '/api/auth/login', {
      body: { login: email, password: 'not-the-password' },
    });
    const unknown = await api.call('post', '/api/auth/login', {
      body: { login: 'nobody@example.vn', password: 'not-the-password' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.message).toBe(wrong.body.message);
  });

  it('validates the login body before checking credentials', async () => {
    const res = await api.call('post', '/api/auth/login', { body: { login: email } });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'password' })]),
    );
    const extra = await api.call('post', '/api/auth/login', {
      body: { login: email, password, admin: true },
    });
    expect(extra.status).toBe(400);
  });

  it('rotates the refresh token; reusing the old one revokes the whole family', async () => {
    const other = await api.call('post', '/api/auth/login', { body: { login: email, password } });
    const first = await api.call('post', '/api/auth/refresh', { body: { refreshToken } });
    expect(first.status).toBe(200);
    expect(first.body.refreshToken).not.toBe(refreshToken);
    expect(first.body.user.id).toBe(userId);
    const me = await api.call('get', '/api/me', { token: first.body.accessToken });
    expect(me.status).toBe(200);

    const second = await api.call('post', '/api/auth/refresh', {
      body: { refreshToken: first.body.refreshToken },
    });
    expect(second.status).toBe(200);

    // The stolen first token is replayed: refused, and every token of that session dies.
    const replay = await api.call('post', '/api/auth/refresh', { body: { refreshToken } });
    expect(replay.status).toBe(401);
    expect(replay.body.code).toBe('TOKEN_INVALID');
    const latest = await api.call('post', '/api/auth/refresh', {
      body: { refreshToken: second.body.refreshToken },
    });
    expect(latest.status).toBe(401);
    expect(latest.body.code).toBe('TOKEN_INVALID');

    // Another session (another login) is not affected.
    const otherSession = await api.call('post', '/api/auth/refresh', {
      body: { refreshToken: other.body.refreshToken },
    });
    expect(otherSession.status).toBe(200);
  });

  it('refuses unknown and malformed refresh tokens', async () => {
    for (const token of [randomBytes(32).toString('base64url'), 'garbage']) {
      const res = await api.call('post', '/api/auth/refresh', { body: { refreshToken: token } });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('TOKEN_INVALID');
    }
  });

  it('logs out: the refresh token stops working', async () => {
    const login = await api.call('post', '/api/auth/login', { body: { login: email, password } });
    const out = await api.call('post', '/api/auth/logout', {
      body: { refreshToken: login.body.refreshToken },
    });
    expect(out.status).toBe(204);
    const after = await api.call('post', '/api/auth/refresh', {
      body: { refreshToken: login.body.refreshToken },
    });
    expect(after.status).toBe(401);
    // Logging out twice, or with an unknown token, is harmless.
    const twice = await api.call('post', '/api/auth/logout', {
      body: { refreshToken: login.body.refreshToken },
    });
    expect(twice.status).toBe(204);
  });

  it('resets a forgotten password with the link from the mail, once', async () => {
    const session = await api.call('post', '/api/auth/login', { body: { login: email, password } });
    const known = await api.call('post', '/api/auth/forgot-password', { body: { email } });
    const unknown = await api.call('post', '/api/auth/forgot-password', {
      body: { email: 'khong.co@example.vn' },
    });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);

    const mail = await smtp.waitForMail(email, /Đặt lại mật khẩu/);
    expect(mail.text).toContain(`${PUBLIC_URL}/dat-lai-mat-khau?token=`);
    const token = linkToken(mail, 'dat-lai-mat-khau');

    const weak = await api.call('post', '/api/auth/reset-password', {
      body: { token, password: 'short' },
    });
    expect(weak.status).toBe(400);
    expect(weak.body.details).toEqual([expect.objectContaining({ field: 'password' })]);

    const newPassword = 'Mat-khau-moi-2026';
    const reset = await api.call('post', '/api/auth/reset-password', {
      body: { token, password: newPassword },
    });
    expect(reset.status).toBe(200);
    const reused = await api.call('post', '/api/auth/reset-password', {
      body: { token, password: 'Another-password-1' },
    });
    expect(reused.status).toBe(400);
    expect(reused.body.code).toBe('TOKEN_INVALID');

    const old = await api.call('post', '/api/auth/login', { body: { login: email, password } });
    expect(old.status).toBe(401);
    const fresh = await api.call('post', '/api/auth/login', {
      body: { login: email, password: newPassword },
    });
    expect(fresh.status).toBe(200);
    // Every session from before the reset is signed out.
    const stale = await api.call('post', '/api/auth/refresh', {
      body: { refreshToken: session.body.refreshToken },
    });
    expect(stale.status).toBe(401);

    expect(smtp.messages.some((m) => m.to.includes('khong.co@example.vn'))).toBe(false);
    await api.call('post', '/api/auth/reset-password', { body: { token, password } }); // recorded only
  });

  it('refuses an expired reset link', async () => {
    const resetMails = () => smtp.messages.filter((m) => /Đặt lại/.test(m.subject));
    const before = resetMails().length;
    await api.call('post', '/api/auth/forgot-password', { body: { email } });
    await smtp.waitFor(() => resetMails().length > before);
    await t.dataSource.query(
      `UPDATE user_tokens SET expires_at = now() - interval '1 second'
        WHERE purpose = 'reset_password' AND used_at IS NULL`,
    );
    const res = await api.call('post', '/api/auth/reset-password', {
      body: {
        token: linkToken(resetMails().at(-1)!, 'dat-lai-mat-khau'),
        password: 'Mat-khau-khac-2026',
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('TOKEN_INVALID');
  });

  it('refuses a duplicate e-mail (any case) and a duplicate phone (any format) with 409', async () => {
    const dupEmail = await api.call('post', '/api/auth/register', {
      body: { fullName: 'Người Khác', email: email.toLowerCase(), password },
    });
    expect(dupEmail.status).toBe(409);
    expect(dupEmail.body.code).toBe('EMAIL_TAKEN');
    const dupPhone = await api.call('post', '/api/auth/register', {
      body: {
        fullName: 'Người Khác',
        email: `khac.${Date.now()}@example.vn`,
        password,
        phone: '84 912 345 678',
      },
    });
    expect(dupPhone.status).toBe(409);
    expect(dupPhone.body.code).toBe('PHONE_TAKEN');
  });

  it('answers a weak password and a malformed phone with 400 and field details', async () => {
    const res = await api.call('post', '/api/auth/register', {
      body: { fullName: 'An', email: 'an@example.vn', password: 'short', phone: '0294 3855 123' },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = Object.fromEntries(
      res.body.details.map((d: { field: string; message: string }) => [d.field, d.message]),
    );
    expect(fields.password).toMatch(/ít nhất 8 ký tự/);
    expect(fields.phone).toMatch(/cố định/);

    const badEmail = await api.call('post', '/api/auth/register', {
      body: { fullName: 'An', email: 'not-an-email', password, phone: '091234' },
    });
    expect(badEmail.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'email',
      'phone',
    ]);
  });

  it('refuses unknown fields on register (no self-assigned roles)', async () => {
    const res = await api.call('post', '/api/auth/register', {
      body: { fullName: 'An', email: 'an2@example.vn', password, roles: ['admin'] },
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([{ field: 'roles', message: 'unknown field' }]);
  });

  it('lets a person change their phone and unit, with the same uniqueness rules', async () => {
    const unit = await t.dataSource.getRepository(UnitEntity).save({
      code: `CD-${randomBytes(3).toString('hex')}`,
      name: 'Công đoàn cơ sở Trường THPT Phạm Thái Bường',
      kind: 'grassroots',
      memberCount: 80,
    });
    const other = await api.call('post', '/api/auth/register', {
      body: {
        fullName: 'Trần Văn Bình',
        email: `binh.${Date.now()}@example.vn`,
        password,
        phone: '0987 654 321',
        unitId: unit.id,
      },
    });
    expect(other.status).toBe(201);
    expect(other.body.user.unit).toEqual({ id: unit.id, code: unit.code, name: unit.name });

    const login = await api.call('post', '/api/auth/login', {
      body: { login: email, password: 'Mat-khau-moi-2026' },
    });
    const token = login.body.accessToken;
    const taken = await api.call('patch', '/api/me', { token, body: { phone: '+84987654321' } });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe('PHONE_TAKEN');
    const noUnit = await api.call('patch', '/api/me', {
      token,
      body: { unitId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(noUnit.status).toBe(400);
    expect(noUnit.body.details).toEqual([expect.objectContaining({ field: 'unitId' })]);

    const ok = await api.call('patch', '/api/me', {
      token,
      body: { phone: '0388 123 456', unitId: unit.id, fullName: 'Lê Thị Hoa', birthYear: null },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      phone: '+84388123456',
      unit: { id: unit.id, code: unit.code, name: unit.name },
      fullName: 'Lê Thị Hoa',
      birthYear: null,
    });
    const cleared = await api.call('patch', '/api/me', {
      token,
      body: { phone: null, unitId: null },
    });
    expect(cleared.body).toMatchObject({ phone: null, unit: null });
  });

  it('never answers with a password hash or a token hash', async () => {
    const secrets: string[] = [];
    for (const row of await t.dataSource.query(`SELECT password_hash AS s FROM users`))
      secrets.push(row.s);
    for (const row of await t.dataSource.query(
      `SELECT token_hash AS s FROM refresh_tokens UNION ALL SELECT token_hash FROM user_tokens`,
    )) {
      secrets.push(row.s);
    }
    expect(secrets.length).toBeGreaterThan(10);
    expect(api.responses.length).toBeGreaterThan(30);
    expect(api.leaks(secrets)).toEqual([]);
  });
});
