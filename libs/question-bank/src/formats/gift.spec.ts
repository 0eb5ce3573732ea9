import type { QuestionInput } from '../question-input';
import { parseGift, unescapeGift } from './gift';
import { escapeGift, exportGift } from './gift-export';

const GIFT = String.raw`// Ngân hàng câu hỏi: An toàn điện
$CATEGORY: $course$/An toàn điện

::Q1:: Công đoàn Việt Nam được thành lập năm nào? {
  =1929 # Đúng: ngày 28/7/1929
  ~1930 # Đó là năm thành lập Đảng
  ~1945
  ####Tổng Công hội Đỏ Bắc Kỳ ra đời ngày 28/7/1929.
}

// [tag:Tiết kiệm điện] [tag:Gia đình]
::Q2::[html]Những thiết bị nào <b>tiết kiệm</b> điện? {
  ~%50%Bóng đèn LED
  ~%50%Điều hòa inverter
  ~%-100%Bóng đèn sợi đốt
}

::Q3:: Dây trung tính được nối đất ở trạm biến áp. {T}

::Q4:: Được dùng tay không để kéo người bị điện giật ra khỏi nguồn điện. {FALSE#Phải ngắt điện trước}

::Q5:: Điện áp định mức lưới điện sinh hoạt ở Việt Nam là bao nhiêu vôn? {=220 =220V =hai trăm hai mươi}

::Q6:: Tỉ lệ 1\:2 nghĩa là gì? Ký hiệu \{x\} và \~ và \= và \# có nghĩa gì? {=Một phần hai\: 50% ~Gấp đôi}

::Q7:: Trình bày các bước sơ cứu người bị điện giật. {}

Tổng Liên đoàn Lao động Việt Nam có trụ sở tại {=Hà Nội ~TP. Hồ Chí Minh ~Đà Nẵng}.

::Q9:: Nối các cặp {=A -> 1 =B -> 2}

Dòng chữ không có đáp án.
`;

describe('parseGift', () => {
  const result = parseGift(GIFT);
  const q = (i: number): QuestionInput => result.items[i].question;

  it('reads a single-answer question, its general feedback, skips comments and keeps the category as a tag', () => {
    expect(q(0)).toEqual({
      type: 'single',
      prompt: 'Công đoàn Việt Nam được thành lập năm nào?',
      options: [
        { text: '1929', correct: true },
        { text: '1930', correct: false },
        { text: '1945', correct: false },
      ],
      explanation: 'Tổng Công hội Đỏ Bắc Kỳ ra đời ngày 28/7/1929.',
      tags: ['An toàn điện'],
    });
    expect(result.items[0].warnings).toContain(
      'Phản hồi riêng của từng phương án (#…) không được nhập',
    );
    expect(result.items[0].source).toEqual({ line: 4 });
  });

  it('reads a weighted multiple-answer question, strips [html] and keeps tags', () => {
    expect(q(1)).toEqual({
      type: 'multiple',
      prompt: 'Những thiết bị nào tiết kiệm điện?',
      options: [
        { text: 'Bóng đèn LED', correct: true },
        { text: 'Điều hòa inverter', correct: true },
        { text: 'Bóng đèn sợi đốt', correct: false },
      ],
      tags: ['Tiết kiệm điện', 'Gia đình', 'An toàn điện'],
    });
    expect(result.items[1].warnings).toEqual([]);
  });

  it('reads {T} and {FALSE#feedback} as true/false questions', () => {
    expect(q(2).type).toBe('true_false');
    expect(q(2).options).toEqual([
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ]);
    expect(q(3).options).toEqual([
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ]);
  });

  it('reads {=a =b} as a short-text question with every accepted answer', () => {
    expect(q(4)).toEqual({
      type: 'short_text',
      prompt: 'Điện áp định mức lưới điện sinh hoạt ở Việt Nam là bao nhiêu vôn?',
      acceptedAnswers: ['220', '220V', 'hai trăm hai mươi'],
      tags: ['An toàn điện'],
    });
  });

  it('unescapes \\: \\{ \\} \\~ \\= \\#', () => {
    expect(q(5).prompt).toBe('Tỉ lệ 1:2 nghĩa là gì? Ký hiệu {x} và ~ và = và # có nghĩa gì?');
    expect(q(5).options).toEqual([
      { text: 'Một phần hai: 50%', correct: true },
      { text: 'Gấp đôi', correct: false },
    ]);
  });

  it('reads {} as an essay and a blank in the middle of the sentence', () => {
    expect(q(6).type).toBe('essay');
    expect(q(7).prompt).toBe('Tổng Liên đoàn Lao động Việt Nam có trụ sở tại _____ .');
    expect(q(7).options?.[0]).toEqual({ text: 'Hà Nội', correct: true });
  });

  it('reports matching questions and text without answers instead of guessing', () => {
    expect(result.items).toHaveLength(8);
    expect(result.errors.map((e) => e.row)).toEqual([30, 32]);
    expect(result.errors[0].message).toMatch(/ghép cặp/);
  });
});

describe('exportGift', () => {
  const questions: QuestionInput[] = [
    {
      type: 'single',
      prompt: 'Tỉ lệ 1:2 = ?\nChọn một {đáp án}',
      options: [
        { text: '50% ~ một nửa', correct: true },
        { text: '#200', correct: false },
      ],
      explanation: 'Vì 1 chia 2 bằng 0,5.',
      tags: ['Toán'],
      difficulty: 2,
      points: 1.5,
    },
    {
      type: 'multiple',
      prompt: 'Chọn các việc làm tiết kiệm điện',
      options: [
        { text: 'Tắt đèn', correct: true },
        { text: 'Rút phích sạc', correct: true },
        { text: 'Bật điều hòa 16 độ', correct: false },
      ],
    },
    {
      type: 'multiple',
      prompt: 'Câu nhiều đáp án chỉ có một đáp án đúng',
      options: [
        { text: 'Đúng là tôi', correct: true },
        { text: 'Không phải tôi', correct: false },
      ],
    },
    {
      type: 'true_false',
      prompt: 'Ngày 28/7 là ngày truyền thống Công đoàn Việt Nam.',
      options: [
        { text: 'Đúng', correct: true },
        { text: 'Sai', correct: false },
      ],
      explanation: 'Năm 1929.',
    },
    { type: 'short_text', prompt: 'Thủ đô của Việt Nam?', acceptedAnswers: ['Hà Nội', 'Ha Noi'] },
    { type: 'essay', prompt: 'Nêu vai trò của công đoàn.' },
  ];

  it('escapes GIFT special characters', () => {
    expect(escapeGift('a:b=c~d#e{f}g\\h\ni')).toBe('a\\:b\\=c\\~d\\#e\\{f\\}g\\\\h\\ni');
    expect(unescapeGift(escapeGift('a:b=c~d#e{f}g\\h\ni'))).toBe('a:b=c~d#e{f}g\\h\ni');
  });

  it('writes multiple-answer weights that add up to 100%', () => {
    expect(exportGift([questions[1]]).text).toContain('~%50%Tắt đèn');
    expect(exportGift([questions[1]]).text).toContain('~%-100%Bật điều hòa 16 độ');
  });

  it('round-trips every type through the parser', () => {
    const parsed = parseGift(exportGift(questions).text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.items.map((i) => i.question)).toEqual(questions);
  });
});
