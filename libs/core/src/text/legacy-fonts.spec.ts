import {
  detectLegacyFont,
  isUpperCaseLegacyFont,
  legacyToUnicode,
  tcvn3ToUnicode,
  unicodeToTcvn3,
  unicodeToVni,
  vniToUnicode,
} from './legacy-fonts';

const WORDS = [
  'Công đoàn Việt Nam',
  'Người lao động',
  'Điện',
  'Đúng',
  'Tổng Liên đoàn Lao động Việt Nam',
  'Sử dụng điện an toàn, tiết kiệm, hiệu quả',
  'Luật Công đoàn năm 2012 có hiệu lực từ ngày 01/01/2013',
  'ắ ằ ẳ ẵ ặ ấ ầ ẩ ẫ ậ ế ề ể ễ ệ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ứ ừ ử ữ ự ỳ ỷ ỹ ỵ ý ĩ ị ỉ ì í',
];

describe('detectLegacyFont', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnTimeH', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    ['.VnCentury Schoolbook', 'tcvn3'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['Times New Roman', null],
    ['Arial', null],
    ['', null],
    [undefined, null],
  ])('reads the font "%s" as %s', (font, expected) => {
    expect(detectLegacyFont(font)).toBe(expected);
  });

  it('recognises the upper-case TCVN3 twin fonts', () => {
    expect(isUpperCaseLegacyFont('.VnTimeH')).toBe(true);
    expect(isUpperCaseLegacyFont('.VnArialH')).toBe(true);
    expect(isUpperCaseLegacyFont('.VnTime')).toBe(false);
    expect(isUpperCaseLegacyFont('VNI-Times')).toBe(false);
  });
});

describe('tcvn3ToUnicode', () => {
  it('converts hand-written TCVN3 text', () => {
    expect(tcvn3ToUnicode('ViÖt Nam')).toBe('Việt Nam');
    expect(tcvn3ToUnicode('C«ng ®oµn')).toBe('Công đoàn');
    expect(tcvn3ToUnicode('Ng\u00ADêi lao ®éng')).toBe('Người lao động');
    expect(tcvn3ToUnicode('§iÖn')).toBe('Điện');
    expect(tcvn3ToUnicode('§óng')).toBe('Đúng');
  });

  it.each(WORDS)('round-trips "%s"', (word) => {
    const encoded = unicodeToTcvn3(word);
    expect(encoded).not.toBe(word);
    expect(tcvn3ToUnicode(encoded)).toBe(word);
  });

  it('writes upper-case fonts in capitals', () => {
    expect(tcvn3ToUnicode('c«ng ®oµn viÖt nam', { upperCase: true })).toBe('CÔNG ĐOÀN VIỆT NAM');
    expect(legacyToUnicode('®iÖn', 'tcvn3', { upperCase: true })).toBe('ĐIỆN');
  });

  it('reads characters Word stored in the private use area', () => {
    expect(tcvn3ToUnicode('Vi\uF0D6t')).toBe('Việt');
  });

  it('leaves plain ASCII alone', () => {
    expect(tcvn3ToUnicode('A. 220V; B. 380V')).toBe('A. 220V; B. 380V');
  });
});

describe('vniToUnicode', () => {
  it('converts hand-written VNI text', () => {
    expect(vniToUnicode('Vieät Nam')).toBe('Việt Nam');
    expect(vniToUnicode('Coâng ñoaøn')).toBe('Công đoàn');
    expect(vniToUnicode('Ngöôøi lao ñoäng')).toBe('Người lao động');
    expect(vniToUnicode('Ñieän')).toBe('Điện');
    expect(vniToUnicode('Ñuùng')).toBe('Đúng');
    expect(vniToUnicode('MIEÃN, GIAÛM TRAÙCH NHIEÄM HÌNH SÖÏ')).toBe(
      'MIỄN, GIẢM TRÁCH NHIỆM HÌNH SỰ',
    );
    expect(vniToUnicode('Ñònh nghóa')).toBe('Định nghĩa');
    expect(vniToUnicode('thuôû')).toBe('thuở');
  });

  it.each(WORDS)('round-trips "%s"', (word) => {
    const encoded = unicodeToVni(word);
    expect(encoded).not.toBe(word);
    expect(vniToUnicode(encoded)).toBe(word);
  });

  it('round-trips every capital', () => {
    const capitals = 'ẮẰẲẴẶẤẦẨẪẬẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰỲỶỸỴÝĨỊỈÌÍĂÂÊÔƠƯĐ';
    expect(vniToUnicode(unicodeToVni(capitals))).toBe(capitals);
  });

  it('accepts a lower-case mark after a capital letter', () => {
    expect(vniToUnicode('Aù')).toBe('Á');
  });
});
