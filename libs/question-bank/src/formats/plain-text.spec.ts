import { cleanMultiline, collapseSpaces, htmlToText, stripListPunctuation } from './plain-text';

describe('htmlToText', () => {
  it('drops script and style elements with their content and keeps escaped markup as text', () => {
    const { text } = htmlToText(
      '<p>Câu <b>hỏi</b></p><script>alert("x")</script><style>p{}</style><p>&lt;img onerror=x&gt; &amp; &#7879;&nbsp;x</p>',
    );
    expect(text).toBe('Câu hỏi\n<img onerror=x> & ệ x');
  });

  it('turns line breaks and block ends into new lines and notes images', () => {
    expect(htmlToText('Dòng 1<br/>Dòng 2<div>Dòng 3</div>')).toEqual({
      text: 'Dòng 1\nDòng 2Dòng 3',
      hadImage: false,
    });
    expect(htmlToText('<img src="a.png">')).toEqual({ text: '[Hình ảnh]', hadImage: true });
  });
});

describe('whitespace helpers', () => {
  it('collapses every kind of space', () => {
    expect(collapseSpaces(' a\u00A0\u00A0b\t c\u200B ')).toBe('a b c');
    expect(collapseSpaces('đã gọn')).toBe('đã gọn');
  });

  it('keeps single blank lines between paragraphs only', () => {
    expect(cleanMultiline('\n\n a  b \r\n\r\n\r\n c \n\n')).toBe('a b\n\nc');
  });

  it('drops list punctuation at the end of an option', () => {
    expect(stripListPunctuation('220V; ')).toBe('220V');
    expect(stripListPunctuation('Hà Nội,')).toBe('Hà Nội');
    expect(stripListPunctuation('Đúng.')).toBe('Đúng.');
  });
});
