import { compareKey, questionSearchText, searchPatterns, toSearchText } from './search-text';

describe('search text', () => {
  it('drops tones, đ and case for search', () => {
    expect(toSearchText('  Sử dụng ĐIỆN  an toàn ')).toBe('su dung dien an toan');
    // decomposed input (as some Word files carry it) gives the same text
    expect(toSearchText('Điện'.normalize('NFD'))).toBe('dien');
  });

  it('keeps tones in the duplicate key but ignores case and spacing', () => {
    expect(compareKey('Hà\u00a0 Nội')).toBe(compareKey('hà nội'));
    expect(compareKey('Ba')).not.toBe(compareKey('Bà'));
    expect(compareKey('Hoà bình')).toBe(compareKey('hòa bình'));
    expect(compareKey('“Đúng”')).toBe(compareKey('"đúng"'));
  });

  it('makes one escaped LIKE pattern per distinct word', () => {
    expect(searchPatterns('Điện  an toàn điện')).toEqual(['%dien%', '%an%', '%toan%']);
    expect(searchPatterns('50%_off\\')).toEqual(['%50\\%\\_off\\\\%']);
    expect(searchPatterns('   ')).toEqual([]);
  });

  it('indexes prompt, options and accepted answers', () => {
    expect(
      questionSearchText({
        prompt: 'Điện áp?',
        options: [{ text: '220 V' }],
        acceptedAnswers: ['Hai trăm hai mươi'],
      }),
    ).toBe('dien ap?\n220 v\nhai tram hai muoi');
  });
});
