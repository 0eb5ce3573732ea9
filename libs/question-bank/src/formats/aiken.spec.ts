import type { QuestionInput } from '../question-input';
import { parseAiken } from './aiken';
import { exportAiken } from './aiken-export';

const AIKEN = `Công đoàn Việt Nam được thành lập ngày nào?
A. 28/7/1929
B. 3/2/1930
C. 1/5/1886
D. 19/8/1945
ANSWER: A

Điện áp lưới điện sinh hoạt ở Việt Nam là bao nhiêu?
A) 110V
B) 220V
C) 380V
ANSWER: B

Khi sửa chữa điện trong nhà, việc đầu tiên cần làm là gì?
A. Ngắt cầu dao, aptomat
B. Đi giày cao su
ANSWER: E

Câu hỏi không có dòng đáp án?
A. Có
B. Không
`;

describe('parseAiken', () => {
  const result = parseAiken(AIKEN);

  it('reads each question with its options and the ANSWER letter', () => {
    expect(result.format).toBe('aiken');
    expect(result.items).toHaveLength(4);
    expect(result.items[0].question).toEqual({
      type: 'single',
      prompt: 'Công đoàn Việt Nam được thành lập ngày nào?',
      options: [
        { text: '28/7/1929', correct: true },
        { text: '3/2/1930', correct: false },
        { text: '1/5/1886', correct: false },
        { text: '19/8/1945', correct: false },
      ],
    });
    expect(result.items[0].reasons).toContain('Dòng "ANSWER: A" (dòng 6)');
    expect(result.items[0].source).toEqual({ line: 1 });
  });

  it('accepts "A)" labels and three options', () => {
    expect(result.items[1].question.options?.map((o) => o.correct)).toEqual([false, true, false]);
    expect(result.items[1].warnings).toEqual([]);
  });

  it('warns when the ANSWER letter names no option', () => {
    expect(result.items[2].warnings).toContain('Dòng "ANSWER: E" không khớp phương án nào');
    expect(result.items[2].warnings).toContain('Không tìm thấy đáp án');
  });

  it('warns when the ANSWER line is missing', () => {
    expect(result.items[3].warnings).toContain('Thiếu dòng "ANSWER:" sau các phương án');
  });

  it('reads Windows line endings and a byte order mark', () => {
    const crlf = parseAiken(`\uFEFFCâu hỏi?\r\nA. Một\r\nB. Hai\r\nANSWER: B\r\n`);
    expect(crlf.items[0].question.prompt).toBe('Câu hỏi?');
    expect(crlf.items[0].question.options?.[1]).toEqual({ text: 'Hai', correct: true });
  });
});

describe('exportAiken', () => {
  const questions: QuestionInput[] = [
    {
      type: 'single',
      prompt: 'Ngày truyền thống\nCông đoàn Việt Nam?',
      options: [
        { text: '28/7', correct: true },
        { text: '1/5', correct: false },
      ],
    },
    {
      type: 'multiple',
      prompt: 'Chọn các thiết bị tiết kiệm điện',
      options: [
        { text: 'Đèn LED', correct: true },
        { text: 'Bình nóng lạnh cũ', correct: false },
        { text: 'Điều hòa inverter', correct: true },
      ],
    },
    { type: 'essay', prompt: 'Trình bày vai trò của công đoàn cơ sở.' },
    {
      type: 'true_false',
      prompt: 'Phải ngắt điện trước khi cứu người bị điện giật.',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
    },
  ];

  it('writes single-answer questions and lists the others as skipped', () => {
    const out = exportAiken(questions);
    expect(out.text).toBe(
      'Ngày truyền thống Công đoàn Việt Nam?\nA. 28/7\nB. 1/5\nANSWER: A\n\n' +
        'Phải ngắt điện trước khi cứu người bị điện giật.\nA. Đúng\nB. Sai\nANSWER: A\n',
    );
    expect(out.skipped.map((s) => s.index)).toEqual([1, 2]);
  });

  it('round-trips through the parser', () => {
    const parsed = parseAiken(exportAiken(questions).text);
    expect(parsed.items.map((i) => i.question)).toEqual([
      { ...questions[0], prompt: 'Ngày truyền thống Công đoàn Việt Nam?' },
      questions[3],
    ]);
  });
});

describe('parseAiken: label variants and the blocks Moodle refuses', () => {
  it('reads "A)Text", "A.Text", "A )Text" and "A .Text" without a space', () => {
    const { items } = parseAiken(
      'Thủ đô?\nA)Huế\nB.Hà Nội\nC )Đà Nẵng\nD .Vinh\nANSWER: B\n\nSông dài nhất?\nA. Hồng\nB) Mê Kông\nANSWER: B\n',
    );
    expect(items.map((i) => i.question.options?.map((o) => o.text))).toEqual([
      ['Huế', 'Hà Nội', 'Đà Nẵng', 'Vinh'],
      ['Hồng', 'Mê Kông'],
    ]);
    expect(items.map((i) => i.question.options?.findIndex((o) => o.correct))).toEqual([1, 1]);
    for (const item of items) expect(item.warnings).toEqual([]);
  });

  it('keeps a prompt that starts like a label ("A.I là gì?")', () => {
    const { items, errors } = parseAiken(
      'A.I là gì?\nA. Trí tuệ nhân tạo\nB. Một loại pin\nANSWER: A\n',
    );
    expect(errors).toEqual([]);
    expect(items[0].question.prompt).toBe('A.I là gì?');
  });

  // The layout of Moodle's own Aiken error fixture, in Vietnamese.
  const MOODLE_ERRORS = [
    'Câu hỏi chỉ có một phương án',
    'A) Phương án duy nhất',
    'ANSWER: A',
    '',
    'A) Câu hỏi chưa bắt đầu',
    '',
    'ANSWER: Câu hỏi chưa bắt đầu',
    '',
    'Câu hỏi tốt thứ nhất',
    'A) Đúng',
    'B) Sai',
    'ANSWER: A',
    '',
    'Câu hỏi bắt đầu nhưng chưa xong',
    'A) Gần đúng',
    'B) Gần sai',
    '',
    'Câu hỏi tốt thứ hai',
    'A)Sai (không có dấu cách)',
    'B)Đúng (không có dấu cách)',
    'ANSWER: B',
  ].join('\n');

  it('gives the two good questions and names each bad block with its line', () => {
    const { items, errors } = parseAiken(MOODLE_ERRORS);
    const clean = items.filter((i) => i.warnings.length === 0);
    expect(clean.map((i) => i.question.prompt)).toEqual([
      'Câu hỏi tốt thứ nhất',
      'Câu hỏi tốt thứ hai',
    ]);
    expect(clean.map((i) => i.question.options?.findIndex((o) => o.correct))).toEqual([0, 1]);
    expect(clean[1].question.options?.[1].text).toBe('Đúng (không có dấu cách)');
    expect(errors.map((e) => e.row)).toEqual([1, 5]);
    expect(errors[0].message).toMatch(/chỉ có 1 phương án/);
    expect(errors[1].message).toMatch(/không có câu hỏi phía trước/);
    // The unfinished question is kept with its warning: the organizer picks the answer.
    const unfinished = items.find((i) => i.question.prompt === 'Câu hỏi bắt đầu nhưng chưa xong');
    expect(unfinished?.warnings).toContain('Thiếu dòng "ANSWER:" sau các phương án');
    expect(items).toHaveLength(3);
  });
});
