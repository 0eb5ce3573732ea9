import {
  formatVietnamDate,
  formatVietnamDateTime,
  fromVietnamWallClock,
  toVietnamWallClock,
  vietnamClock,
  vietnamDate,
  vietnameseLongDate,
} from './vietnam-time';

describe('Vietnam time', () => {
  it('shows UTC+7 as dd/mm/yyyy hh:mm:ss', () => {
    expect(formatVietnamDateTime(new Date('2025-07-28T02:05:09Z'))).toBe('28/07/2025 09:05:09');
    expect(formatVietnamDate(new Date('2025-07-28T02:05:09Z'))).toBe('28/07/2025');
  });

  it('moves to the next day, month and year at midnight in Vietnam (17:00 UTC)', () => {
    expect(formatVietnamDateTime(new Date('2025-12-31T17:00:00Z'))).toBe('01/01/2026 00:00:00');
    expect(formatVietnamDateTime(new Date('2025-12-31T16:59:59Z'))).toBe('31/12/2025 23:59:59');
    expect(vietnamDate(new Date('2025-12-31T16:59:59.999Z'))).toBe('2025-12-31');
    expect(vietnamDate(new Date('2025-12-31T17:00:00.000Z'))).toBe('2026-01-01');
  });

  it('reads the weekday of the Vietnam day (Sunday 0)', () => {
    // 2026-11-29T17:00Z is Monday 30/11/2026 00:00 in Vietnam.
    expect(vietnamClock(new Date('2026-11-29T16:59:59Z')).weekday).toBe(0);
    expect(vietnamClock(new Date('2026-11-29T17:00:00Z')).weekday).toBe(1);
  });

  it('dates a document in Vietnam time, in words', () => {
    expect(vietnameseLongDate(new Date('2026-12-03T18:30:00Z'))).toBe('ngày 04 tháng 12 năm 2026');
  });

  it('turns a wall-clock time back into the instant', () => {
    const at = new Date('2026-12-03T18:39:02.123Z');
    expect(fromVietnamWallClock(toVietnamWallClock(at)).toISOString()).toBe(at.toISOString());
    expect(fromVietnamWallClock(Date.UTC(2026, 11, 7, 7)).toISOString()).toBe(
      '2026-12-07T00:00:00.000Z',
    );
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
