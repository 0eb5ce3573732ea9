import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { deflateRawSync } from 'zlib';
import { detectFormat } from './detect-format';
import { parseQuestionFile } from './parse-any';
import { QuestionFileError } from './question-file-error';
import { decodeText } from './text-encoding';
import { writeTemplateCsv, writeTemplateXlsx } from './template-export';

const AIKEN = 'Câu hỏi?\nA. Một\nB. Hai\nANSWER: A\n';
const GIFT = '::Q1:: Câu hỏi? {=Một ~Hai}\n';
const MOODLE =
  '<?xml version="1.0"?>\n<quiz><question type="essay"><questiontext><text>Viết</text></questiontext></question></quiz>';
const QUESTION = {
  type: 'single' as const,
  prompt: 'Câu hỏi?',
  options: [
    { text: 'Một', correct: true },
    { text: 'Hai', correct: false },
  ],
};

async function docx(): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph('Câu 1: Câu hỏi?'),
            new Paragraph('A. Một'),
            new Paragraph('B. Hai'),
            new Paragraph('Đáp án: A'),
          ],
        },
      ],
    }),
  );
}

/** A one-entry zip written by hand (deflated by zlib), optionally lying about the size. */
function zipOf(name: string, content: Buffer, declaredSize = content.length): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

async function expectFileError(
  promise: Promise<unknown>,
  code: string,
): Promise<QuestionFileError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(QuestionFileError);
  expect((err as QuestionFileError).code).toBe(code);
  return err as QuestionFileError;
}

describe('detectFormat', () => {
  it('recognises each format from its content, whatever the file name says', async () => {
    expect(detectFormat(await docx(), 'x.bin')).toBe('docx');
    expect(detectFormat(await writeTemplateXlsx([QUESTION]), 'x.txt')).toBe('xlsx');
    expect(detectFormat(writeTemplateCsv([QUESTION]))).toBe('csv');
    expect(detectFormat(Buffer.from(AIKEN))).toBe('aiken');
    expect(detectFormat(Buffer.from(GIFT))).toBe('gift');
    expect(detectFormat(Buffer.from(MOODLE))).toBe('moodle_xml');
  });

  it('returns null for empty, binary and unknown zip or XML input', () => {
    expect(detectFormat(Buffer.alloc(0))).toBeNull();
    expect(
      detectFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ).toBeNull();
    expect(detectFormat(Buffer.from(zipSync({ 'a.txt': strToU8('x') })))).toBeNull();
    expect(detectFormat(Buffer.from('<html><body>x</body></html>'))).toBeNull();
    expect(detectFormat(Buffer.from('   \n  '))).toBeNull();
  });
});

