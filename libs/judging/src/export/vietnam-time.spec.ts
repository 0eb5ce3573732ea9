import {
  durationSeconds,
  formatCount,
  formatDurationMmSs,
  formatVietnamDateTime,
} from './vietnam-time';

describe('formatVietnamDateTime', () => {
  it('shows UTC+7 as dd/mm/yyyy hh:mm:ss', () => {
    expect(formatVietnamDateTime(new Date('2025-07-28T02:05:09Z'))).toBe('28/07/2025 09:05:09');
  });

  it('moves to the next day, month and year across midnight in Vietnam', () => {
    expect(formatVietnamDateTime(new Date('2025-12-31T17:00:00Z'))).toBe('01/01/2026 00:00:00');
    expect(formatVietnamDateTime(new Date('2025-12-31T16:59:59Z'))).toBe('31/12/2025 23:59:59');
  });

  it('does not depend on the time zone of the server', () => {
    const original = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      expect(formatVietnamDateTime(new Date('2025-03-09T07:30:00Z'))).toBe('09/03/2025 14:30:00');
    } finally {
      process.env.TZ = original;
    }
  });
});

describe('formatDurationMmSs', () => {
  it('shows minutes and seconds, rounding milliseconds down', () => {
    expect(formatDurationMmSs(0)).toBe('00:00');
    expect(formatDurationMmSs(59_999)).toBe('00:59');
    expect(formatDurationMmSs(312_456)).toBe('05:12');
  });

  it('lets minutes pass 59 for long attempts', () => {
    expect(formatDurationMmSs(75 * 60_000 + 3_000)).toBe('75:03');
  });
});

describe('durationSeconds', () => {
  it('keeps millisecond precision', () => {
    expect(durationSeconds(312_456)).toBe(312.456);
    expect(durationSeconds(-5)).toBe(0);
  });
});

describe('formatCount', () => {
  it('groups thousands with a dot', () => {
    expect(formatCount(108204)).toBe('108.204');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1.234.567');
  });
});
