import ExcelJS from 'exceljs';
import request from 'supertest';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A workbook as an organizer would fill the template in Excel. */
async function xlsx(rows: Array<Array<string | number | null>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Câu hỏi');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csv = (lines: string[], { bom = true, sep = ';' } = {}) =>
  Buffer.from(`${bom ? '\uFEFF' : ''}${lines.map((l) => l.replace(/;/g, sep)).join('\r\n')}\r\n`);

const VI_HEADER = [
  'Loại câu hỏi',
  'Nội dung câu hỏi',
  'Phương án A',
  'Phương án B',
  'Phương án C',
  'Phương án D',
  'Đáp án đúng',
  'Giải thích',
  'Chủ đề',
  'Mức độ',
  'Điểm',
];

/** Reads a downloaded body as a Buffer whatever its content type. */
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

// Real files through the real app on a shared 2-core machine: generous per-test budget.
jest.setTimeout(30_000);

describe('question banks: import and export (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let participant: TestUser;

  const api = () => request(t.baseUrl);
  const newBank = async (title = 'Ngân hàng nhập') =>
    (await api().post('/api/banks').set(organizer.auth).send({ title, theme: 'Thử' }).expect(201))
      .body.id as string;
  const upload = (bankId: string, file: Buffer, name: string, query = '') =>
    api()
      .post(`/api/banks/${bankId}/import${query}`)
      .set(organizer.auth)
      .attach('file', file, name);
  const listAll = async (bankId: string) =>
    (await api().get(`/api/banks/${bankId}/questions?pageSize=500`).set(organizer.auth).expect(200))
      .body.items as Array<Record<string, unknown> & { options: Array<Record<string, unknown>> }>;
  const count = async (bankId: string) =>
    Number(
      (
        await t.dataSource.query('SELECT count(*)::int AS n FROM questions WHERE bank_id = $1', [
          bankId,
        ])
      )[0].n,
    );

  beforeAll(async () => {
    t = await createTestApp();
    organizer = await createUser(t, { roles: ['organizer'] });
    participant = await createUser(t, { roles: ['participant'] });
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports a good XLSX with Vietnamese headers, every type, in file order', async () => {
    const bankId = await newBank();
    const file = await xlsx([
      VI_HEADER,
      [
        'Một đáp án',
        'Công đoàn Việt Nam được thành lập ngày nào?',
        '28/7/1929',
        '3/2/1930',
        '1/5/1886',
        '',
        'A',
        'Ngày thành lập Tổng Công hội Đỏ Bắc Kỳ.',
        'Lịch sử, Thành lập',
        1,
        1,
      ],
      [
        'Nhiều đáp án',
        'Việc nào tiết kiệm điện?',
        'Tắt đèn khi ra ngoài',
        'Mở tủ lạnh lâu',
        'Dùng đèn LED',
        '',
        'A,C',
        '',
        'Tiết kiệm điện',
        'Trung bình',
        2,
      ],
      [
        'Đúng/Sai',
        'Có thể dùng tay ướt cắm phích điện.',
        'Đúng',
        'Sai',
        '',
        '',
        'Sai',
        '',
        '',
        'Dễ',
        '',
      ],
      ['Điền từ', 'Điện áp sinh hoạt là bao nhiêu vôn?', '', '', '', '', '220|220V', '', '', 3, ''],
      ['Tự luận', 'Nêu vai trò của công đoàn cơ sở.', '', '', '', '', '', '', '', '', 10],
    ]);
    const res = await upload(bankId, file, 'cau-hoi.xlsx').expect(201);
    expect(res.body).toEqual({ created: 5, errors: [] });

    const items = await listAll(bankId);
    expect(items.map((q) => q.type)).toEqual([
      'single',
      'multiple',
      'true_false',
      'short_text',
      'essay',
    ]);
    expect(items[0]).toMatchObject({
      prompt: 'Công đoàn Việt Nam được thành lập ngày nào?',
      tags: ['lịch sử', 'thành lập'],
      difficulty: 1,
      explanation: 'Ngày thành lập Tổng Công hội Đỏ Bắc Kỳ.',
    });
    expect(items[0].options.map((o) => [o.text, o.correct])).toEqual([
      ['28/7/1929', true],
      ['3/2/1930', false],
      ['1/5/1886', false],
    ]);
    expect(items[1].options.map((o) => o.correct)).toEqual([true, false, true]);
    expect(items[1]).toMatchObject({ difficulty: 2, points: 2 });
    expect(items[2].options.map((o) => [o.text, o.correct])).toEqual([
      ['Đúng', false],
      ['Sai', true],
    ]);
    expect(items[3]).toMatchObject({ acceptedAnswers: ['220', '220V'], difficulty: 3 });
    expect(items[4]).toMatchObject({ type: 'essay', points: 10 });
  });

  it('imports a CSV with semicolons and a BOM, and one with commas and no BOM', async () => {
    const bankId = await newBank();
    const semicolon = csv([
      VI_HEADER.join(';'),
      'Một đáp án;"Điện áp an toàn; theo quy chuẩn?";12V;220V;380V;;A;;an toàn điện;1;1',
      'Đúng/Sai;Cầu chì bảo vệ quá tải.;Đúng;Sai;;;A;;;;',
    ]);
    expect((await upload(bankId, semicolon, 'cau-hoi.csv').expect(201)).body).toEqual({
      created: 2,
      errors: [],
    });
    const comma = csv(
      [
        'type;prompt;option_a;option_b;correct;tags',
        'single;"Số điện thoại cứu hộ, cứu nạn?";114;113;A;khẩn cấp',
      ],
      { bom: false, sep: ',' },
    );
    expect((await upload(bankId, comma, 'english.csv').expect(201)).body.created).toBe(1);
    const items = await listAll(bankId);
    expect(items.map((q) => q.prompt)).toEqual([
      'Điện áp an toàn; theo quy chuẩn?',
      'Cầu chì bảo vệ quá tải.',
      'Số điện thoại cứu hộ, cứu nạn?',
    ]);
  });

  it('writes nothing when several rows are bad, and reports every bad row', async () => {
    const bankId = await newBank();
    const file = await xlsx([
      VI_HEADER,
      ['Một đáp án', 'Câu hợp lệ', 'X', 'Y', '', '', 'A', '', '', '', ''],
      ['Một đáp án', 'Thiếu đáp án đúng', 'X', 'Y', '', '', '', '', '', '', ''],
      ['Một đáp án', '', 'X', 'Y', '', '', 'A', '', '', '', ''],
      ['Một đáp án', 'Hai đáp án đúng', 'X', 'Y', '', '', 'A,B', '', '', '', ''],
      ['Một đáp án', 'Câu hợp lệ 2', 'X', 'Y', '', '', 'B', '', '', '', ''],
      ['Một đáp án', 'Phương án trùng', 'Hà Nội', 'hà nội', '', '', 'A', '', '', '', ''],
      ['Điền từ', 'Không có đáp án chấp nhận', '', '', '', '', '', '', '', '', ''],
      ['Một đáp án', 'Mức độ sai', 'X', 'Y', '', '', 'A', '', '', 'Siêu khó', ''],
      ['Tự luận', 'Điểm quá lớn', '', '', '', '', '', '', '', '', 500],
    ]);
    const res = await upload(bankId, file, 'loi.xlsx').expect(400);
    expect(res.body.code).toBe('IMPORT_FAILED');
    expect(res.body.errors).toEqual(res.body.details);
    const rows = [...new Set(res.body.errors.map((e: { row: number }) => e.row))];
    expect(rows).toEqual([3, 4, 5, 7, 8, 9, 10]);
    for (const e of res.body.errors) {
      expect(e.message).toMatch(new RegExp(`^Dòng ${e.row}: `));
      expect(e.message.length).toBeGreaterThan(12);
    }
    expect(await count(bankId)).toBe(0);

    const dry = await upload(bankId, file, 'loi.xlsx', '?dryRun=true').expect(200);
    expect(dry.body).toMatchObject({ created: 0, wouldCreate: 2 });
    expect(dry.body.errors).toEqual(res.body.errors);
    expect(await count(bankId)).toBe(0);
  });

  it('dry-runs a good file: reports what would be created and writes nothing', async () => {
    const bankId = await newBank();
    const file = csv([VI_HEADER.join(';'), 'Tự luận;Câu 1;;;;;;;;;', 'Tự luận;Câu 2;;;;;;;;;']);
    const res = await upload(bankId, file, 'a.csv', '?dryRun=true').expect(200);
    expect(res.body).toEqual({ created: 0, wouldCreate: 2, errors: [] });
    expect(await count(bankId)).toBe(0);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n\u0000\u0001'), 'a.pdf'],
    [
      'a PNG image',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      'a.xlsx',
    ],
    [
      'a text without the template header',
      Buffer.from('Xin chào\nđây không phải bảng tính\n'),
      'a.csv',
    ],
    ['an empty file', Buffer.alloc(0), 'a.csv'],
  ])('refuses %s with a clear 400', async (_name, file, filename) => {
    const bankId = await newBank();
    const res = await upload(bankId, file, filename).expect(400);
    expect(res.body.code).toBe('IMPORT_FAILED');
    expect(res.body.message).toMatch(/[a-zà-ỹ]{3,}/i);
    expect(Array.isArray(res.body.errors)).toBe(true);
    expect(await count(bankId)).toBe(0);
  });

  it('refuses a Word document, pointing to the import with preview', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const doc = new Document({ sections: [{ children: [new Paragraph('Câu 1: …')] }] });
    const file = await Packer.toBuffer(doc);
    const res = await upload(await newBank(), file, 'de.xlsx').expect(400);
    expect(res.body).toMatchObject({
      code: 'IMPORT_FAILED',
      message: expect.stringContaining('Word'),
    });
  });

  it('refuses a file over 5 MB and one with more than 5,000 questions', async () => {
    const bankId = await newBank();
    const big = Buffer.concat([
      Buffer.from(`${VI_HEADER.join(';')}\r\n`),
      Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
    ]);
    const tooBig = await upload(bankId, big, 'big.csv').expect(400);
    expect(tooBig.body).toMatchObject({
      code: 'IMPORT_FAILED',
      message: expect.stringContaining('5 MB'),
    });

    const lines = [VI_HEADER.join(';')];
    for (let i = 1; i <= 5001; i++) lines.push(`Tự luận;Câu số ${i};;;;;;;;;`);
    const many = await upload(bankId, csv(lines), 'many.csv').expect(400);
    expect(many.body).toMatchObject({
      code: 'IMPORT_FAILED',
      message: expect.stringContaining('5000'),
    });
    expect(await count(bankId)).toBe(0);
  });

  it('requires one file in the file field', async () => {
    const bankId = await newBank();
    const none = await api()
      .post(`/api/banks/${bankId}/import`)
      .set(organizer.auth)
      .field('note', 'x')
      .expect(400);
    expect(none.body.code).toBe('IMPORT_FAILED');
    const wrongField = await api()
      .post(`/api/banks/${bankId}/import`)
      .set(organizer.auth)
      .attach('upload', Buffer.from('a;b\n'), 'a.csv')
      .expect(400);
    expect(wrongField.body).toMatchObject({
      code: 'IMPORT_FAILED',
      message: expect.stringContaining('"file"'),
    });
  });

  it('imports 5,000 questions in one go', async () => {
    const bankId = await newBank();
    const lines = [VI_HEADER.join(';')];
    for (let i = 1; i <= 5000; i++)
      lines.push(`Một đáp án;Câu số ${i};Đúng ${i};Sai ${i};;;A;;tải;2;1`);
    const res = await upload(bankId, csv(lines), 'many.csv').expect(201);
    expect(res.body.created).toBe(5000);
    const bank = await api().get(`/api/banks/${bankId}`).set(organizer.auth).expect(200);
    expect(bank.body.questionCount).toBe(5000);
  }, 60_000);

  describe('export', () => {
    let bankId: string;
    const tricky = '=HYPERLINK("http://evil.example","bấm vào")';

    beforeAll(async () => {
      bankId = await newBank('Lịch sử Công đoàn Việt Nam');
      const add = (body: object) =>
        api().post(`/api/banks/${bankId}/questions`).set(organizer.auth).send(body).expect(201);
      await add({
        type: 'single',
        prompt: 'Đại hội Công đoàn Việt Nam lần thứ nhất họp năm nào?',
        options: [
          { text: '1950', correct: true },
          { text: '1961', correct: false },
          { text: '1974', correct: false },
        ],
        explanation: 'Tháng 1/1950, tại Việt Bắc.',
        tags: ['đại hội', 'lịch sử'],
        difficulty: 2,
        points: 1.5,
      });
      await add({
        type: 'multiple',
        prompt: tricky,
        options: [
          { text: '+84 912 345 678', correct: true },
          { text: '-5', correct: false },
          { text: '@SUM(A1:A2)', correct: true },
          { text: 'Tôi, bạn; "chúng ta"', correct: false },
        ],
        tags: ['khác'],
        difficulty: 3,
      });
      await add({
        type: 'true_false',
        prompt: '<img src=x onerror=alert(1)>',
        options: [
          { text: 'Đúng', correct: true },
          { text: 'Sai', correct: false },
        ],
      });
      await add({
        type: 'short_text',
        prompt: 'Tổ chức tiền thân của Công đoàn Việt Nam?',
        acceptedAnswers: ['Tổng Công hội Đỏ', 'Tổng Công hội Đỏ Bắc Kỳ'],
      });
      await add({ type: 'essay', prompt: 'Trình bày vai trò của công đoàn.', points: 10 });
      const archived = await add({ type: 'essay', prompt: 'Câu đã lưu trữ' });
      await api().delete(`/api/questions/${archived.body.id}`).set(organizer.auth).expect(204);
    });

    const comparable = (items: Awaited<ReturnType<typeof listAll>>) =>
      items.map((q) => ({
        type: q.type,
        prompt: q.prompt,
        options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
        acceptedAnswers: q.acceptedAnswers,
        explanation: q.explanation,
        tags: q.tags,
        difficulty: q.difficulty,
        points: q.points,
      }));

    it.each(['xlsx', 'csv'])('round-trips through %s: the same questions', async (format) => {
      const res = await api()
        .get(`/api/banks/${bankId}/export?format=${format}`)
        .set(organizer.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="lich-su-cong-doan-viet-nam.${format}"`,
      );
      expect(res.headers['content-type']).toContain(format === 'xlsx' ? XLSX_TYPE : 'text/csv');
      const copy = await newBank(`Bản sao ${format}`);
      const imported = await upload(copy, res.body as Buffer, `export.${format}`).expect(201);
      expect(imported.body.created).toBe(5);
      expect(comparable(await listAll(copy))).toEqual(comparable(await listAll(bankId)));
    });

    it('neutralises cells a spreadsheet could run as formulas', async () => {
      const csvRes = await api()
        .get(`/api/banks/${bankId}/export?format=csv`)
        .set(organizer.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const text = (csvRes.body as Buffer).toString('utf8');
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""bấm vào"")"`);
      expect(text).toContain("'+84 912 345 678");
      expect(text).toContain("'-5");
      expect(text).toContain("'@SUM(A1:A2)");
      // No field of the file starts with a formula character.
      for (const line of text.replace(/^\uFEFF/, '').split('\r\n'))
        for (const field of line.split(','))
          expect(field.replace(/^"/, '')).not.toMatch(/^[=+\-@]/);

      const xlsxRes = await api()
        .get(`/api/banks/${bankId}/export?format=xlsx`)
        .set(organizer.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(xlsxRes.body as Buffer);
      const ws = wb.worksheets[0];
      let formulas = 0;
      const texts: string[] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas++;
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      );
      expect(formulas).toBe(0);
      expect(texts).toContain(`'${tricky}`);
      for (const s of texts) expect(s).not.toMatch(/^[=+\-@]/);
    });

    it('exports Aiken (one-answer questions only) and GIFT (every type)', async () => {
      const aiken = await api()
        .get(`/api/banks/${bankId}/export?format=aiken`)
        .set(organizer.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(aiken.headers['content-disposition']).toBe(
        'attachment; filename="lich-su-cong-doan-viet-nam.aiken.txt"',
      );
      expect(aiken.headers['x-skipped-questions']).toBe('3');
      const aikenText = (aiken.body as Buffer).toString('utf8');
      expect(aikenText).toContain('Đại hội Công đoàn Việt Nam lần thứ nhất họp năm nào?\nA. 1950');
      expect(aikenText).toContain('ANSWER: A');

      const gift = await api()
        .get(`/api/banks/${bankId}/export?format=gift`)
        .set(organizer.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(gift.headers['x-skipped-questions']).toBe('0');
      const giftText = (gift.body as Buffer).toString('utf8');
      expect(giftText.match(/^::Câu \d+::/gm)).toHaveLength(5);
      expect(giftText).not.toContain('Câu đã lưu trữ');
    });

    it('exports only active questions and answers 400 for an unknown format', async () => {
      const res = await api()
        .get(`/api/banks/${bankId}/export?format=csv`)
        .set(organizer.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect((res.body as Buffer).toString('utf8')).not.toContain('Câu đã lưu trữ');
      await api().get(`/api/banks/${bankId}/export?format=pdf`).set(organizer.auth).expect(400);
    });
  });

  it('serves the import template, which imports as it is', async () => {
    const res = await api()
      .get('/api/banks/import-template.xlsx')
      .set(organizer.auth)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain(XLSX_TYPE);
    expect(res.headers['content-disposition']).toContain('attachment');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.body as Buffer);
    const header = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining(['Loại câu hỏi', 'Nội dung câu hỏi', 'Đáp án đúng']),
    );
    const dry = await upload(
      await newBank(),
      res.body as Buffer,
      'mau.xlsx',
      '?dryRun=true',
    ).expect(200);
    expect(dry.body.errors).toEqual([]);
    expect(dry.body.wouldCreate).toBeGreaterThan(0);
  });

  it('refuses participants on import, export and template', async () => {
    const bankId = await newBank();
    const file = csv([VI_HEADER.join(';'), 'Tự luận;Câu 1;;;;;;;;;']);
    await api()
      .post(`/api/banks/${bankId}/import`)
      .set(participant.auth)
      .attach('file', file, 'a.csv')
      .expect(403);
    await api().get(`/api/banks/${bankId}/export?format=csv`).set(participant.auth).expect(403);
    await api().get('/api/banks/import-template.xlsx').set(participant.auth).expect(403);
    await api().get('/api/banks/import-template.xlsx').expect(401);
    expect(await count(bankId)).toBe(0);
  });
});
