import {
  findOptionLabels,
  hasMultipleAnswerHint,
  isAnswerKeyHeading,
  matchAnswerLine,
  matchQuestionStart,
  parseAnswerLetters,
  parseKeyLine,
} from './docx-patterns';

describe('matchQuestionStart', () => {
  it.each([
    ['Câu 1: Nội dung', 1, 'Nội dung'],
    ['Câu 12. Nội dung', 12, 'Nội dung'],
    ['Câu 3:Nội dung', 3, 'Nội dung'],
    ['CÂU 4 - Nội dung', 4, 'Nội dung'],
    ['Câu hỏi 5: Nội dung', 5, 'Nội dung'],
    ['Bài 6: Nội dung', 6, 'Nội dung'],
    ['7) Nội dung', 7, 'Nội dung'],
    ['8. Nội dung', 8, 'Nội dung'],
  ])('reads "%s" as question %d', (line, number, stem) => {
    const m = matchQuestionStart(line);
    expect(m?.number).toBe(number);
    expect(line.slice(m?.stemStart)).toBe(stem);
  });

  it.each(['1.5 triệu đồng là mức lương', '2012 là năm ban hành Luật', 'Câu lạc bộ', 'A. 220V'])(
    'does not read "%s" as a question',
    (line) => {
      expect(matchQuestionStart(line)).toBeNull();
    },
  );
});

describe('findOptionLabels', () => {
  it('finds one label at the start in the usual forms', () => {
    for (const line of ['A. x', 'a. x', 'A: x', 'A) x', 'A/ x', '(A) x']) {
      expect(findOptionLabels(line).map((l) => l.letter.toUpperCase())).toEqual(['A']);
    }
  });

  it('splits several options on one line after two spaces, a tab or "; "', () => {
    const line = 'A. 220V  B. 380V\tC. 110V; D. 127V';
    const labels = findOptionLabels(line);
    expect(labels.map((l) => l.letter)).toEqual(['A', 'B', 'C', 'D']);
    expect(line.slice(labels[1].textStart, labels[2].start)).toBe('380V');
  });

  it('does not split on a letter out of sequence or after a single space', () => {
    expect(findOptionLabels('A. Vitamin C. và D. khác').map((l) => l.letter)).toEqual(['A']);
    expect(findOptionLabels('A. C. Mác  D. Ăng-ghen').map((l) => l.letter)).toEqual(['A']);
  });

  it('notices a star next to a label', () => {
    expect(findOptionLabels('*B. Đúng')[0].star).toBe(true);
    expect(findOptionLabels('B*. Đúng')[0].star).toBe(true);
    expect(findOptionLabels('B. Đúng')[0].star).toBe(false);
  });

  it('finds options written after the stem only from A', () => {
    const stem = 'Điện áp nào?   A. 220V  B. 380V';
    expect(findOptionLabels(stem, false).map((l) => l.letter)).toEqual(['A', 'B']);
    expect(findOptionLabels('Vitamin  B. nhóm', false)).toEqual([]);
  });
});

describe('answer lines and tables', () => {
  it.each([
    ['Đáp án: B', 'B'],
    ['Đáp án đúng: A, C', 'A, C'],
    ['ĐA: D', 'D'],
    ['Đáp án là B', 'B'],
    ['(Đáp án: 220V)', '220V'],
    ['Trả lời: Hà Nội', 'Hà Nội'],
  ])('reads "%s" as the answer "%s"', (line, value) => {
    expect(matchAnswerLine(line)).toBe(value);
  });

  it('does not read a question about answers as an answer line', () => {
    expect(matchAnswerLine('Đáp án nào sau đây đúng?')).toBeNull();
  });

  it('recognises answer-table headings', () => {
    for (const h of [
      'ĐÁP ÁN',
      'Đáp án:',
      'Bảng đáp án',
      'ĐÁP ÁN THAM KHẢO',
      'Hướng dẫn chấm và đáp án',
    ]) {
      expect(isAnswerKeyHeading(h)).toBe(true);
    }
    expect(isAnswerKeyHeading('Đáp án: B')).toBe(false);
  });

  it.each([
    [
      '1-B; 2-C',
      [
        [1, ['B']],
        [2, ['C']],
      ],
    ],
    [
      '1.A 2.B 3.C',
      [
        [1, ['A']],
        [2, ['B']],
        [3, ['C']],
      ],
    ],
    ['1a', [[1, ['A']]]],
    ['Câu 1: B', [[1, ['B']]]],
    [
      '4 - A,C; 5 - D',
      [
        [4, ['A', 'C']],
        [5, ['D']],
      ],
    ],
  ])('reads the key line "%s"', (line, pairs) => {
    expect(parseKeyLine(line)?.map((p) => [p.number, p.letters])).toEqual(pairs);
  });

  it('rejects lines that are not only key entries', () => {
    expect(parseKeyLine('1. Ai là người sáng lập?')).toBeNull();
    expect(parseKeyLine('1-B', 2)).toBeNull();
  });

  it('reads answer letters in the usual forms', () => {
    expect(parseAnswerLetters('B')).toEqual(['B']);
    expect(parseAnswerLetters('b)')).toEqual(['B']);
    expect(parseAnswerLetters('A và C')).toEqual(['A', 'C']);
    expect(parseAnswerLetters('AC')).toEqual(['A', 'C']);
    expect(parseAnswerLetters('220V')).toBeNull();
  });

  it('notices when a stem allows several answers', () => {
    expect(hasMultipleAnswerHint('Chọn các đáp án đúng:')).toBe(true);
    expect(hasMultipleAnswerHint('(Có thể có nhiều đáp án)')).toBe(true);
    expect(hasMultipleAnswerHint('Chọn đáp án đúng nhất')).toBe(false);
  });
});
