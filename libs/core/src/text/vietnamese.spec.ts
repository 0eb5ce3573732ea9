import { normalizeForCompare, removeDiacritics, sameText, unifyTonePlacement } from './vietnamese';

describe('normalizeForCompare', () => {
  it('treats precomposed and decomposed Unicode as the same text', () => {
    const decomposed = 'Vie\u0323\u0302t Nam';
    expect(decomposed).not.toBe('Việt Nam');
    expect(normalizeForCompare(decomposed)).toBe(normalizeForCompare('Việt Nam'));
  });

  it.each([
    ['hoà', 'hòa'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['uỷ', 'ủy'],
    ['Uỷ ban', 'ủy ban'],
    ['Hoà bình', 'hòa bình'],
    ['loà xoà', 'lòa xòa'],
    ['luỹ tre', 'lũy tre'],
    ['tuỳ ý', 'tùy ý'],
    ['hoạ sĩ', 'họa sĩ'],
  ])('treats the old tone placement "%s" as the new "%s"', (oldStyle, newStyle) => {
    expect(normalizeForCompare(oldStyle)).toBe(normalizeForCompare(newStyle));
    expect(normalizeForCompare(oldStyle)).toBe(newStyle.toLowerCase());
  });

  it('leaves the tone where both placements agree (closed syllables, qu-)', () => {
    expect(normalizeForCompare('hoàn toàn')).toBe('hoàn toàn');
    expect(normalizeForCompare('thuyền')).toBe('thuyền');
    expect(normalizeForCompare('quý')).toBe('quý');
    expect(normalizeForCompare('quà')).toBe('quà');
    expect(normalizeForCompare('khoái')).toBe('khoái');
  });

  it('does not merge words that differ only in tone', () => {
    expect(normalizeForCompare('hoà')).not.toBe(normalizeForCompare('hoa'));
    expect(normalizeForCompare('ma')).not.toBe(normalizeForCompare('mà'));
  });

  it('collapses spaces, tabs, line breaks, non-breaking and zero-width spaces and trims', () => {
    expect(normalizeForCompare('  Công\u00A0đoàn \t Việt\u200B\nNam\u202F ')).toBe(
      'công đoàn việt nam',
    );
    expect(normalizeForCompare('Đi\u200Bện')).toBe('điện');
    expect(normalizeForCompare('\uFEFFNgười lao động')).toBe('người lao động');
  });

  it('turns curly quotes into straight ones and every dash into a hyphen', () => {
    expect(normalizeForCompare('“Đúng” – ‘Sai’ — x−y')).toBe('"đúng" - \'sai\' - x-y');
  });

  it('folds case, Vietnamese capitals included', () => {
    expect(normalizeForCompare('ĐIỆN ÁP 220V')).toBe('điện áp 220v');
    expect(sameText('CÔNG ĐOÀN', 'công đoàn')).toBe(true);
  });

  it('keeps diacritics unless asked to ignore tones', () => {
    expect(normalizeForCompare('Đúng')).toBe('đúng');
    expect(normalizeForCompare('Đúng', { toneInsensitive: true })).toBe('dung');
    expect(normalizeForCompare('Người lao động', { toneInsensitive: true })).toBe('nguoi lao dong');
    expect(sameText('Hòa Bình', 'hoa binh')).toBe(false);
    expect(sameText('Hoà Bình', 'hoa binh', { toneInsensitive: true })).toBe(true);
  });

  it('returns an empty string for blank input', () => {
    expect(normalizeForCompare(' \u00A0\u200B\t')).toBe('');
  });
});

describe('unifyTonePlacement', () => {
  it('moves the tone of open oa/oe/uy syllables to the first vowel and keeps case', () => {
    expect(unifyTonePlacement('Hoà THUỶ khoẻ')).toBe('Hòa THỦY khỏe');
  });
});

describe('removeDiacritics', () => {
  it('drops tones and hats and turns đ into d, keeping case', () => {
    expect(removeDiacritics('Công đoàn Việt Nam')).toBe('Cong doan Viet Nam');
    expect(removeDiacritics('ĐIỆN ƯU TIÊN')).toBe('DIEN UU TIEN');
    expect(removeDiacritics('Người lao động')).toBe('Nguoi lao dong');
  });

  it('leaves text without diacritics unchanged', () => {
    expect(removeDiacritics('220V - 380V')).toBe('220V - 380V');
  });
});
