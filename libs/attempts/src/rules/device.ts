/**
 * One active device per attempt (issue 8). Pure.
 *
 * An in-progress attempt is bound to the device that started it (the `X-Device-Id` header, or a
 * token the server gave when there was none). A request names another device when it carries a
 * device id that differs from the bound one. A request that names no device is not refused: the
 * web app sends the header on every call that matters, and a script can send any header anyway,
 * so the rule stops a second person silently answering in parallel from the web app, not a
 * forger.
 */
export function isOtherDevice(
  boundDeviceId: string | null | undefined,
  requestDeviceId: string | null | undefined,
): boolean {
  return !!boundDeviceId && !!requestDeviceId && boundDeviceId !== requestDeviceId;
}

/** The header's value as stored: trimmed, at most 200 characters; undefined when blank. */
export function normalizeDeviceId(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const value = raw.trim().slice(0, 200);
  return value === '' ? undefined : value;
}
