import { createHash } from 'node:crypto';
import { normalizePhone } from '../users/phone';

/** A login as typed, normalised: e-mails lower-cased, phone numbers as +84…. */
export function normalizeLogin(login: string): string {
  const text = login.trim();
  return text.includes('@') ? text.toLowerCase() : (normalizePhone(text) ?? text.toLowerCase());
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
