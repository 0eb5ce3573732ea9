/**
 * The server's clock as seen from this phone: offset = serverNow − local time when the response
 * arrived. A phone whose clock is wrong (common) still counts down to the server's deadline.
 */
export interface ServerClock {
  offsetMs: number;
  now(): number;
}

export function serverClock(
  serverNowIso: string,
  receivedAt: number = Date.now(),
  localNow: () => number = Date.now,
): ServerClock {
  const offsetMs = Date.parse(serverNowIso) - receivedAt;
  return { offsetMs, now: () => localNow() + offsetMs };
}

/** Milliseconds left until `deadlineIso` by the server's clock (never negative). */
export function remainingMs(deadlineIso: string, clock: ServerClock): number {
  return Math.max(0, Date.parse(deadlineIso) - clock.now());
}
