import { describe, expect, it } from 'vitest';
import { joinVietnamDateTime } from '../console/vietnam-datetime-input';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  fromVietnamInput,
  toVietnamInput,
} from './format';

describe('Vietnamese formats', () => {
  it('writes times in Vietnam time (UTC+7), 24-hour, dd/mm/yyyy', () => {
    expect(formatDateTime('2026-07-27T17:30:00.000Z')).toBe('00:30 28/07/2026');
    expect(formatDate('2026-12-31T17:00:00.000Z')).toBe('01/01/2027');
    expect(formatDateTime('2026-12-13T14:00:00.000Z')).toBe('21:00 13/12/2026');
  });

  it('groups thousands with "." and decimals with ","', () => {
    expect(formatNumber(108204)).toBe('108.204');
    expect(formatNumber(1234567.5)).toBe('1.234.567,5');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-1500)).toBe('-1.500');
  });

  it('shows durations as mm:ss, and h:mm:ss past an hour', () => {
    expect(formatDuration(83_400)).toBe('01:23');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('00:00');
  });

  it('reads organizer input as Vietnam time', () => {
    expect(fromVietnamInput('2026-12-07T07:00')).toBe('2026-12-07T00:00:00.000Z');
    expect(toVietnamInput('2026-12-13T14:00:00.000Z')).toBe('2026-12-13T21:00');
    expect(joinVietnamDateTime('7/12/2026', '7:00')).toBe('2026-12-07T07:00');
    expect(joinVietnamDateTime('31/02/2026', '07:00')).toBe('');
    expect(joinVietnamDateTime('07/12/2026', '24:00')).toBe('');
  });
});
