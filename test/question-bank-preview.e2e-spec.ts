import { Document, type IRunOptions, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import request from 'supertest';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

// Real files through the real app on a shared 2-core machine: generous per-test budget.
jest.setTimeout(60_000);

interface PreviewItem {
  index: number;
  type: string;
  prompt: string;
  options: Array<{ text: string; correct: boolean }>;
  reasons: string[];
  warnings: string[];
  problems: Array<{ field: string; message: string }>;
  edited: boolean;
}

/** A paragraph of runs: strings are plain runs. */
function p(...runs: (string | IRunOptions)[]): Paragraph {
  return new Paragraph({
    children: runs.map((r) => new TextRun(typeof r === 'string' ? { text: r } : r)),
  });
}

/** An option whose label "A. " is bold, the way these documents are typed. */
const option = (letter: string, text: string, bold = false) =>
  p({ text: `${letter}. `, bold: true }, { text, bold });

const EXISTING_PROMPT = 'Điện áp lưới điện sinh hoạt ở Việt Nam là bao nhiêu?';

/** "Bộ câu hỏi … có đáp án" as organizers write it in Word. */
async function unionBankDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          p({ text: 'BỘ CÂU HỎI TÌM HIỂU CÔNG ĐOÀN VIỆT NAM (CÓ ĐÁP ÁN)', bold: true }),
          p({ text: 'Câu 1: ', bold: true }, 'Công đoàn Việt Nam được thành lập vào ngày nào?'),
          option('A', '28/7/1929', true),
          option('B', '3/2/1930'),
          option('C', '1/5/1886'),
          option('D', '19/8/1945'),
          p({ text: 'Câu 2. ', bold: true }, 'Luật Công đoàn hiện hành được thông qua năm nào?'),
          p('A. 1990'),
          p('B. 2024'),
          p('C. 2012'),
          p('D. 2019'),
          p('Đáp án: B'),
          p({ text: 'Câu 3: ', bold: true }, 'Cơ quan lãnh đạo cao nhất của Công đoàn là gì?'),
          option('A', 'Ban Chấp hành Tổng Liên đoàn'),
          option('B', 'Đại hội Công đoàn Việt Nam'),
          option('C', 'Đoàn Chủ tịch'),
          // The bank already holds this one (typed with other spacing).
          p(
            { text: 'Câu 4: ', bold: true },
            'Điện áp lưới điện  sinh hoạt ở Việt Nam là bao nhiêu?',
          ),
          option('A', '110 V'),
          option('B', '220 V', true),
          option('C', '380 V'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const AIKEN = `Công đoàn Việt Nam được thành lập ngày nào?
A. 28/7/1929
B. 3/2/1930
ANSWER: A

Điện áp lưới điện sinh hoạt ở Việt Nam là bao nhiêu?
A) 110V
B) 220V
C) 380V
ANSWER: B
`;

const GIFT = `// An toàn điện
::Q1:: Dây trung tính được nối đất ở trạm biến áp. {T}

::Q2:: Những thiết bị nào tiết kiệm điện? {
  ~%50%Bóng đèn LED
  ~%50%Điều hòa inverter
  ~%-100%Bóng đèn sợi đốt
}

::Q3:: Điện áp sinh hoạt là bao nhiêu vôn? {=220 =220V}
`;

/**
 * A text-only .docx of about 5 MB written the way Word writes it (rsids, run properties), zipped
 * with fflate: the `docx` package takes minutes to write a document this large.
 */
function bigDocx(questions: number): Uint8Array {
  const syllables = (
    'công đoàn người lao động an toàn điện năng tiết kiệm doanh nghiệp pháp luật quyền lợi ' +
    'đoàn viên thiết bị sinh hoạt bảo hộ quy định trách nhiệm hợp đồng tiền lương thời giờ ' +
    'làm việc nghỉ ngơi thương lượng tập thể đại hội ban chấp hành cơ sở cấp trên trực tiếp'
  ).split(' ');
  let seed = 2026;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const words = (n: number) =>
    Array.from({ length: n }, () => syllables[random(syllables.length)]).join(' ');
  const rsid = () => (0x100000 + random(0xefffff)).toString(16).toUpperCase().padStart(8, '0');
  const run = (text: string, bold = false) =>
    `<w:r w:rsidRPr="${rsid()}"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>` +
    `${bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="26"/><w:lang w:val="vi-VN"/></w:rPr>` +
    `<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const para = (runs: string) =>
    `<w:p w:rsidR="${rsid()}" w:rsidRDefault="${rsid()}"><w:pPr><w:jc w:val="both"/></w:pPr>${runs}</w:p>`;
  const body: string[] = [];
  for (let i = 1; i <= questions; i++) {
    body.push(para(run(`Câu ${i}: `, true) + run(`${words(60 + random(240))} ${i}?`)));
    const answer = random(4);
    for (let k = 0; k < 4; k++)
      body.push(
        para(run(`${'ABCD'[k]}. `, true) + run(`${words(3 + random(30))} ${k}`, k === answer)),
      );
  }
  const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${ns}><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`,
    ),
  });
}

