import { maskNationalId, nationalIdProblem, normalizeNationalId } from './national-id';

describe('national ID (CCCD) format', () => {
  it('accepts 12 digits with a province code and a matching birth year', () => {
    expect(nationalIdProblem('079195001234')).toBeNull();
    expect(nationalIdProblem('0791 9500 1234', 1995)).toBeNull();
    expect(nationalIdProblem('001305001234', 2005)).toBeNull();
  });

  it('refuses anything but 12 digits', () => {
    expect(nationalIdProblem('07919500123')).toContain('12 chữ số');
    expect(nationalIdProblem('07919500123a')).toContain('12 chữ số');
  });

  it('refuses an unknown province code', () => {
    expect(nationalIdProblem('003195001234')).toContain('mã tỉnh');
    expect(nationalIdProblem('099195001234')).toContain('mã tỉnh');
  });

  it("refuses a number whose birth year is not the account's", () => {
    expect(nationalIdProblem('079195001234', 1996)).toContain('năm sinh 1995');
  });

  it('normalises spacing and masks all but the last 4 digits', () => {
    expect(normalizeNationalId('079-195.001 234')).toBe('079195001234');
    expect(maskNationalId('1234')).toBe('********1234');
    expect(maskNationalId(null)).toBeNull();
  });
});
