import {
  Document,
  ImageRun,
  Math as OfficeMath,
  MathRun,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type IRunOptions,
} from 'docx';
import { parseDocx } from './docx';
import type { ParsedItem } from './types';

/** The layouts of issue 17 that real Vietnamese question documents use, built with `docx`. */

type Child = Paragraph | Table;

function docxOf(children: Child[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

function p(...runs: (string | IRunOptions)[]): Paragraph {
  return new Paragraph({
    children: runs.map((r) => new TextRun(typeof r === 'string' ? { text: r } : r)),
  });
}

/** A cell of paragraphs (one string → one paragraph). */
function cell(...paragraphs: (string | Paragraph)[]): TableCell {
  return new TableCell({
    children: paragraphs.map((x) => (typeof x === 'string' ? p(x) : x)),
  });
}

function row(...cells: (string | TableCell)[]): TableRow {
  return new TableRow({ children: cells.map((c) => (typeof c === 'string' ? cell(c) : c)) });
}

function answersOf(item: ParsedItem): string[] {
  return (item.question.options ?? []).flatMap((o, i) =>
    o.correct ? [String.fromCharCode(65 + i)] : [],
  );
}

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

describe('parseDocx: question banks kept as tables', () => {
  it('reads STT | Nội dung (câu hỏi) | Phương án | Đáp án with the options in one cell and the answer as a letter, a number or the text', async () => {
    const buf = await docxOf([
      p('NGÂN HÀNG CÂU HỎI AN TOÀN ĐIỆN'),
      new Table({
        rows: [
          row('STT', 'Nội dung (câu hỏi)', 'Phương án', 'Đáp án'),
          row(
            '1',
            'Điện áp lưới sinh hoạt ở Việt Nam?',
            cell('A. 110V', 'B. 220V', 'C. 380V', 'D. 500V'),
            'B',
          ),
          row('2', 'Dây tiếp địa có màu gì?', cell('A. Đỏ', 'B. Đen', 'C. Vàng sọc xanh'), '3'),
          row(
            '3',
            'Thiết bị cắt khi rò điện?',
            cell('a) Cầu dao', 'b) Aptomat chống giật'),
            'Aptomat chống giật',
          ),
        ],
      }),
      p('Ghi chú: Đáp án ở cột cuối.'),
    ]);
    const { items } = parseDocx(buf);
    expect(items.map((i) => i.question.prompt)).toEqual([
      'Điện áp lưới sinh hoạt ở Việt Nam?',
      'Dây tiếp địa có màu gì?',
      'Thiết bị cắt khi rò điện?',
    ]);
    expect(items[0].question.options?.map((o) => o.text)).toEqual(['110V', '220V', '380V', '500V']);
    expect(items.map(answersOf)).toEqual([['B'], ['C'], ['B']]);
    for (const item of items) expect(item.warnings).toEqual([]);
  });

  it('reads Câu | Câu hỏi | A | B | C | D | Đáp án and does not turn the "Đáp án" header cell into an answer key', async () => {
    const buf = await docxOf([
      new Table({
        rows: [
          row('Câu', 'Câu hỏi', 'A', 'B', 'C', 'D', 'Đáp án'),
          row('1', 'Thủ đô của Việt Nam?', 'Huế', 'Hà Nội', 'Đà Nẵng', 'Sài Gòn', 'B'),
          row('2', '2 + 2 = ?', '3', '4', '5', '6', '2'),
        ],
      }),
      p('Câu 3: Sông dài nhất Việt Nam?'),
      p('A. Sông Hồng'),
      p('B. Sông Đà'),
      p({ text: 'C. Sông Đồng Nai', bold: true }),
    ]);
    const { items } = parseDocx(buf);
    expect(items).toHaveLength(3);
    expect(items.map(answersOf)).toEqual([['B'], ['B'], ['C']]);
  });

  it('reads a table whose header names the answer column "Đáp án" when it is not a question table, without switching into key mode', async () => {
    const buf = await docxOf([
      new Table({ rows: [row('Họ tên', 'Đáp án'), row('', '')] }),
      p('Câu 1: Thủ đô của Việt Nam?'),
      p('A. Huế'),
      p({ text: 'B. Hà Nội', underline: {} }),
      p('Câu 2: Sông dài nhất?'),
      p('A. Sông Hồng  B. Sông Đà'),
      p('Đáp án: A'),
    ]);
    const { items } = parseDocx(buf);
    expect(items.map((i) => i.question.prompt)).toEqual(['Thủ đô của Việt Nam?', 'Sông dài nhất?']);
    expect(items.map(answersOf)).toEqual([['B'], ['A']]);
  });
});

describe('parseDocx: answer keys at the end', () => {
  it('reads "ĐÁP ÁN" then "1-A, 2-C" after the questions, and a heading "Đáp án" inside a stem is not a key', async () => {
    const buf = await docxOf([
      p('Câu 1: Đọc đoạn văn sau và chọn đáp án đúng.'),
      p('Đáp án'),
      p('Người lao động có quyền gia nhập công đoàn.'),
      p('A. Đúng với luật'),
      p('B. Sai với luật'),
      p('Câu 2: Một năm có bao nhiêu tháng?'),
      p('A. 10'),
      p('B. 11'),
      p('C. 12'),
      p('ĐÁP ÁN'),
      p('1-A, 2-C'),
    ]);
    const { items, errors } = parseDocx(buf);
    expect(errors).toEqual([]);
    expect(items).toHaveLength(2);
    expect(items[0].question.prompt).toBe(
      'Đọc đoạn văn sau và chọn đáp án đúng.\nĐáp án\nNgười lao động có quyền gia nhập công đoàn.',
    );
    expect(items.map(answersOf)).toEqual([['A'], ['C']]);
  });

  it('reads an answer key kept as a table at the end', async () => {
    const buf = await docxOf([
      p('Câu 1: 1 + 1 = ?'),
      p('A. 1   B. 2   C. 3   D. 4'),
      p('Câu 2: 2 + 2 = ?'),
      p('A. 4   B. 5   C. 6   D. 7'),
      p('BẢNG ĐÁP ÁN'),
      new Table({ rows: [row('Câu', '1', '2'), row('Đáp án', 'B', 'A')] }),
    ]);
    const { items } = parseDocx(buf);
    expect(items.map(answersOf)).toEqual([['B'], ['A']]);
  });
});

describe('parseDocx: stems and options as organizers write them', () => {
  it('keeps a stem of several paragraphs whole, with or without "Câu N"', async () => {
    const buf = await docxOf([
      p('Câu 1: Cho đoạn thông tin sau:'),
      p('"Công đoàn là tổ chức chính trị - xã hội của giai cấp công nhân."'),
      p('Theo đoạn trên, công đoàn là tổ chức gì?'),
      p('A. Chính trị - xã hội'),
      p({ text: 'B. Kinh tế', bold: true }),
      p('Đọc tình huống sau.'),
      p('Anh A làm việc 12 giờ mỗi ngày.'),
      p('Anh A có bị vi phạm quyền không?'),
      p({ text: 'A. Có', color: 'FF0000' }),
      p('B. Không'),
    ]);
    const { items } = parseDocx(buf);
    expect(items.map((i) => i.question.prompt)).toEqual([
      'Cho đoạn thông tin sau:\n"Công đoàn là tổ chức chính trị - xã hội của giai cấp công nhân."\nTheo đoạn trên, công đoàn là tổ chức gì?',
      'Đọc tình huống sau.\nAnh A làm việc 12 giờ mỗi ngày.\nAnh A có bị vi phạm quyền không?',
    ]);
    expect(items.map(answersOf)).toEqual([['B'], ['A']]);
  });

  it('splits options written on the question line itself (tabs or spaces)', async () => {
    const buf = await docxOf([
      new Paragraph({
        children: [
          new TextRun('Câu 2: A. 1'),
          new TextRun({ children: [new Tab()] }),
          new TextRun('B. 2'),
          new TextRun({ children: [new Tab()] }),
          new TextRun({ text: 'C', underline: {} }),
          new TextRun('. 3'),
          new TextRun({ children: [new Tab()] }),
          new TextRun('D. 4'),
        ],
      }),
      p('Câu 3: Số nào chẵn?   A. 1   B. 2   C. 3   D. 5'),
      p('Đáp án: B'),
    ]);
    const { items } = parseDocx(buf);
    expect(items).toHaveLength(2);
    expect(items[0].question.prompt).toBe('');
    expect(items[0].question.options?.map((o) => o.text)).toEqual(['1', '2', '3', '4']);
    expect(answersOf(items[0])).toEqual(['C']);
    expect(items[0].warnings).toContain('Thiếu nội dung câu hỏi');
    expect(items[1].question.prompt).toBe('Số nào chẵn?');
    expect(items[1].question.options?.map((o) => o.text)).toEqual(['1', '2', '3', '5']);
    expect(answersOf(items[1])).toEqual(['B']);
  });

  it('keeps a table inside a stem as text with its cell boundaries', async () => {
    const buf = await docxOf([
      p('Câu 1: Cho bảng số liệu:'),
      new Table({ rows: [row('Năm', '2020', '2021'), row('Dân số', '97,6', '98,5')] }),
      p('Năm nào dân số lớn hơn?'),
      p('A. 2020'),
      p({ text: 'B. 2021', highlight: 'yellow' }),
    ]);
    const [item] = parseDocx(buf).items;
    expect(item.question.prompt).toBe(
      'Cho bảng số liệu:\nNăm | 2020 | 2021\nDân số | 97,6 | 98,5\nNăm nào dân số lớn hơn?',
    );
    expect(answersOf(item)).toEqual(['B']);
  });

  it('reads options laid out in a 2×2 table as options', async () => {
    const buf = await docxOf([
      p('Câu 1: 3 × 3 = ?'),
      new Table({ rows: [row('A. 6', 'B. 9'), row('C. 12', 'D. 3')] }),
      p('Đáp án: B'),
    ]);
    const [item] = parseDocx(buf).items;
    expect(item.question.prompt).toBe('3 × 3 = ?');
    expect(item.question.options?.map((o) => o.text)).toEqual(['6', '9', '12', '3']);
    expect(answersOf(item)).toEqual(['B']);
  });
});

describe('parseDocx: đúng/sai groups (2025 exam layout)', () => {
  it('turns a stem with statements a)–d) into four true/false questions sharing the stem', async () => {
    const buf = await docxOf([
      p(
        'PHẦN II. Câu trắc nghiệm đúng sai. Trong mỗi ý a), b), c), d) ở mỗi câu, thí sinh chọn đúng hoặc sai.',
      ),
      p('Câu 1: Về tổ chức công đoàn:'),
      p('a) Công đoàn là tổ chức chính trị - xã hội.'),
      p('b) Người lao động nước ngoài không được gia nhập.'),
      p('c) Công đoàn cơ sở đại diện người lao động.'),
      p('d) Đoàn phí do người sử dụng lao động đóng.'),
      p('Đáp án: a) Đúng; b) Sai; c) Đúng; d) Sai'),
      p('Câu 2: Về thời giờ làm việc:'),
      p('a) Tối đa 8 giờ một ngày.'),
      p('b) Tối đa 48 giờ một tuần.'),
      p('c) Làm thêm không quá 40 giờ một tháng.'),
      p('d) Làm thêm không giới hạn.'),
      p('Đáp án: Đ - S - Đ - S'),
    ]);
    const { items } = parseDocx(buf);
    expect(items).toHaveLength(8);
    for (const item of items) expect(item.question.type).toBe('true_false');
    expect(items[0].question.prompt).toBe(
      'Về tổ chức công đoàn:\na) Công đoàn là tổ chức chính trị - xã hội.',
    );
    expect(items[3].question.prompt).toBe(
      'Về tổ chức công đoàn:\nd) Đoàn phí do người sử dụng lao động đóng.',
    );
    expect(items.map((i) => i.question.options?.find((o) => o.correct)?.text)).toEqual([
      'Đúng',
      'Sai',
      'Đúng',
      'Sai',
      'Đúng',
      'Sai',
      'Đúng',
      'Sai',
    ]);
    expect(items[0].reasons.join(' ')).toMatch(/đúng\/sai/i);
  });

  it('warns on each statement whose truth the document does not give', async () => {
    const buf = await docxOf([
      p('Câu 1 (đúng/sai): Về an toàn điện:'),
      p('a) Có thể chạm tay ướt vào ổ điện.'),
      p('b) Cần ngắt cầu dao trước khi sửa điện.'),
      p('c) Dây điện hở phải được bọc lại.'),
      p('d) Có thể dùng dây đồng thay cầu chì.'),
    ]);
    const { items } = parseDocx(buf);
    expect(items).toHaveLength(4);
    for (const item of items) {
      expect(item.question.type).toBe('true_false');
      expect(item.warnings).toContain('Không tìm thấy đáp án');
    }
  });
});

describe('parseDocx: pictures and equations are never dropped in silence', () => {
  it('warns on a question whose stem has an image, and on one with an equation', async () => {
    const buf = await docxOf([
      new Paragraph({
        children: [
          new TextRun('Câu 1: Biển báo sau có ý nghĩa gì? '),
          new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } }),
        ],
      }),
      p('A. Cấm đi ngược chiều'),
      p({ text: 'B. Đường một chiều', bold: true }),
      new Paragraph({
        children: [
          new TextRun('Câu 2: Nghiệm của phương trình '),
          new OfficeMath({ children: [new MathRun('x+1=3')] }),
          new TextRun(' là'),
        ],
      }),
      p('A. 1'),
      p({ text: 'B. 2', bold: true }),
      p('Câu 3: Không có hình.'),
      p('A. x'),
      p({ text: 'B. y', bold: true }),
    ]);
    const { items } = parseDocx(buf);
    expect(items).toHaveLength(3);
    expect(items[0].warnings.join(' ')).toMatch(/hình ảnh/);
    expect(items[1].warnings.join(' ')).toMatch(/công thức/);
    expect(items[1].question.prompt).toContain('x+1=3');
    expect(items[2].warnings).toEqual([]);
    expect(items.map(answersOf)).toEqual([['B'], ['B'], ['B']]);
  });
});