describe('question banks: import with preview (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let participant: TestUser;
  let docx: Buffer;

  const api = () => request(t.baseUrl);
  const newBank = async (title = 'Ngân hàng xem trước') =>
    (await api().post('/api/banks').set(organizer.auth).send({ title, theme: 'Thử' }).expect(201))
      .body.id as string;
  const addQuestion = (bankId: string, prompt: string) =>
    api()
      .post(`/api/banks/${bankId}/questions`)
      .set(organizer.auth)
      .send({
        type: 'single',
        prompt,
        options: [
          { text: '220 V', correct: true },
          { text: '110 V', correct: false },
        ],
      })
      .expect(201);
  const upload = (bankId: string, file: Buffer | Uint8Array, name: string) =>
    api()
      .post(`/api/banks/${bankId}/imports`)
      .set(organizer.auth)
      .attach('file', Buffer.from(file), name);
  const prompts = async (bankId: string) =>
    (
      (
        await api()
          .get(`/api/banks/${bankId}/questions?pageSize=500`)
          .set(organizer.auth)
          .expect(200)
      ).body.items as Array<{ prompt: string; options: Array<{ text: string; correct: boolean }> }>
    ).map((q) => q.prompt);
  const questionRows = async (bankId: string) =>
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
    docx = await unionBankDocx();
  });
  afterAll(async () => {
    await t.close();
  });

  it('previews a Word file, takes an edit and a drop, and imports exactly the confirmed questions', async () => {
    const bankId = await newBank();
    await addQuestion(bankId, EXISTING_PROMPT);

    const uploaded = await upload(bankId, docx, 'Bộ câu hỏi có đáp án.docx').expect(201);
    const preview = uploaded.body as {
      id: string;
      format: string;
      filename: string;
      items: PreviewItem[];
    };
    expect(preview).toMatchObject({
      format: 'docx',
      filename: 'Bộ câu hỏi có đáp án.docx',
      errors: [],
    });
    expect(preview.items.map((i) => i.index)).toEqual([0, 1, 2, 3]);
    const [bold, answerLine, noAnswer, duplicate] = preview.items;

    expect(bold.options.map((o) => o.correct)).toEqual([true, false, false, false]);
    expect(bold.reasons).toContain('Đáp án in đậm (phương án A)');
    expect(bold).toMatchObject({ type: 'single', warnings: [], problems: [] });

    expect(answerLine.options.map((o) => o.correct)).toEqual([false, true, false, false]);
    expect(answerLine.reasons).toContain("Dòng 'Đáp án: B'");
    expect(answerLine.warnings).toEqual([]);

    expect(noAnswer.options.every((o) => !o.correct)).toBe(true);
    expect(noAnswer.warnings).toContain('Không tìm thấy đáp án');
    expect(noAnswer.problems).toEqual([
      { field: 'options', message: expect.stringMatching(/phương án đúng/) },
    ]);
    expect(noAnswer.warnings.some((w) => w.startsWith('Chưa thể nhập:'))).toBe(true);

    expect(duplicate.warnings).toEqual(['Trùng với một câu hỏi đã có trong ngân hàng']);
    expect(uploaded.body.summary).toEqual({
      questions: 4,
      withAnswer: 3,
      needsReview: 2,
      fileErrors: 0,
      text: '4 câu, 3 có đáp án, 2 cần kiểm tra',
    });
    expect(await questionRows(bankId)).toBe(1); // nothing written by the upload

    // Another device picks the preview up again.
    const pending = await api().get(`/api/banks/${bankId}/imports`).set(organizer.auth).expect(200);
    expect(pending.body).toEqual([
      expect.objectContaining({ id: preview.id, format: 'docx', itemCount: 4 }),
    ]);
    const again = await api()
      .get(`/api/banks/${bankId}/imports/${preview.id}`)
      .set(organizer.auth)
      .expect(200);
    expect(again.body.items).toEqual(preview.items);

    // Fix the question without an answer: mark B.
    const fixed = await api()
      .patch(`/api/banks/${bankId}/imports/${preview.id}/items/2`)
      .set(organizer.auth)
      .send({
        options: noAnswer.options.map((o, i) => ({ text: o.text, correct: i === 1 })),
        tags: ['Lịch sử'],
      })
      .expect(200);
    expect(fixed.body).toMatchObject({
      index: 2,
      prompt: noAnswer.prompt,
      warnings: [],
      problems: [],
      edited: true,
      tags: ['Lịch sử'],
    });
    expect(fixed.body.options[1]).toEqual({ text: 'Đại hội Công đoàn Việt Nam', correct: true });

    // Drop the duplicate; the others keep their indexes.
    await api()
      .delete(`/api/banks/${bankId}/imports/${preview.id}/items/3`)
      .set(organizer.auth)
      .expect(204);
    await api()
      .delete(`/api/banks/${bankId}/imports/${preview.id}/items/3`)
      .set(organizer.auth)
      .expect(404);
    const afterDrop = await api()
      .get(`/api/banks/${bankId}/imports/${preview.id}`)
      .set(organizer.auth)
      .expect(200);
    expect(afterDrop.body.items.map((i: PreviewItem) => i.index)).toEqual([0, 1, 2]);
    expect(await questionRows(bankId)).toBe(1);

    const confirmed = await api()
      .post(`/api/banks/${bankId}/imports/${preview.id}/confirm`)
      .set(organizer.auth)
      .expect(201);
    expect(confirmed.body).toEqual({ created: 3 });

    const listed = await api()
      .get(`/api/banks/${bankId}/questions?pageSize=500`)
      .set(organizer.auth)
      .expect(200);
    expect(listed.body.items.map((q: { prompt: string }) => q.prompt)).toEqual([
      EXISTING_PROMPT,
      bold.prompt,
      answerLine.prompt,
      noAnswer.prompt,
    ]);
    const imported = listed.body.items.slice(1) as Array<{
      options: Array<{ correct: boolean }>;
      tags: string[];
    }>;
    expect(imported.map((q) => q.options.findIndex((o) => o.correct))).toEqual([0, 1, 1]);
    expect(imported[2].tags).toEqual(['lịch sử']);

    // Once confirmed: no second import, no more edits, no longer pending.
    const twice = await api()
      .post(`/api/banks/${bankId}/imports/${preview.id}/confirm`)
      .set(organizer.auth)
      .expect(409);
    expect(twice.body.code).toBe('CONFLICT');
    await api()
      .patch(`/api/banks/${bankId}/imports/${preview.id}/items/0`)
      .set(organizer.auth)
      .send({ prompt: 'Sửa muộn?' })
      .expect(409);
    expect(await questionRows(bankId)).toBe(4);
    const done = await api()
      .get(`/api/banks/${bankId}/imports/${preview.id}`)
      .set(organizer.auth)
      .expect(200);
    expect(done.body.confirmedAt).toEqual(expect.any(String));
    expect(
      (await api().get(`/api/banks/${bankId}/imports`).set(organizer.auth).expect(200)).body,
    ).toEqual([]);
  });

  it('writes nothing when a preview is uploaded and abandoned, and forgets it once expired', async () => {
    const bankId = await newBank();
    const otherBank = await newBank('Ngân hàng khác');
    const { id } = (await upload(bankId, docx, 'cau-hoi.docx').expect(201)).body as { id: string };
    expect(await questionRows(bankId)).toBe(0);
    expect(await prompts(bankId)).toEqual([]);

    // Only through its own bank.
    await api().get(`/api/banks/${otherBank}/imports/${id}`).set(organizer.auth).expect(404);
    await api()
      .post(`/api/banks/${otherBank}/imports/${id}/confirm`)
      .set(organizer.auth)
      .expect(404);

    await t.dataSource.query(
      `UPDATE question_imports SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [id],
    );
    await api().get(`/api/banks/${bankId}/imports/${id}`).set(organizer.auth).expect(404);
    await api().post(`/api/banks/${bankId}/imports/${id}/confirm`).set(organizer.auth).expect(404);
    // The next upload purges expired previews.
    await upload(otherBank, Buffer.from(AIKEN), 'aiken.txt').expect(201);
    const left = await t.dataSource.query('SELECT 1 FROM question_imports WHERE id = $1', [id]);
    expect(left).toEqual([]);
    expect(await questionRows(bankId)).toBe(0);
  });

  it('refuses to confirm while an item is invalid, listing its problems, and writes nothing', async () => {
    const bankId = await newBank();
    const { id } = (await upload(bankId, docx, 'cau-hoi.docx').expect(201)).body as { id: string };
    const refused = await api()
      .post(`/api/banks/${bankId}/imports/${id}/confirm`)
      .set(organizer.auth)
      .expect(400);
    expect(refused.body.code).toBe('IMPORT_FAILED');
    expect(refused.body.message).toMatch(/Còn 1 câu chưa hợp lệ/);
    expect(refused.body.details).toEqual([
      { index: 2, field: 'options', message: expect.stringMatching(/phương án đúng/) },
    ]);
    expect(await questionRows(bankId)).toBe(0);

    // An edit can make an item invalid too; dropping it unblocks the import.
    const broken = await api()
      .patch(`/api/banks/${bankId}/imports/${id}/items/0`)
      .set(organizer.auth)
      .send({ prompt: '   ', type: 'multiple' })
      .expect(200);
    expect(broken.body.problems).toEqual([
      { field: 'prompt', message: 'Nội dung câu hỏi không được để trống' },
    ]);
    expect(broken.body.type).toBe('multiple');
    await api()
      .delete(`/api/banks/${bankId}/imports/${id}/items/0`)
      .set(organizer.auth)
      .expect(204);
    await api()
      .delete(`/api/banks/${bankId}/imports/${id}/items/2`)
      .set(organizer.auth)
      .expect(204);
    expect(
      (
        await api()
          .post(`/api/banks/${bankId}/imports/${id}/confirm`)
          .set(organizer.auth)
          .expect(201)
      ).body,
    ).toEqual({ created: 2 });
    expect(await questionRows(bankId)).toBe(2);
  });

  it('checks the shape of an edit and answers 404 for an item that is not there', async () => {
    const bankId = await newBank();
    const { id } = (await upload(bankId, docx, 'cau-hoi.docx').expect(201)).body as { id: string };
    const bad = await api()
      .patch(`/api/banks/${bankId}/imports/${id}/items/0`)
      .set(organizer.auth)
      .send({ type: 'matching', unknown: 1 })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    await api()
      .patch(`/api/banks/${bankId}/imports/${id}/items/99`)
      .set(organizer.auth)
      .send({ prompt: 'X?' })
      .expect(404);
    await api()
      .patch(`/api/banks/${bankId}/imports/${id}/items/abc`)
      .set(organizer.auth)
      .send({ prompt: 'X?' })
      .expect(404);
    await api()
      .get(`/api/banks/${bankId}/imports/00000000-0000-4000-8000-000000000000`)
      .set(organizer.auth)
      .expect(404);
  });

  it('reads Aiken and GIFT files into preview items, with duplicates inside the file flagged', async () => {
    const bankId = await newBank();
    const aiken = await upload(bankId, Buffer.from(AIKEN + '\n' + AIKEN), 'bo-cau-hoi.txt').expect(
      201,
    );
    expect(aiken.body.format).toBe('aiken');
    expect(aiken.body.items).toHaveLength(4);
    expect(aiken.body.items[1].options.map((o: { correct: boolean }) => o.correct)).toEqual([
      false,
      true,
      false,
    ]);
    expect(aiken.body.items[1].reasons).toContain('Dòng "ANSWER: B" (dòng 10)');
    expect(aiken.body.items[2].warnings).toEqual(['Trùng với câu 1 trong tệp']);
    expect(aiken.body.summary.text).toBe('4 câu, 4 có đáp án, 2 cần kiểm tra');

    const gift = await upload(bankId, Buffer.from(GIFT), 'an-toan-dien.gift').expect(201);
    expect(gift.body.format).toBe('gift');
    expect(gift.body.items.map((i: PreviewItem) => i.type)).toEqual([
      'true_false',
      'multiple',
      'short_text',
    ]);
    expect(gift.body.items[2]).toMatchObject({ acceptedAnswers: ['220', '220V'], problems: [] });
    expect(
      (
        await api()
          .post(`/api/banks/${bankId}/imports/${gift.body.id}/confirm`)
          .set(organizer.auth)
          .expect(201)
      ).body,
    ).toEqual({ created: 3 });
  });

  it('refuses empty, unrecognisable and question-less files with a plain explanation', async () => {
    const bankId = await newBank();
    const empty = await upload(bankId, Buffer.alloc(0), 'rong.docx').expect(400);
    expect(empty.body).toMatchObject({ code: 'IMPORT_FAILED', message: 'Tệp tải lên rỗng.' });
    const binary = await upload(
      bankId,
      Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]),
      'anh.png',
    ).expect(400);
    expect(binary.body.code).toBe('IMPORT_FAILED');
    expect(binary.body.message).toMatch(/Không nhận ra định dạng tệp/);
    const minutes = await Packer.toBuffer(
      new Document({
        sections: [{ children: [p('Biên bản họp Ban Chấp hành công đoàn cơ sở.')] }],
      }),
    );
    const none = await upload(bankId, minutes, 'bien-ban.docx').expect(400);
    expect(none.body.code).toBe('IMPORT_FAILED');
    expect(none.body.message).toMatch(/câu hỏi/);
    const missing = await api()
      .post(`/api/banks/${bankId}/imports`)
      .set(organizer.auth)
      .expect(400);
    expect(missing.body.code).toBe('IMPORT_FAILED');
    expect(
      await t.dataSource.query('SELECT 1 FROM question_imports WHERE bank_id = $1', [bankId]),
    ).toEqual([]);
  });

  it('is for organizers and admins only', async () => {
    const bankId = await newBank();
    const { id } = (await upload(bankId, docx, 'cau-hoi.docx').expect(201)).body as { id: string };
    await api()
      .post(`/api/banks/${bankId}/imports`)
      .set(participant.auth)
      .attach('file', docx, 'cau-hoi.docx')
      .expect(403);
    await api().get(`/api/banks/${bankId}/imports/${id}`).set(participant.auth).expect(403);
    await api().get(`/api/banks/${bankId}/imports`).set(participant.auth).expect(403);
    await api()
      .patch(`/api/banks/${bankId}/imports/${id}/items/0`)
      .set(participant.auth)
      .send({ prompt: 'X?' })
      .expect(403);
    await api()
      .delete(`/api/banks/${bankId}/imports/${id}/items/0`)
      .set(participant.auth)
      .expect(403);
    await api()
      .post(`/api/banks/${bankId}/imports/${id}/confirm`)
      .set(participant.auth)
      .expect(403);
    await api().get(`/api/banks/${bankId}/imports/${id}`).expect(401);
    expect(await questionRows(bankId)).toBe(0);
  });

  it('previews a 5 MB Word document in a few seconds', async () => {
    const bankId = await newBank();
    const file = bigDocx(9000);
    const started = Date.now();
    const res = await upload(bankId, file, 'ngan-hang-lon.docx').expect(201);
    const elapsed = Date.now() - started;
    console.log(
      `import preview: ${(file.length / 1024 / 1024).toFixed(1)} MB .docx, ${res.body.items.length} questions in ${elapsed} ms (upload, parse, store, answer)`,
    );
    expect(file.length).toBeGreaterThan(4.8 * 1024 * 1024);
    expect(res.body.items).toHaveLength(9000);
    expect(res.body.items.every((i: PreviewItem) => i.problems.length === 0)).toBe(true);
  }, 180_000); // building the file alone takes seconds on a busy 2-core machine
});
