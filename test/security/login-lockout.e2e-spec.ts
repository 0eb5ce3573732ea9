import request from 'supertest';
import { linkToken, startSmtpServer, type TestSmtp } from '../helpers/smtp';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser, type TestUser } from '../helpers/users';

jest.setTimeout(60_000);

/**
 * Nobody can lock the owner out (docs/security.md): failures count per account and client; a
 * client that keeps guessing is refused on its own, the owner's known devices are slowed down but
 * get in, new devices are refused once the account has many failures, and the owner is mailed a
 * sign-in link that bypasses the lock.
 */
describe('sign-in lockout per account and client (e2e)', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let owner: TestUser;
  const HOME = '10.20.30.40';

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      MAIL_POLL_MS: '200',
      TRUST_PROXY: '1',
      LOGIN_MAX_FAILURES: '3',
      LOGIN_MAX_ACCOUNT_FAILURES: '6',
    });
    owner = await createUser(t);
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const login = (ip: string, password: string, deviceId?: string) => {
    const req = request(t.baseUrl).post('/api/auth/login').set('X-Forwarded-For', ip);
    if (deviceId) req.set('X-Device-Id', deviceId);
    return req.send({ login: owner.email, password });
  };

  it('refuses only the client that keeps guessing, never the owner’s known device', async () => {
    await login(HOME, owner.password).expect(200); // the owner's phone, now a known device
    for (let i = 0; i < 3; i++) await login('10.66.0.1', `sai-${i}`).expect(401);
    const attacker = await login('10.66.0.1', owner.password);
    expect([attacker.status, attacker.body.code]).toEqual([429, 'RATE_LIMITED']);
    // Another device id from the same address is another client, counted on its own.
    await login('10.66.0.1', 'sai-nua', 'may-khac').expect(401);
    await login(HOME, owner.password).expect(200);
  });

  it('refuses new devices once the account has many failures, slows the known one, and mails a sign-in link', async () => {
    for (let i = 1; i <= 6; i++) await login(`10.77.0.${i}`, `doan-${i}`).expect(401);
    const seventh = await login('10.77.0.7', 'doan-7');
    expect([seventh.status, seventh.body.code]).toEqual([429, 'RATE_LIMITED']);
    const newDevice = await login('10.88.0.1', owner.password);
    expect([newDevice.status, newDevice.body.code]).toEqual([429, 'RATE_LIMITED']);

    const mail = await smtp.waitForMail(owner.email, /Đăng nhập HoiThi/);
    const token = linkToken(mail, 'dang-nhap-bang-lien-ket');

    // The owner's known device still gets in (after a growing delay).
    const started = Date.now();
    await login(HOME, owner.password).expect(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);

    // The link signs the owner in from the new device, once.
    const linked = await request(t.baseUrl)
      .post('/api/auth/sign-in-link')
      .set('X-Forwarded-For', '10.88.0.1')
      .send({ token })
      .expect(200);
    expect(linked.body.user.id).toBe(owner.id);
    const again = await request(t.baseUrl).post('/api/auth/sign-in-link').send({ token });
    expect([again.status, again.body.code]).toEqual([400, 'TOKEN_INVALID']);
    expect(smtp.messages.filter((m) => /Đăng nhập HoiThi/.test(m.subject))).toHaveLength(1);
  });
});
