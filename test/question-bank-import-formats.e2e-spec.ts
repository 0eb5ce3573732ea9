import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

// Issue 17: one real-layout file of each kind through the preview endpoint; nothing is written
// to the bank before confirm. Real files through the real app on a shared machine.
jest.setTimeout(90_000);

interface PreviewItem {
  type: string;
  prompt: string;
  options: Array<{ text: string; correct: boolean }>;
  acceptedAnswers?: string[];
  warnings: string[];
}

const p = (text: string, bold = false) =>
  new Paragraph({ children: [new TextRun({ text, bold })] });
const cell = (...lines: string[]) => new TableCell({ children: lines.map((l) => p(l)) });
const row = (...cells: (string | TableCell)[]) =>
  new TableRow({ children: cells.map((c) => (typeof c === 'string' ? cell(c) : c)) });
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A question table, a đúng/sai group and a question with a picture. */
function examDocx(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Table({
              rows: [
                row('STT', 'Nội dung (câu hỏi)', 'Phương án', 'Đáp án'),
                row('1', 'Thủ đô của Việt Nam?', cell('A. Huế', 'B. Hà Nội', 'C. Vinh'), 'B'),
                row('2', 'Sông dài nhất?', cell('A. Mê Kông', 'B. Hồng'), '1'),
              ],
            }),
            p('PHẦN II. Câu trắc nghiệm đúng sai.'),
            p('Câu 3: Về công đoàn:'),
            p('a) Là tổ chức chính trị - xã hội.'),
            p('b) Không có ở doanh nghiệp tư nhân.'),
            p('Đáp án: a) Đúng; b) Sai'),
            new Paragraph({
              children: [
                new TextRun('Câu 4: Biển báo này nghĩa là gì? '),
                new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } }),
              ],
            }),
            p('A. Cấm đi ngược chiều'),
            p('B. Đường một chiều', true),
          ],
        },
      ],
    }),
  );
}

