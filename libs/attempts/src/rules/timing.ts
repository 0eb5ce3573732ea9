/**
 * The clock rules of an attempt. The server's clock is the only one that counts.
 * - deadlineAt = min(startedAt + time limit, round close);
 * - answers are accepted until deadlineAt + the grace (ATTEMPT_GRACE_SECONDS, default
 *   DEFAULT_GRACE_SECONDS in @app/core: network latency of a phone);
 * - durationMs is the time used: up to the submission, never beyond the deadline; an attempt
 *   closed by the server used its full time.
 */
import { DEFAULT_GRACE_SECONDS } from '@app/core';

export function computeDeadline(input: {
  startedAt: Date;
  timeLimitSec: number;
  roundClosesAt: Date;
}): Date {
  const byLimit = input.startedAt.getTime() + input.timeLimitSec * 1000;
  return new Date(Math.min(byLimit, input.roundClosesAt.getTime()));
}

/**
 * The same two rules for statements that decide on the database's clock (the start, the answer
 * save, integrity events, the sweeper): SQL expressions built here, next to the functions above,
 * so that each rule is written in one place.
 */
export const timingSql = {
  /** computeDeadline() in SQL: `LEAST(start + limit, close)`. */
  deadline: (startedAt: string, timeLimitSec: string, roundClosesAt: string): string =>
    `LEAST(${startedAt} + make_interval(secs => ${timeLimitSec}), ${roundClosesAt})`,
  /** NOT isPastGrace() in SQL: the moment is at most deadline + grace. */
  withinGrace: (at: string, deadlineAt: string, graceSeconds: string): string =>
    `${at} <= ${deadlineAt} + make_interval(secs => ${graceSeconds})`,
  /** isPastGrace() in SQL, with the deadline column alone on one side (an index can serve it). */
  pastGrace: (at: string, deadlineAt: string, graceSeconds: string): string =>
    `${deadlineAt} < ${at} - make_interval(secs => ${graceSeconds})`,
};

export function isPastGrace(
  now: Date,
  deadlineAt: Date,
  graceSeconds = DEFAULT_GRACE_SECONDS,
): boolean {
  return now.getTime() > deadlineAt.getTime() + graceSeconds * 1000;
}

export function attemptDurationMs(input: {
  startedAt: Date;
  submittedAt: Date;
  deadlineAt: Date;
  autoSubmitted: boolean;
}): number {
  const end = input.autoSubmitted
    ? input.deadlineAt.getTime()
    : Math.min(input.submittedAt.getTime(), input.deadlineAt.getTime());
  return Math.max(0, end - input.startedAt.getTime());
}
