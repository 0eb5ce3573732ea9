import { durationSeconds, formatCount, formatDurationMmSs } from './vietnam-time';

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
