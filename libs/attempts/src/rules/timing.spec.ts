import { attemptDurationMs, computeDeadline, isPastGrace } from './timing';

const t = (s: string) => new Date(`2026-12-07T${s}Z`);

describe('attempt timing', () => {
  it('sets the deadline to start + time limit when the round closes later', () => {
    expect(
      computeDeadline({
        startedAt: t('10:00:00'),
        timeLimitSec: 900,
        roundClosesAt: t('14:00:00'),
      }),
    ).toEqual(t('10:15:00'));
  });

  it('cuts the deadline at the round close', () => {
    expect(
      computeDeadline({
        startedAt: t('13:50:00'),
        timeLimitSec: 900,
        roundClosesAt: t('14:00:00'),
      }),
    ).toEqual(t('14:00:00'));
  });

  it('accepts answers during the 10 s grace after the deadline and refuses them after', () => {
    expect(isPastGrace(t('10:15:10'), t('10:15:00'))).toBe(false);
    expect(isPastGrace(t('10:15:10.001'), t('10:15:00'))).toBe(true);
  });

  it('counts the time used up to the submission', () => {
    expect(
      attemptDurationMs({
        startedAt: t('10:00:00'),
        submittedAt: t('10:04:30'),
        deadlineAt: t('10:15:00'),
        autoSubmitted: false,
      }),
    ).toBe(270_000);
  });

  it('never counts beyond the deadline for a submission in the grace period', () => {
    expect(
      attemptDurationMs({
        startedAt: t('10:00:00'),
        submittedAt: t('10:15:05'),
        deadlineAt: t('10:15:00'),
        autoSubmitted: false,
      }),
    ).toBe(900_000);
  });

  it('gives an attempt closed by the server its full time', () => {
    expect(
      attemptDurationMs({
        startedAt: t('10:00:00'),
        submittedAt: t('10:16:00'),
        deadlineAt: t('10:15:00'),
        autoSubmitted: true,
      }),
    ).toBe(900_000);
  });

  it('never reports a negative time used', () => {
    expect(
      attemptDurationMs({
        startedAt: t('10:00:00'),
        submittedAt: t('09:59:59'),
        deadlineAt: t('10:15:00'),
        autoSubmitted: false,
      }),
    ).toBe(0);
  });
});