async function templateXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Câu hỏi');
  ws.addRow([
    'Loại câu hỏi',
    'Nội dung câu hỏi',
    'Phương án A',
    'Phương án B',
    'Phương án C',
    'Đáp án đúng',
  ]);
  ws.addRow(['Multiple choice', 'Một cộng một?', '1', '2', '3', 'B']);
  ws.addRow(['Checkbox', 'Số chẵn?', '2', '3', '4', 'A,C']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function kahootXlsx(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['Quiz template']);
  ws.addRow([
    'Add questions, at least two answer alternatives, time limit and choose correct answers',
  ]);
  ws.addRow([
    'Question - max 120 characters',
    'Answer 1 - max 75 characters',
    'Answer 2 - max 75 characters',
    'Answer 3 - max 75 characters',
    'Answer 4 - max 75 characters',
    'Time limit (sec)',
    'Correct answer(s) - choose at least one',
  ]);
  ws.addRow(['Thủ đô của Việt Nam?', 'Huế', 'Hà Nội', 'Đà Nẵng', 'Vinh', 20, '2']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const CSV =
  'Loại câu hỏi,Nội dung câu hỏi,Phương án A,Phương án B,Đáp án đúng\n' +
  'Đúng/Sai,Trái đất quay quanh Mặt trời?,Đúng,Sai,A\n' +
  'Fill-in-the-blank,Thủ đô Việt Nam?,,,Hà Nội|Ha Noi\n' +
  'Open-ended,Nêu cảm nghĩ.,,,\n';

const GIFT = String.raw`$CATEGORY: $course$/top/An toàn điện

::Q1:: Tỉ lệ 1\:2 nghĩa là? {=một nửa ~gấp đôi // chú thích}

::Q2:: Số pi? {#3.14:0.01}

::Q3:: Dấu { chưa đóng

::Q4:: Câu sau vẫn được đọc {T}
`;

const AIKEN = [
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

const MOODLE = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Thử</text></category></question>
  <question type="multichoice">
    <name><text>Bảng</text></name>
    <questiontext format="html"><text><![CDATA[<p>Cho bảng</p><table><tr><td>A</td><td>1</td></tr></table>]]></text>
      <file name="a.png" path="/" encoding="base64">iVBORw0KGgo=</file></questiontext>
    <single>true</single>
    <answer fraction="100"><text>Một</text></answer>
    <answer fraction="0"><text>Hai</text></answer>
  </question>
  <question type="ddwtos"><name><text>Kéo thả</text></name><questiontext><text>[[1]]</text></questiontext></question>
</quiz>`;

describe('question banks: each kind of file through the preview (e2e, issue 17)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let bankId: string;

  const api = () => request(t.baseUrl);
  const questionRows = async () =>
    Number(
      (
        await t.dataSource.query('SELECT count(*)::int AS n FROM questions WHERE bank_id = $1', [
          bankId,
        ])
      )[0].n,
    );
  const preview = async (file: Buffer, name: string) => {
    const res = await api()
      .post(`/api/banks/${bankId}/imports`)
      .set(organizer.auth)
      .attach('file', file, name)
      .expect(201);
    expect(await questionRows()).toBe(0);
    return res.body as {
      id: string;
      format: string;
      items: PreviewItem[];
      errors: Array<{ row?: number; message: string }>;
      summary: { text: string };
    };
  };
  const correct = (item: PreviewItem) =>
    item.options.flatMap((o, i) => (o.correct ? [String.fromCharCode(65 + i)] : [])).join(',');

  beforeAll(async () => {
    t = await createTestApp();
    organizer = await createUser(t, { roles: ['organizer'] });
  });
  // A bank of its own for every file: nothing in it until a preview is confirmed.
  beforeEach(async () => {
    bankId = (
      await api()
        .post('/api/banks')
        .set(organizer.auth)
        .send({ title: 'Ngân hàng định dạng', theme: 'Thử' })
        .expect(201)
    ).body.id as string;
  });
  afterAll(async () => {
    await t.close();
  });

  it('a Word exam: question table, đúng/sai group and a picture; imported only on confirm', async () => {
    const body = await preview(await examDocx(), 'de-thi.docx');
    expect(body.format).toBe('docx');
    expect(body.items.map((i) => i.type)).toEqual([
      'single',
      'single',
      'true_false',
      'true_false',
      'single',
    ]);
    expect(body.items.map(correct)).toEqual(['B', 'A', 'A', 'B', 'B']);
    expect(body.items[2].prompt).toBe('Về công đoàn:\na) Là tổ chức chính trị - xã hội.');
    expect(body.items[4].warnings.join(' ')).toMatch(/hình ảnh/);
    expect(body.summary.text).toMatch(/^5 câu, 5 có đáp án/);
    const confirmed = await api()
      .post(`/api/banks/${bankId}/imports/${body.id}/confirm`)
      .set(organizer.auth)
      .expect(201);
    expect(confirmed.body).toEqual({ created: 5 });
    expect(await questionRows()).toBe(5);
  });

  it('an .xlsx template with the type words organizers write', async () => {
    const body = await preview(await templateXlsx(), 'cau-hoi.xlsx');
    expect(body.format).toBe('xlsx');
    expect(body.items.map((i) => [i.type, correct(i)])).toEqual([
      ['single', 'B'],
      ['multiple', 'A,C'],
    ]);
  });

  it('a CSV with Đúng/Sai, Fill-in-the-blank and Open-ended', async () => {
    const body = await preview(Buffer.from(CSV), 'cau-hoi.csv');
    expect(body.format).toBe('csv');
    expect(body.items.map((i) => i.type)).toEqual(['true_false', 'short_text', 'essay']);
    expect(body.items[1].acceptedAnswers).toEqual(['Hà Nội', 'Ha Noi']);
  });

  it('a GIFT file: escapes, comments, numerical warning, a broken block named and the rest read', async () => {
    const body = await preview(Buffer.from(GIFT), 'bo-cau-hoi.gift');
    expect(body.format).toBe('gift');
    expect(body.items.map((i) => i.type)).toEqual(['single', 'short_text', 'true_false']);
    expect(body.items[0].prompt).toBe('Tỉ lệ 1:2 nghĩa là?');
    expect(body.items[0].options.map((o) => o.text)).toEqual(['một nửa', 'gấp đôi']);
    expect(body.items[1].warnings.join(' ')).toMatch(/±0.01/);
    expect(body.errors).toEqual([expect.objectContaining({ row: 7 })]);
  });

  it("an Aiken file laid out like Moodle's error fixture", async () => {
    const body = await preview(Buffer.from(AIKEN), 'aiken.txt');
    expect(body.format).toBe('aiken');
    expect(body.items.map((i) => [i.prompt, correct(i)])).toEqual([
      ['Câu hỏi tốt thứ nhất', 'A'],
      ['Câu hỏi bắt đầu nhưng chưa xong', ''],
      ['Câu hỏi tốt thứ hai', 'B'],
    ]);
    expect(body.items[1].warnings).toContain('Thiếu dòng "ANSWER:" sau các phương án');
    expect(body.errors.map((e) => e.row)).toEqual([1, 5]);
  });

  it('a Moodle XML export: table text, attachment warned, unknown type named', async () => {
    const body = await preview(Buffer.from(MOODLE), 'moodle.xml');
    expect(body.format).toBe('moodle_xml');
    expect(body.items).toHaveLength(1);
    expect(body.items[0].prompt).toBe('Cho bảng\nA | 1');
    expect(body.items[0].warnings.join(' ')).toMatch(/hình ảnh/);
    expect(body.errors[0].message).toMatch(/kéo thả từ vào văn bản, loại "ddwtos"/);
  });

  it('a Kahoot sheet', async () => {
    const body = await preview(await kahootXlsx(), 'kahoot.xlsx');
    expect(body.format).toBe('kahoot');
    expect(body.items.map(correct)).toEqual(['B']);
    expect(await questionRows()).toBe(0);
  });
});
