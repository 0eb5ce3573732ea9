import { checkDownloadToken, downloadToken } from './download-token';

const key = Buffer.from('k'.repeat(32));
const now = new Date('2026-12-03T10:00:00Z');
const later = new Date('2026-12-04T10:00:00Z');

describe('download tokens', () => {
  it('opens what it was made for until it expires', () => {
    const token = downloadToken(key, 'poster:a', later);
    expect(checkDownloadToken(key, 'poster:a', token, now)).toBe(true);
    expect(checkDownloadToken(key, 'poster:a', token, later)).toBe(false);
  });

  it('opens nothing else: another subject, another key, a changed expiry or signature', () => {
    const token = downloadToken(key, 'poster:a', later);
    expect(checkDownloadToken(key, 'poster:b', token, now)).toBe(false);
    expect(checkDownloadToken(Buffer.from('x'.repeat(32)), 'poster:a', token, now)).toBe(false);
    const [exp, sig] = token.split('.');
    expect(checkDownloadToken(key, 'poster:a', `${Number(exp) + 3600}.${sig}`, now)).toBe(false);
    const flipped = sig[0] === 'A' ? `B${sig.slice(1)}` : `A${sig.slice(1)}`;
    expect(checkDownloadToken(key, 'poster:a', `${exp}.${flipped}`, now)).toBe(false);
    expect(checkDownloadToken(key, 'poster:a', undefined, now)).toBe(false);
    expect(checkDownloadToken(key, 'poster:a', 'nope', now)).toBe(false);
  });
});
