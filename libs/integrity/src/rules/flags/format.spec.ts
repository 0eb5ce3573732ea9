import { formatDurationVi, formatNumberVi } from './format';

describe('formatting', () => {
  it('writes numbers the Vietnamese way', () => {
    expect(formatNumberVi(1234.56)).toBe('1.234,6');
    expect(formatNumberVi(2)).toBe('2');
    expect(formatNumberVi(108204, 0)).toBe('108.204');
    expect(formatNumberVi(-0.04)).toBe('0');
  });

  it('writes durations in minutes and seconds', () => {
    expect(formatDurationVi(42_000)).toBe('42 giây');
    expect(formatDurationVi(85_000)).toBe('1 phút 25 giây');
    expect(formatDurationVi(600_000)).toBe('10 phút');
  });
});
