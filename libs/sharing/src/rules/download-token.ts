import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Download links that work as plain HTTPS links (no token header, no blob URL — Zalo's and
 * Facebook's in-app browsers and "save link as" need that): `<expiry>.<HMAC>` over what the link
 * gives and until when (docs/sharing.md). Pure; the key comes from the caller.
 */
export function downloadToken(key: Buffer, subject: string, expiresAt: Date): string {
  const exp = Math.floor(expiresAt.getTime() / 1000);
  return `${exp}.${sign(key, subject, exp)}`;
}

/** Whether `token` was made for `subject` with `key` and has not expired at `now`. */
export function checkDownloadToken(
  key: Buffer,
  subject: string,
  token: unknown,
  now: Date,
): boolean {
  if (typeof token !== 'string') return false;
  const m = token.match(/^(\d{1,12})\.([A-Za-z0-9_-]{43})$/);
  if (!m) return false;
  const exp = Number(m[1]);
  if (exp * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(sign(key, subject, exp));
  const given = Buffer.from(m[2]);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function sign(key: Buffer, subject: string, exp: number): string {
  return createHmac('sha256', key).update(`${subject}\n${exp}`).digest('base64url');
}
