import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type IRunOptions,
} from 'docx';
import { strToU8, zipSync } from 'fflate';
import { unicodeToTcvn3, unicodeToVni } from '../../../core/src/text/legacy-fonts';
import { parseDocx } from './docx';
import type { ParsedItem } from './types';

type Child = Paragraph | Table;

async function docxOf(children: Child[], numbering = false): Promise<Buffer> {
  const doc = new Document({
    numbering: numbering
      ? {
          config: [
            {
              reference: 'questions',
              levels: [
                {
                  level: 0,
                  format: LevelFormat.DECIMAL,
                  text: 'Câu %1:',
                  alignment: AlignmentType.LEFT,
                },
                {
                  level: 1,
                  format: LevelFormat.UPPER_LETTER,
                  text: '%2.',
                  alignment: AlignmentType.LEFT,
                },
              ],
            },
            {
              reference: 'plain',
              levels: [
                {
                  level: 0,
                  format: LevelFormat.DECIMAL,
                  text: '%1.',
                  alignment: AlignmentType.LEFT,
                },
                {
                  level: 1,
                  format: LevelFormat.LOWER_LETTER,
                  text: '%2)',
                  alignment: AlignmentType.LEFT,
                },
              ],
            },
          ],
        }
      : undefined,
    sections: [{ children }],
  });
  return Packer.toBuffer(doc);
}

/** A paragraph of runs: strings are plain runs. */
function p(...runs: (string | IRunOptions)[]): Paragraph {
  return new Paragraph({
    children: runs.map((r) => new TextRun(typeof r === 'string' ? { text: r } : r)),
  });
}

/** An option paragraph whose label "A. " is bold (labels are not answer marks). */
function option(letter: string, text: string, mark: Omit<IRunOptions, 'text'> = {}): Paragraph {
  return p({ text: `${letter}. `, bold: true }, { text, ...mark });
}

function answersOf(item: ParsedItem): string[] {
  return (item.question.options ?? []).flatMap((o, i) =>
    o.correct ? [String.fromCharCode(65 + i)] : [],
  );
}

function byPrompt(items: ParsedItem[], start: string): ParsedItem {
  const item = items.find((i) => i.question.prompt.startsWith(start));
  if (!item) throw new Error(`no item starting with "${start}"`);
  return item;
}

