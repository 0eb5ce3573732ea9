import { createHash } from 'node:crypto';
import { normalizePhone } from '../users/phone';

/** A login as typed, normalised: e-mails lower-cased, phone numbers as +84…. */
export function normalizeLogin(login: string): string {
  const text = login.trim();
  return text.includes('@') ? text.toLowerCase() : (normalizePhone(text) ?? text.toLowerCase());
}

/** Who is signing in from where: the client IP and, when sent, the device id (`X-Device-Id`). */
export interface LoginClient {
  ip?: string;
  deviceId?: string;
}

/** The client of a request: `req.ip` (TRUST_PROXY decides which) and the `X-Device-Id` header. */
export function loginClientOf(req: {
  ip?: string;
  headers: Record<string, string | string[] | undefined>;
}): LoginClient {
  const raw = req.headers['x-device-id'];
  const deviceId = typeof raw === 'string' ? raw.trim().slice(0, 200) : '';
  return { ip: req.ip, deviceId: deviceId || undefined };
}

/**
 * The client as remembered with a session and counted with failures: its device id when it sends
 * one (a phone keeps it across networks), else its IP. A SHA-256, never the raw value.
 */
export function clientHash(client: LoginClient): string {
  const subject = client.deviceId ? `device:${client.deviceId}` : `ip:${client.ip ?? ''}`;
  return createHash('sha256').update(subject, 'utf8').digest('hex');
}

/** The counter of one account's failures from one client (IP and device id together). */
export function clientFailureKey(accountKey: string, client: LoginClient): string {
  return createHash('sha256')
    .update(`${accountKey}|${client.ip ?? ''}|${client.deviceId ?? ''}`, 'utf8')
    .digest('hex');
}

/**
 * How long a sign-in from one of the owner's known devices waits once the account has had
 * `excess` failures beyond the limit: 250 ms, doubling, at most 8 s. Slower, never locked.
 */
export function knownDeviceDelayMs(excess: number): number {
  if (excess <= 0) return 0;
  return Math.min(250 * 2 ** Math.min(excess - 1, 10), 8_000);
}

/**
 * The counter a failed login counts against: the account when the login names one (its e-mail
 * and every spelling of its phone share one counter), else the normalised login itself (so
 * unknown logins behave exactly like known ones). A SHA-256, so counters never hold an address.
 */
export function failureKey(login: string, userId?: string | null): string {
  const subject = userId ? `user:${userId}` : `login:${normalizeLogin(login)}`;
  return createHash('sha256').update(subject, 'utf8').digest('hex');
}
