/**
 * One active device per attempt (issue 8; docs/security.md, "Other hardening"). Pure.
 *
 * An in-progress attempt is bound to the device that started it (the `X-Device-Id` header, or a
 * token the server gave when there was none). Once an attempt is bound, a request is from
 * another device unless it names the bound device: a request that names no device is refused
 * like one naming another device (issue 15), so leaving the header out does not get around the
 * rule. The web app sends the header on every attempt call. An attempt bound to no device (one
 * started before devices were recorded) accepts any request.
 */
export function isOtherDevice(
  boundDeviceId: string | null | undefined,
  requestDeviceId: string | null | undefined,
): boolean {
  return !!boundDeviceId && boundDeviceId !== requestDeviceId;
}

/** The SQL form of the rule, for the statements that check it while they write. */
export const deviceSql = {
  /** True when a request naming `requestSql` (text, may be NULL) may write to an attempt bound to `boundSql`: the negation of isOtherDevice. */
  sameDevice: (boundSql: string, requestSql: string): string =>
    `(${boundSql} IS NULL OR ${boundSql} = ${requestSql}) IS TRUE`,
};

/** The header's value as stored: trimmed, at most 200 characters; undefined when blank. */
export function normalizeDeviceId(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim().slice(0, 200);
  return value === '' ? undefined : value;
}