describe('parseQuestionFile', () => {
  it('dispatches every format to its parser', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow([
      'Question Text',
      'Question Type',
      'Option 1',
      'Option 2',
      'Correct Answer',
    ]);
    wb.getWorksheet('Sheet1')?.addRow(['Câu hỏi?', 'Multiple Choice', 'Một', 'Hai', 1]);
    const quizizz = Buffer.from(await wb.xlsx.writeBuffer());
    const inputs: [Uint8Array, string][] = [
      [await docx(), 'docx'],
      [await writeTemplateXlsx([QUESTION]), 'xlsx'],
      [writeTemplateCsv([QUESTION]), 'csv'],
      [Buffer.from(AIKEN), 'aiken'],
      [Buffer.from(GIFT), 'gift'],
      [quizizz, 'quizizz'],
    ];
    for (const [buf, format] of inputs) {
      const result = await parseQuestionFile(buf);
      expect(result.format).toBe(format);
      expect(result.items[0].question).toEqual(QUESTION);
    }
    expect((await parseQuestionFile(Buffer.from(MOODLE))).items[0].question).toEqual({
      type: 'essay',
      prompt: 'Viết',
    });
  });

  it('refuses an empty file', async () => {
    const err = await expectFileError(parseQuestionFile(Buffer.alloc(0)), 'EMPTY_FILE');
    expect(err.message).toBe('Tệp tải lên rỗng.');
  });

  it('refuses a file it does not recognise with a Vietnamese explanation', async () => {
    const err = await expectFileError(
      parseQuestionFile(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0])),
      'UNRECOGNIZED_FORMAT',
    );
    expect(err.message).toMatch(/Không nhận ra định dạng tệp/);
  });

  it('explains that old .doc/.xls files must be saved as .docx/.xlsx', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const err = await expectFileError(parseQuestionFile(ole, 'de-thi.doc'), 'UNRECOGNIZED_FORMAT');
    expect(err.message).toMatch(/\.docx hoặc \.xlsx/);
  });

  it('reads text saved as UTF-16 (Notepad\'s "Unicode", little and big endian)', async () => {
    const aiken = 'Thủ đô của Việt Nam?\r\nA. Huế\r\nB. Hà Nội\r\nANSWER: B\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(aiken, 'utf16le')]);
    const fromLe = await parseQuestionFile(le, 'cau-hoi.txt');
    expect(fromLe.format).toBe('aiken');
    expect(fromLe.items[0].question).toMatchObject({
      prompt: 'Thủ đô của Việt Nam?',
      options: [
        { text: 'Huế', correct: false },
        { text: 'Hà Nội', correct: true },
      ],
    });
    const gift = '::Q1:: Công đoàn Việt Nam thành lập năm 1929. {T}\n';
    const utf16le = Buffer.from(gift, 'utf16le');
    const be = Buffer.alloc(utf16le.length + 2);
    be[0] = 0xfe;
    be[1] = 0xff;
    for (let i = 0; i < utf16le.length; i += 2) {
      be[i + 2] = utf16le[i + 1];
      be[i + 3] = utf16le[i];
    }
    const fromBe = await parseQuestionFile(be, 'bank.gift');
    expect(fromBe.format).toBe('gift');
    expect(fromBe.items[0].question).toMatchObject({
      type: 'true_false',
      prompt: 'Công đoàn Việt Nam thành lập năm 1929.',
    });
    const csv = 'Nội dung câu hỏi,Phương án A,Phương án B,Đáp án đúng\nThủ đô?,Huế,Hà Nội,B\n';
    const fromCsv = await parseQuestionFile(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]),
      'mau.csv',
    );
    expect(fromCsv.format).toBe('csv');
    expect(fromCsv.items[0].question.options?.[1]).toEqual({ text: 'Hà Nội', correct: true });
  });

  it('reads a Windows-1258 text file and explains an encoding it cannot read', async () => {
    // "Câu hỏi;Đáp án" in Windows-1258 (issue 17: read, not refused).
    const cp1258 = Buffer.from([
      0x43, 0xe2, 0x75, 0x20, 0x68, 0x6f, 0xd2, 0x69, 0x3b, 0xd0, 0xe1, 0x70, 0x20, 0xe1, 0x6e,
      0x0a,
    ]);
    expect(decodeText(cp1258)).toBe('Câu hỏi;Đáp án\n');
    // "Тип;Ответ" in Windows-1251.
    const cp1251 = Buffer.from([0xd2, 0xe8, 0xef, 0x3b, 0xce, 0xf2, 0xe2, 0xe5, 0xf2, 0x0a]);
    const err = await expectFileError(parseQuestionFile(cp1251, 'cau-hoi.csv'), 'NOT_UTF8');
    expect(err.message).toMatch(/UTF-8/);
  });

  it('refuses an upload larger than the limit before reading it', async () => {
    await expectFileError(
      parseQuestionFile(Buffer.alloc(21 * 1024 * 1024, 0x41)),
      'FILE_TOO_LARGE',
    );
  });

  it('stops a zip bomb at the uncompressed-size budget', async () => {
    const bomb = zipOf('word/document.xml', Buffer.alloc(101 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const err = await expectFileError(parseQuestionFile(bomb), 'FILE_TOO_LARGE');
    expect(err.message).toMatch(/vượt quá 100 MB/);
  });

  it('refuses a broken zip as a corrupt file', async () => {
    const good = await docx();
    const broken = Buffer.from(good.subarray(0, good.length - 200));
    const err = await expectFileError(parseQuestionFile(broken), 'CORRUPT_FILE');
    expect(err.message).toMatch(/Tệp bị hỏng/);
  });
});