describe('parseDocx: a bank marked with formatting, answer lines and an answer table', () => {
  let items: ParsedItem[];
  let errors: { row?: number; message: string }[];

  beforeAll(async () => {
    const buf = await docxOf([
      p({ text: 'BỘ CÂU HỎI TÌM HIỂU LỊCH SỬ CÔNG ĐOÀN VIỆT NAM (CÓ ĐÁP ÁN)', bold: true }),
      p('Hướng dẫn: mỗi câu hỏi chỉ có một đáp án đúng, được in đậm.'),
      p(
        { text: 'Câu 1: ', bold: true },
        'Công đoàn Việt Nam được thành lập vào ',
        { text: 'ngày', bold: true },
        ' nào?',
      ),
      option('A', '28/7/1929', { bold: true }),
      option('B', '3/2/1930'),
      option('C', '1/5/1886'),
      option('D', '19/8/1945'),
      p(
        { text: 'Câu 2. ', bold: true },
        'Luật Công đoàn hiện hành được Quốc hội thông qua năm nào?',
      ),
      option('A', '1990'),
      option('B', '2012'),
      option('C', '2024', { underline: {} }),
      option('D', '2019'),
      p({ text: 'Câu 3:', bold: true }, 'Cơ quan lãnh đạo cao nhất của Công đoàn Việt Nam là gì?'),
      option('A', 'Ban Chấp hành Tổng Liên đoàn'),
      option('B', 'Đại hội Công đoàn Việt Nam', { color: 'C00000' }),
      option('C', 'Đoàn Chủ tịch'),
      option('D', 'Ủy ban Kiểm tra'),
      p('Câu hỏi 4: Khi phát hiện người bị điện giật, việc đầu tiên cần làm là gì?'),
      p('A. Kéo người bị nạn ra bằng tay'),
      p('B. Gọi người khác đến giúp'),
      p('C. Dội nước vào người bị nạn'),
      p('D. ', { text: 'Ngắt nguồn điện', highlight: 'yellow' }),
      p('Bài 5: Điện áp dây của lưới điện hạ áp ba pha là bao nhiêu?'),
      new Paragraph({
        children: [
          new TextRun('A. 220V'),
          new TextRun({ children: [new Tab(), 'B. 380V'] }),
          new TextRun('  C. 110V  D. 127V'),
        ],
      }),
      p('Đáp án: B'),
      p('6) Điện áp định mức của lưới điện sinh hoạt ở Việt Nam là'),
      p('a) 110V'),
      p('b) 220V'),
      p('c) 380V'),
      p('Đáp án: 220V'),
      p('7. Đơn vị đo điện năng tiêu thụ trong gia đình là gì?'),
      p('A. kWh'),
      p('B. kW'),
      p('C. V'),
      p('D. A'),
      p('Câu 8: Thiết bị nào dùng để bảo vệ chống dòng điện rò?'),
      p('A. Cầu dao'),
      p('B. Aptomat chống rò (RCD)'),
      p('C. Ổ cắm'),
      p('D. Công tắc'),
      p('Câu 9: Những việc nào giúp tiết kiệm điện?'),
      option('A', 'Tắt đèn khi ra khỏi phòng', { bold: true }),
      option('B', 'Dùng bóng đèn LED', { bold: true }),
      option('C', 'Mở tủ lạnh thường xuyên'),
      p('Câu 10: Chọn các đáp án đúng về quyền của đoàn viên công đoàn:'),
      option('A', 'Được thông tin về hoạt động công đoàn', { bold: true }),
      option('B', 'Được công đoàn bảo vệ khi bị xâm phạm quyền lợi', { bold: true }),
      option('C', 'Phải đóng góp mọi khoản phí do doanh nghiệp quy định'),
      p('Câu 11: Được phép dùng vật dẫn điện để gỡ dây điện khỏi người bị nạn.'),
      p({ text: 'A. ' }, { text: 'Đúng' }),
      p({ text: 'B. ' }, { text: 'Sai', bold: true }),
      p({ text: unicodeToTcvn3('Câu 12: Công đoàn cơ sở là gì?'), font: '.VnTime' }),
      p({
        text: unicodeToTcvn3('A. Tổ chức cơ sở của Công đoàn Việt Nam'),
        font: '.VnTime',
        color: 'FF0000',
      }),
      p({ text: unicodeToTcvn3('B. Một phòng ban của doanh nghiệp'), font: '.VnTime' }),
      p({ text: 'C. C«ng ty cña ng\u00ADêi lao ®éng', font: '.VnTime' }),
      p({ text: 'Câu 13: Ngày Quốc tế Lao động là ngày nào?', bold: true }),
      p({ text: 'A. 1/5', bold: true }),
      p({ text: 'B. 2/9', bold: true }),
      p({ text: 'C. 28/7', bold: true }),
      p({ text: 'Đáp án: A', bold: true }),
      p({ text: 'Câu 14: Tháng Công nhân hằng năm là tháng mấy?', bold: true }),
      p({ text: 'A. Tháng 5', bold: true }),
      p({ text: 'B. Tháng 7', bold: true }),
      p({ text: 'C. Tháng 9', bold: true }),
      p({ text: 'ĐÁP ÁN', bold: true }),
      p('1-A; 7-A'),
    ]);
    ({ items, errors } = parseDocx(buf));
  });

  it('finds every question, in order, with its stem and options', () => {
    expect(items.map((i) => i.question.prompt.slice(0, 22))).toEqual([
      'Công đoàn Việt Nam đượ',
      'Luật Công đoàn hiện hà',
      'Cơ quan lãnh đạo cao n',
      'Khi phát hiện người bị',
      'Điện áp dây của lưới đ',
      'Điện áp định mức của l',
      'Đơn vị đo điện năng ti',
      'Thiết bị nào dùng để b',
      'Những việc nào giúp ti',
      'Chọn các đáp án đúng v',
      'Được phép dùng vật dẫn',
      'Công đoàn cơ sở là gì?',
      'Ngày Quốc tế Lao động ',
      'Tháng Công nhân hằng n',
    ]);
    expect(items.map((i) => i.index)).toEqual([...Array(14).keys()]);
    expect(byPrompt(items, 'Công đoàn Việt Nam').question.options?.map((o) => o.text)).toEqual([
      '28/7/1929',
      '3/2/1930',
      '1/5/1886',
      '19/8/1945',
    ]);
  });

  it('reads a bold option as the answer, not the bold label or the bold word in the stem', () => {
    const q1 = byPrompt(items, 'Công đoàn Việt Nam');
    expect(q1.question.type).toBe('single');
    expect(answersOf(q1)).toEqual(['A']);
    expect(q1.question.prompt).toBe('Công đoàn Việt Nam được thành lập vào ngày nào?');
    expect(q1.warnings).toEqual([]);
  });

  it('reads an underlined option as the answer', () => {
    const q = byPrompt(items, 'Luật Công đoàn');
    expect(answersOf(q)).toEqual(['C']);
    expect(q.reasons).toContain('Đáp án gạch chân (phương án C)');
  });

  it('reads a red option as the answer ("Câu 3:" with no space after the colon)', () => {
    const q = byPrompt(items, 'Cơ quan lãnh đạo');
    expect(answersOf(q)).toEqual(['B']);
    expect(q.reasons).toContain('Nhận diện câu hỏi từ "Câu 3:" (đoạn 13)');
    expect(q.reasons).toContain('Đáp án tô màu đỏ (phương án B)');
  });

  it('reads a highlighted option as the answer ("Câu hỏi 4:")', () => {
    const q = byPrompt(items, 'Khi phát hiện');
    expect(answersOf(q)).toEqual(['D']);
    expect(q.question.options?.[3].text).toBe('Ngắt nguồn điện');
    expect(q.reasons).toContain('Đáp án được tô nền (highlight) (phương án D)');
  });

  it('splits several options on one line and takes the "Đáp án: B" line', () => {
    const q = byPrompt(items, 'Điện áp dây');
    expect(q.question.options?.map((o) => o.text)).toEqual(['220V', '380V', '110V', '127V']);
    expect(answersOf(q)).toEqual(['B']);
    expect(q.reasons).toContain("Dòng 'Đáp án: B'");
  });

  it('matches an answer line written as the option text, on a 3-option question', () => {
    const q = byPrompt(items, 'Điện áp định mức');
    expect(q.question.options).toHaveLength(3);
    expect(answersOf(q)).toEqual(['B']);
    expect(q.reasons).toContain("Dòng 'Đáp án: 220V'");
    expect(q.warnings).toEqual([]);
  });

  it('takes the answer from the answer table at the end of the document', () => {
    const q = byPrompt(items, 'Đơn vị đo');
    expect(answersOf(q)).toEqual(['A']);
    expect(q.reasons.some((r) => r.startsWith('Bảng đáp án cuối tài liệu, dòng'))).toBe(true);
    // The table agrees with the bold option of question 1: no warning.
    expect(byPrompt(items, 'Công đoàn Việt Nam').reasons[1]).toMatch(/^Bảng đáp án cuối tài liệu/);
    expect(byPrompt(items, 'Công đoàn Việt Nam').warnings).toEqual([]);
  });

  it('warns when no answer is marked', () => {
    const q = byPrompt(items, 'Thiết bị nào');
    expect(answersOf(q)).toEqual([]);
    expect(q.question.type).toBe('single');
    expect(q.warnings).toContain('Không tìm thấy đáp án');
  });

  it('proposes a multiple-answer question with a warning when two options are marked', () => {
    const q = byPrompt(items, 'Những việc nào');
    expect(q.question.type).toBe('multiple');
    expect(answersOf(q)).toEqual(['A', 'B']);
    expect(q.warnings).toContain('Câu hỏi một đáp án nhưng có 2 đáp án được đánh dấu');
  });

  it('proposes a multiple-answer question without warning when the stem says so', () => {
    const q = byPrompt(items, 'Chọn các đáp án đúng');
    expect(q.question.type).toBe('multiple');
    expect(answersOf(q)).toEqual(['A', 'B']);
    expect(q.warnings).toEqual([]);
  });

  it('recognises a true/false question', () => {
    const q = byPrompt(items, 'Được phép dùng');
    expect(q.question.type).toBe('true_false');
    expect(q.question.options).toEqual([
      { text: 'Đúng', correct: false },
      { text: 'Sai', correct: true },
    ]);
  });

  it('converts a paragraph typed in the .VnTime (TCVN3) font to Unicode', () => {
    const q = byPrompt(items, 'Công đoàn cơ sở');
    expect(q.question.options?.map((o) => o.text)).toEqual([
      'Tổ chức cơ sở của Công đoàn Việt Nam',
      'Một phòng ban của doanh nghiệp',
      'Công ty của người lao động',
    ]);
    expect(answersOf(q)).toEqual(['A']);
    expect(q.reasons).toContain('Đã chuyển phông .VnTime (TCVN3) sang Unicode');
  });

  it('ignores bold when the whole question is bold', () => {
    expect(answersOf(byPrompt(items, 'Ngày Quốc tế'))).toEqual(['A']);
    const q14 = byPrompt(items, 'Tháng Công nhân');
    expect(answersOf(q14)).toEqual([]);
    expect(q14.warnings).toContain('Không tìm thấy đáp án');
  });

  it('gives every item a reason and a source paragraph', () => {
    for (const item of items) {
      expect(item.reasons.length).toBeGreaterThan(0);
      expect(item.source?.paragraph).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });
});

describe('parseDocx: Word automatic numbering and an answer table', () => {
  let items: ParsedItem[];

  beforeAll(async () => {
    const q = (text: string): Paragraph =>
      new Paragraph({
        numbering: { reference: 'questions', level: 0 },
        children: [new TextRun(text)],
      });
    const o = (text: string, mark: Omit<IRunOptions, 'text'> = {}): Paragraph =>
      new Paragraph({
        numbering: { reference: 'questions', level: 1 },
        children: [new TextRun({ text, ...mark })],
      });
    const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
    const buf = await docxOf(
      [
        q('Tổng Liên đoàn Lao động Việt Nam là tổ chức gì?'),
        o('Tổ chức chính trị - xã hội của giai cấp công nhân', { bold: true }),
        o('Doanh nghiệp nhà nước'),
        o('Cơ quan hành chính'),
        q('Đại hội XIII Công đoàn Việt Nam diễn ra năm nào?'),
        o('2018'),
        o('2023'),
        o('2013'),
        o('2008'),
        q('Công đoàn cơ sở được thành lập khi có ít nhất bao nhiêu đoàn viên?'),
        o('3'),
        o('5'),
        o('10'),
        p('Bảng đáp án'),
        new Table({
          rows: [
            new TableRow({ children: [cell('Câu'), cell('Đáp án')] }),
            new TableRow({ children: [cell('2'), cell('B')] }),
            new TableRow({ children: [cell('3'), cell('B')] }),
          ],
        }),
      ],
      true,
    );
    ({ items } = parseDocx(buf));
  });

  it('resolves the question numbers and option letters Word draws from numbering.xml', () => {
    expect(items).toHaveLength(3);
    expect(items[0].reasons[0]).toBe('Đánh số tự động của Word: "Câu 1:" (đoạn 1)');
    expect(items[2].reasons[0]).toBe('Đánh số tự động của Word: "Câu 3:" (đoạn 10)');
    expect(items[1].question.options?.map((o) => o.text)).toEqual(['2018', '2023', '2013', '2008']);
    expect(items[2].question.options).toHaveLength(3);
  });

  it('reads answers from the bold option and from the Word answer table', () => {
    expect(answersOf(items[0])).toEqual(['A']);
    expect(answersOf(items[1])).toEqual(['B']);
    expect(answersOf(items[2])).toEqual(['B']);
    expect(items[1].reasons).toContain('Bảng đáp án cuối tài liệu, hàng 2 của bảng');
  });
});

describe('parseDocx: numbered lists, lower-case options and a "1-B; 2-C" key', () => {
  it('maps "1-B; 2-C; 3a" to the numbered questions', async () => {
    const buf = await docxOf(
      [
        new Paragraph({
          numbering: { reference: 'plain', level: 0 },
          children: [new TextRun('Ngày Pháp luật Việt Nam là ngày nào?')],
        }),
        ...['9/11', '10/11', '20/11'].map(
          (t) =>
            new Paragraph({
              numbering: { reference: 'plain', level: 1 },
              children: [new TextRun(t)],
            }),
        ),
        new Paragraph({
          numbering: { reference: 'plain', level: 0 },
          children: [new TextRun('Ai là người đứng đầu Tổng Liên đoàn?')],
        }),
        ...['Tổng Giám đốc', 'Bộ trưởng', 'Chủ tịch'].map(
          (t) =>
            new Paragraph({
              numbering: { reference: 'plain', level: 1 },
              children: [new TextRun(t)],
            }),
        ),
        p('3. Điện giật nguy hiểm nhất khi dòng điện đi qua'),
        p('a) Tim'),
        p('b) Tay'),
        p('Đáp án:'),
        p('1-A; 2-C'),
        p('3a'),
      ],
      true,
    );
    const { items } = parseDocx(buf);
    expect(items.map(answersOf)).toEqual([['A'], ['C'], ['A']]);
    expect(items[1].question.options?.map((o) => o.text)).toEqual([
      'Tổng Giám đốc',
      'Bộ trưởng',
      'Chủ tịch',
    ]);
  });
});

describe('parseDocx: other layouts', () => {
  it('reads VNI text, unnumbered questions and an asterisk mark', async () => {
    const buf = await docxOf([
      p({
        text: unicodeToVni('Người lao động có quyền thành lập công đoàn không?'),
        font: 'VNI-Times',
      }),
      p({ text: unicodeToVni('*A. Có'), font: 'VNI-Times' }),
      p({ text: unicodeToVni('B. Không'), font: 'VNI-Times' }),
      p('Điện áp an toàn trong điều kiện bình thường là'),
      p('A. Dưới 42V  B. 220V  C. 380V'),
      p('Đáp án: A'),
    ]);
    const { items } = parseDocx(buf);
    expect(items).toHaveLength(2);
    expect(items[0].question.prompt).toBe('Người lao động có quyền thành lập công đoàn không?');
    expect(answersOf(items[0])).toEqual(['A']);
    expect(items[0].reasons).toContain('Dấu * đánh dấu phương án A');
    expect(items[0].reasons).toContain('Đã chuyển phông VNI-Times (VNI) sang Unicode');
    expect(answersOf(items[1])).toEqual(['A']);
  });

  it('writes text of an upper-case TCVN3 font (.VnTimeH) in capitals', async () => {
    const buf = await docxOf([
      p({ text: unicodeToTcvn3('câu 1: tổng liên đoàn lao động việt nam'), font: '.VnTimeH' }),
      p('A. Đúng  B. Sai'),
      p('Đáp án: A'),
    ]);
    const [item] = parseDocx(buf).items;
    expect(item.question.prompt).toBe('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM');
    expect(item.reasons).toContain('Đã chuyển phông .VnTimeH (TCVN3) sang Unicode');
  });

  it('reads a question table (Câu hỏi | A | B | C | D | Đáp án)', async () => {
    const cell = (text: string, bold = false): TableCell =>
      new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
    const buf = await docxOf([
      new Table({
        rows: [
          new TableRow({
            children: ['STT', 'Câu hỏi', 'A', 'B', 'C', 'D', 'Đáp án'].map((t) => cell(t, true)),
          }),
          new TableRow({
            children: [
              '1',
              'Màu dây pha thường dùng?',
              'Đỏ',
              'Xanh lá',
              'Vàng sọc xanh',
              'Đen',
              'A',
            ].map((t) => cell(t)),
          }),
          new TableRow({
            children: [
              cell('2'),
              cell('Dây tiếp địa có màu gì?'),
              cell('Đỏ'),
              cell('Xanh dương'),
              cell('Vàng sọc xanh lá', true),
              cell('Trắng'),
              cell(''),
            ],
          }),
        ],
      }),
    ]);
    const { items } = parseDocx(buf);
    expect(items.map((i) => i.question.prompt)).toEqual([
      'Màu dây pha thường dùng?',
      'Dây tiếp địa có màu gì?',
    ]);
    expect(items.map(answersOf)).toEqual([['A'], ['C']]);
  });

  it('turns a question without options into a short-text or true/false question from its answer line', async () => {
    const buf = await docxOf([
      p('Câu 1: Tổ chức tiền thân của Công đoàn Việt Nam là Tổng Công hội Đỏ ……'),
      p('Đáp án: Bắc Kỳ'),
      p('Câu 2: Ngày 28/7 là ngày truyền thống Công đoàn Việt Nam.'),
      p('Đáp án: Đúng'),
    ]);
    const { items } = parseDocx(buf);
    expect(items[0].question).toMatchObject({ type: 'short_text', acceptedAnswers: ['Bắc Kỳ'] });
    expect(items[1].question.type).toBe('true_false');
    expect(answersOf(items[1])).toEqual(['A']);
  });

  it('reads an answer line naming several letters as a multiple-answer question', async () => {
    const buf = await docxOf([
      p('Câu 1: Những việc nào giúp tiết kiệm điện?'),
      p('A. Tắt đèn  B. Bật điều hòa 16 độ  C. Dùng đèn LED'),
      p('Đáp án: A, C'),
    ]);
    const [item] = parseDocx(buf).items;
    expect(item.question.type).toBe('multiple');
    expect(answersOf(item)).toEqual(['A', 'C']);
    expect(item.warnings).toEqual([]);
  });

  it('reads "Đáp án:" with the letter on the next line', async () => {
    const buf = await docxOf([
      p('Câu 1: Ngày Quốc tế Lao động?'),
      p('A. 1/5  B. 2/9'),
      p('Đáp án:'),
      p('A'),
      p('Câu 2: Ngày Quốc khánh?'),
      p('A. 1/5  B. 2/9'),
      p('Đáp án:'),
      p('B'),
    ]);
    expect(parseDocx(buf).items.map(answersOf)).toEqual([['A'], ['B']]);
  });

  it('warns when the marks disagree with the answer line', async () => {
    const buf = await docxOf([
      p('Câu 1: Cơ quan cao nhất của Công đoàn Việt Nam?'),
      option('A', 'Đại hội', { bold: true }),
      option('B', 'Đoàn Chủ tịch'),
      p('Đáp án: B'),
    ]);
    const [item] = parseDocx(buf).items;
    expect(answersOf(item)).toEqual(['B']);
    expect(item.warnings).toEqual([
      'Đánh dấu khác nhau: in đậm chỉ phương án A, đã chọn B theo dòng đáp án',
    ]);
  });

  it('reports a document without questions', async () => {
    const result = parseDocx(await docxOf([p('Biên bản họp Ban Chấp hành công đoàn cơ sở.')]));
    expect(result.items).toEqual([]);
    expect(result.errors[0].message).toMatch(/Không tìm thấy câu hỏi nào/);
  });
});

describe('parseDocx performance', () => {
  /** Syllables for random Vietnamese-looking text that compresses like real prose. */
  const SYLLABLES = (
    'công đoàn người lao động an toàn điện năng tiết kiệm doanh nghiệp pháp luật quyền lợi ' +
    'đoàn viên thiết bị sinh hoạt bảo hộ quy định trách nhiệm hợp đồng tiền lương thời giờ ' +
    'làm việc nghỉ ngơi thương lượng tập thể đại hội ban chấp hành cơ sở cấp trên trực tiếp ' +
    'tổng liên đoàn việt nam thành lập năm tháng ngày điều khoản chương mục xử phạt vi phạm ' +
    'hành chính dây dẫn ổ cắm cầu dao aptomat chống giật rò rỉ sơ cứu nạn nhân ngắt nguồn'
  ).split(' ');

  /** A .docx written the way Word writes it (rsids, run properties), zipped with fflate. */
  function bigDocx(questions: number): Uint8Array {
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    const words = (n: number): string =>
      Array.from({ length: n }, () => SYLLABLES[random(SYLLABLES.length)]).join(' ');
    const rsid = (): string =>
      (0x100000 + random(0xefffff)).toString(16).toUpperCase().padStart(8, '0');
    const run = (text: string, bold = false): string =>
      `<w:r w:rsidRPr="${rsid()}"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>` +
      `${bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/></w:rPr>` +
      `<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const para = (runs: string): string =>
      `<w:p w:rsidR="${rsid()}" w:rsidRDefault="${rsid()}" w:rsidP="${rsid()}"><w:pPr><w:spacing w:before="60" w:after="60"/>` +
      `<w:jc w:val="both"/></w:pPr>${runs}</w:p>`;
    const body: string[] = [];
    for (let i = 1; i <= questions; i++) {
      body.push(para(run(`Câu ${i}: `, true) + run(`${words(40 + random(200))}?`)));
      const answer = random(4);
      for (let k = 0; k < 4; k++) {
        body.push(para(run(`${'ABCD'[k]}. `, true) + run(words(3 + random(30)), k === answer)));
      }
    }
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${ns}><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`;
    const contentTypes =
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const rels =
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
    return zipSync({
      '[Content_Types].xml': strToU8(contentTypes),
      '_rels/.rels': strToU8(rels),
      'word/document.xml': strToU8(document),
    });
  }

  it('parses a text-only document of about 5 MB', () => {
    const buf = bigDocx(9000);
    const started = Date.now();
    const cpu = process.cpuUsage();
    const result = parseDocx(buf);
    const used = process.cpuUsage(cpu);
    console.log(
      `parseDocx: ${(buf.length / 1024 / 1024).toFixed(1)} MB .docx, ${result.items.length} questions ` +
        `in ${Date.now() - started} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms)`,
    );
    expect(result.items).toHaveLength(9000);
    expect(
      result.items.every((i) => i.question.options?.filter((o) => o.correct).length === 1),
    ).toBe(true);
  });
});

describe('parseDocx: the answer marked on the option letter only (exam layout)', () => {
  let items: ParsedItem[];

  /** An option whose label carries `mark` and whose text is plain. */
  const lettered = (letter: string, text: string, mark: Omit<IRunOptions, 'text'> = {}) =>
    p({ text: letter, ...mark }, `. ${text}`);

  beforeAll(async () => {
    const buf = await docxOf([
      p('Câu 1: Công đoàn Việt Nam được thành lập năm nào?'),
      lettered('A', '1929', { underline: {} }),
      lettered('B', '1930'),
      lettered('C', '1945'),
      lettered('D', '1954'),
      p('Câu 2: Thủ đô của Việt Nam là?'),
      lettered('A', 'Huế'),
      lettered('B', 'Hà Nội', { color: 'FF0000' }),
      lettered('C', 'Đà Nẵng'),
      p('Câu 3: Số nào chia hết cho 3?'),
      lettered('A', '10'),
      lettered('B', '11'),
      lettered('C', '12', { highlight: 'yellow' }),
      p('Câu 4: Mọi nhãn đều in đậm, không có đáp án?'),
      lettered('A', 'Một', { bold: true }),
      lettered('B', 'Hai', { bold: true }),
      lettered('C', 'Ba', { bold: true }),
      p('Câu 5: Nhãn in đậm cho mọi phương án, chữ D in đậm và gạch chân?'),
      lettered('A', 'Một', { bold: true }),
      lettered('B', 'Hai', { bold: true }),
      lettered('C', 'Ba', { bold: true }),
      lettered('D', 'Bốn', { bold: true, underline: {} }),
    ]);
    ({ items } = parseDocx(buf));
  });

  it('reads an underlined, a red and a highlighted letter as the answer', () => {
    expect(items).toHaveLength(5);
    expect(answersOf(items[0])).toEqual(['A']);
    expect(items[0].reasons).toContain('Chữ cái của phương án A gạch chân');
    expect(answersOf(items[1])).toEqual(['B']);
    expect(items[1].reasons).toContain('Chữ cái của phương án B tô màu đỏ');
    expect(answersOf(items[2])).toEqual(['C']);
    expect(items[2].reasons).toContain('Chữ cái của phương án C được tô nền (highlight)');
    for (const item of items.slice(0, 3)) expect(item.warnings).toEqual([]);
  });

  it('does not take a mark every label carries for an answer, but one that singles out a label', () => {
    expect(answersOf(items[3])).toEqual([]);
    expect(items[3].warnings).toContain('Không tìm thấy đáp án');
    expect(answersOf(items[4])).toEqual(['D']);
    expect(items[4].reasons).toContain('Chữ cái của phương án D gạch chân');
  });
});
