import { createHmac, createSecretKey } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { AccessRevocationService } from '../revocation/access-revocation.service';
import { RevocationList } from '../revocation/revocation-list';
import { AccessTokenVerifier, bearerToken } from './access-token.verifier';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

describe('AccessTokenVerifier', () => {
  const jwt = new JwtService({
    secret: createSecretKey(Buffer.from(SECRET)) as unknown as string,
    signOptions: { algorithm: 'HS256', expiresIn: 60 },
  });
  let verifier: AccessTokenVerifier;
  let revocations: RevocationList;
  beforeEach(() => {
    revocations = new RevocationList();
    verifier = new AccessTokenVerifier(jwt, revocations as unknown as AccessRevocationService);
  });
  afterEach(() => jest.restoreAllMocks());

  it('accepts a genuine access token and returns who it names', () => {
    const token = jwt.sign({ sub: 'u-1', roles: ['participant'], typ: 'access' });
    expect(verifier.verify(token)).toEqual({ id: 'u-1', roles: ['participant'] });
    // The second use comes from the cache and says the same.
    expect(verifier.verify(token)).toEqual({ id: 'u-1', roles: ['participant'] });
  });

  it('refuses a remembered token once it has expired', () => {
    const token = jwt.sign({ sub: 'u-1', roles: ['participant'], typ: 'access' });
    expect(verifier.verify(token)).not.toBeNull();
    const later = Date.now() + 61_000;
    jest.spyOn(Date, 'now').mockReturnValue(later);
    expect(verifier.verify(token)).toBeNull();
    expect(verifier.verify(token)).toBeNull();
  });

  it('refuses a remembered token once its version is older than the user’s, and a revoked user’s', () => {
    const token = jwt.sign({ sub: 'u-1', roles: ['admin'], typ: 'access', ver: 1 });
    const older = jwt.sign({ sub: 'u-1', roles: ['admin'], typ: 'access' });
    expect(verifier.verify(token)).not.toBeNull();
    expect(verifier.verify(older)).not.toBeNull();
    revocations.apply([{ userId: 'u-1', tokenVersion: 2, revoked: false, changedAt: new Date() }]);
    expect(verifier.verify(token)).toBeNull();
    expect(verifier.verify(older)).toBeNull();
    const fresh = jwt.sign({ sub: 'u-1', roles: ['participant'], typ: 'access', ver: 2 });
    expect(verifier.verify(fresh)).toEqual({ id: 'u-1', roles: ['participant'] });
    revocations.apply([{ userId: 'u-1', tokenVersion: 2, revoked: true, changedAt: new Date() }]);
    expect(verifier.verify(fresh)).toBeNull();
    expect(
      verifier.verify(jwt.sign({ sub: 'u-2', roles: [], typ: 'access', ver: 'x' })),
    ).toBeNull();
  });

  it('refuses alg none, another key, a tampered payload, other token types and no expiry', () => {
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'u-1', roles: ['admin'], typ: 'access', exp: 9e9 })}.`;
    expect(verifier.verify(none)).toBeNull();

    const other = new JwtService({ secret: 'another-secret-another-secret-another-secret' });
    expect(
      verifier.verify(
        other.sign({ sub: 'u-1', roles: ['admin'], typ: 'access' }, { expiresIn: 60 }),
      ),
    ).toBeNull();

    const genuine = jwt.sign({ sub: 'u-1', roles: ['participant'], typ: 'access' });
    const [h, , s] = genuine.split('.');
    const forged = `${h}.${b64({ sub: 'u-1', roles: ['admin'], typ: 'access', exp: 9e9 })}.${s}`;
    expect(verifier.verify(forged)).toBeNull();

    expect(verifier.verify(jwt.sign({ sub: 'u-1', roles: [], typ: 'refresh' }))).toBeNull();
    expect(verifier.verify(jwt.sign({ sub: 42, roles: [], typ: 'access' }))).toBeNull();

    const header = b64({ alg: 'HS256', typ: 'JWT' });
    const body = b64({ sub: 'u-1', roles: ['participant'], typ: 'access' });
    const mac = createHmac('sha256', SECRET).update(`${header}.${body}`).digest('base64url');
    expect(verifier.verify(`${header}.${body}.${mac}`)).toBeNull();

    expect(verifier.verify('x'.repeat(5000))).toBeNull();
    expect(verifier.verify('not-a-token')).toBeNull();
  });

  it('reads the bearer token of an Authorization header', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer   abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken('Bearer a b')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
