import { loadConfig } from './load-config';

describe('loadConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    const config = loadConfig({});
    expect(config.http.port).toBe(3000);
    expect(config.http.publicUrl).toBe('http://localhost:3000');
    expect(config.database.url).toBeUndefined();
    expect(config.seedDemo).toBe(true);
    expect(config.redis.url).toBeUndefined();
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('turns demo seeding off by default when an external database is used', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/x' });
    expect(config.seedDemo).toBe(false);
  });

  it.each([
    [{ PORT: 'abc' }, /^Configuration error: PORT must be a whole number/],
    [{ PORT: '70000' }, /^Configuration error: PORT must be between 0 and 65535/],
    [{ DATABASE_URL: 'mysql://x' }, /^Configuration error: DATABASE_URL must start with postgres:/],
    [{ DATABASE_URL: 'not a url' }, /^Configuration error: DATABASE_URL is not a valid URL/],
    [{ REDIS_URL: 'http://x' }, /^Configuration error: REDIS_URL must start with redis:/],
    [{ SEED_DEMO: 'maybe' }, /^Configuration error: SEED_DEMO must be true or false/],
    [{ JWT_SECRET: 'short' }, /^Configuration error: JWT_SECRET must be at least 32/],
    [{ ADMIN_EMAIL: 'a@b.vn' }, /^Configuration error: ADMIN_PASSWORD must be set together/],
    [{ SMTP_URL: 'ftp://x' }, /^Configuration error: SMTP_URL must start with smtp:/],
    [{ NATIONAL_ID_KEY: 'abc' }, /^Configuration error: NATIONAL_ID_KEY must be 32 bytes/],
    [{ METRICS_TOKEN: 'short' }, /^Configuration error: METRICS_TOKEN must be at least 16/],
    [{ METRICS_PORT: '0' }, /^Configuration error: METRICS_PORT must be between 1 and 65535/],
    [{ PORT: '4000', METRICS_PORT: '4000' }, /^Configuration error: METRICS_PORT must differ/],
  ])('fails fast on %j with a one-line message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('binds to HOST when set, every interface otherwise, and refuses a malformed HOST', () => {
    expect(loadConfig({}).http.host).toBeUndefined();
    expect(loadConfig({ HOST: '127.0.0.1' }).http.host).toBe('127.0.0.1');
    expect(() => loadConfig({ HOST: 'a b' })).toThrow('HOST');
  });

  it('reads NATIONAL_ID_KEY as hex or base64', () => {
    const hex = 'ab'.repeat(32);
    expect(loadConfig({ NATIONAL_ID_KEY: hex }).auth.nationalIdKey).toEqual(
      Buffer.from(hex, 'hex'),
    );
    const b64 = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ NATIONAL_ID_KEY: b64 }).auth.nationalIdKey).toEqual(Buffer.alloc(32, 7));
  });

  it('strips a trailing slash from PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://thi.ldld.vn/' }).http.publicUrl).toBe(
      'https://thi.ldld.vn',
    );
  });

  it('keeps sign-in limits generous by default (many honest people share one IP)', () => {
    const { rateLimit, mail } = loadConfig({});
    expect(rateLimit).toMatchObject({
      windowSec: 60,
      loginPerIp: 300,
      registerPerIp: 100,
      forgotPasswordPerIp: 20,
      refreshPerIp: 600,
      loginFailuresPerAccount: 10,
      loginFailuresPerAccountAllClients: 50,
      loginFailureWindowSec: 900,
    });
    expect(mail).toMatchObject({ pollIntervalMs: 1000, maxAttempts: 10, retryBaseSec: 10 });
    expect(loadConfig({ RATE_LIMIT_LOGIN: '5', LOGIN_MAX_FAILURES: '3' }).rateLimit).toMatchObject({
      loginPerIp: 5,
      loginFailuresPerAccount: 3,
    });
    expect(() => loadConfig({ RATE_LIMIT_LOGIN: '0' })).toThrow(
      /^Configuration error: RATE_LIMIT_LOGIN/,
    );
    expect(() => loadConfig({ MAIL_POLL_MS: 'fast' })).toThrow(
      /^Configuration error: MAIL_POLL_MS/,
    );
  });
});
