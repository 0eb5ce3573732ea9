import {
  generateShortCode,
  normalizeShortCode,
  normalizeSource,
  SHORT_CODE_ALPHABET,
} from './short-code';

describe('short codes', () => {
  it('uses no confusable characters', () => {
    for (const c of ['0', 'o', '1', 'l', 'i', 'O', 'I'])
      expect(SHORT_CODE_ALPHABET).not.toContain(c);
  });

  it('makes 7-character codes from the alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateShortCode();
      expect(code).toMatch(/^[23456789abcdefghjkmnpqrstuvwxyz]{7}$/);
      expect(normalizeShortCode(code)).toBe(code);
    }
  });

  it('accepts 6 to 8 characters in any case and refuses the rest', () => {
    expect(normalizeShortCode('ABC234')).toBe('abc234');
    expect(normalizeShortCode(' abc2345x ')).toBe('abc2345x');
    expect(normalizeShortCode('abc23')).toBeNull();
    expect(normalizeShortCode('abc234567')).toBeNull();
    expect(normalizeShortCode('abc10o')).toBeNull();
    expect(normalizeShortCode('../etc')).toBeNull();
  });
});

describe('sources', () => {
  it('keeps simple channel names in lower case', () => {
    expect(normalizeSource('Zalo-OA')).toBe('zalo-oa');
    expect(normalizeSource('facebook_page.1')).toBe('facebook_page.1');
  });

  it('ignores missing, odd or long values', () => {
    expect(normalizeSource(undefined)).toBeNull();
    expect(normalizeSource(['zalo'])).toBeNull();
    expect(normalizeSource('')).toBeNull();
    expect(normalizeSource('<script>')).toBeNull();
    expect(normalizeSource('a'.repeat(41))).toBeNull();
  });
});
