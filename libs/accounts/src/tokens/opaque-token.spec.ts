import { generateOpaqueToken, hashOpaqueToken, looksLikeOpaqueToken } from './opaque-token';

describe('opaque tokens', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const a = generateOpaqueToken();
    const b = generateOpaqueToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(looksLikeOpaqueToken(a)).toBe(true);
  });

  it('are stored as a SHA-256 hash that does not contain the token', () => {
    const token = generateOpaqueToken();
    const hash = hashOpaqueToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(hashOpaqueToken(token));
    expect(hash).not.toContain(token);
  });

  it('refuses malformed tokens before any lookup', () => {
    expect(looksLikeOpaqueToken('short')).toBe(false);
    expect(looksLikeOpaqueToken(`${'a'.repeat(42)}=`)).toBe(false);
    expect(looksLikeOpaqueToken(42)).toBe(false);
  });
});
