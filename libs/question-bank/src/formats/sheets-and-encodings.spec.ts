import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { unicodeToTcvn3, unicodeToVni } from '../../../core/src/text/legacy-fonts';
import { detectFormat } from './detect-format';
import { parseQuestionFile } from './parse-any';
import { QuestionFileError } from './question-file-error';
import type { ParsedItem } from './types';

/** Issue 17: the type words organizers write, Quizizz/Kahoot sheets saved as CSV, legacy encodings. */

const HEADER = 'Loại câu hỏi,Nội dung câu hỏi,Phương án A,Phương án B,Phương án C,Đáp án đúng';

const TYPE_ROWS: [string, string, string][] = [
  // type cell, rest of the row, expected type
  ['Một đáp án', 'Thủ đô?,Huế,Hà Nội,Vinh,B', 'single'],
  ['Nhiều đáp án', 'Số chẵn?,2,3,4,"A,C"', 'multiple'],
  ['Đúng/Sai', 'Trái đất tròn?,Đúng,Sai,,A', 'true_false'],
  ['True/False', 'The earth is flat?,True,False,,B', 'true_false'],
  ['Multiple choice', 'Một cộng một?,1,2,3,B', 'single'],
  ['Multiple-choice', 'Số nguyên tố?,2,3,4,"A,B"', 'multiple'],
  ['Trắc nghiệm', 'Hai nhân hai?,3,4,5,B', 'single'],
  ['Checkbox', 'Màu cờ Việt Nam?,Đỏ,Vàng,Xanh,"A,B"', 'multiple'],
  ['Fill-in-the-blank', 'Thủ đô Việt Nam là ___?,,,,Hà Nội|Ha Noi', 'short_text'],
  ['Open-ended', 'Nêu cảm nghĩ của bạn.,,,,', 'essay'],
];

function csvOf(rows: [string, string, string][]): Buffer {
  return Buffer.from(`${HEADER}\n${rows.map(([t, rest]) => `${t},${rest}`).join('\n')}\n`);
}

function correctLetters(item: ParsedItem): string {
  return (item.question.options ?? [])
    .flatMap((o, i) => (o.correct ? [String.fromCharCode(65 + i)] : []))
    .join(',');
}

describe('spreadsheets: the type words organizers write', () => {
  it('maps every type word of a CSV as its source tool means it', async () => {
    const result = await parseQuestionFile(csvOf(TYPE_ROWS), 'cau-hoi.csv');
    expect(result.format).toBe('csv');
    expect(result.errors).toEqual([]);
    expect(result.items.map((i) => i.question.type)).toEqual(TYPE_ROWS.map((r) => r[2]));
    expect(result.items.map(correctLetters)).toEqual([
      'B',
      'A,C',
      'A',
      'B',
      'B',
      'A,B',
      'B',
      'A,B',
      '',
      '',
    ]);
    expect(result.items[8].question.acceptedAnswers).toEqual(['Hà Nội', 'Ha Noi']);
    expect(result.items[4].reasons.join(' ')).toMatch(/Multiple choice.*một đáp án đúng/);
  });

  it('maps the same words in an .xlsx', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Câu hỏi');
    ws.addRow(HEADER.split(','));
    ws.addRow(['Multiple choice', 'Một cộng một?', '1', '2', '3', 'B']);
    ws.addRow(['Checkbox', 'Số chẵn?', '2', '3', '4', 'A,C']);
    ws.addRow(['Đúng/Sai', 'Nước sôi ở 100 độ C?', 'Đúng', 'Sai', '', 'Đúng']);
    ws.addRow(['Nhiều đáp án', 'Số lẻ?', '1', '2', '3', 'A, C']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const result = await parseQuestionFile(buf, 'cau-hoi.xlsx');
    expect(result.format).toBe('xlsx');
    expect(result.items.map((i) => i.question.type)).toEqual([
      'single',
      'multiple',
      'true_false',
      'multiple',
    ]);
    expect(result.items.map(correctLetters)).toEqual(['B', 'A,C', 'A', 'A,C']);
  });
});

describe('Quizizz and Kahoot sheets saved as CSV', () => {
  const QUIZIZZ_CSV = [
    'Question Text,Question Type,Option 1,Option 2,Option 3,Option 4,Option 5,Correct Answer,Time in seconds,Image Link,Answer explanation',
    'Text of the question (required),Question Type (default is Multiple Choice),Text for option 1,Text for option 2,Text for option 3 (optional),Text for option 4 (optional),Text for option 5 (optional),The correct option choice (between 1-5),Time in seconds (optional),Link of the image (optional),',
    'Điện áp sinh hoạt ở Việt Nam?,Multiple Choice,110V,220V,380V,,,2,30,,',
    'Số chẵn?,Checkbox,1,2,3,4,,"2,4",30,,',
    'Thủ đô của Việt Nam?,Fill-in-the-Blank,Hà Nội,Ha Noi,,,,,30,,',
  ].join('\r\n');

  it('recognises a Quizizz CSV as Quizizz, not as our template', async () => {
    const buf = Buffer.from(QUIZIZZ_CSV);
    expect(detectFormat(buf, 'quizizz.csv')).toBe('quizizz');
    const result = await parseQuestionFile(buf, 'quizizz.csv');
    expect(result.format).toBe('quizizz');
    expect(result.items.map((i) => i.question.type)).toEqual(['single', 'multiple', 'short_text']);
    expect(result.items.map(correctLetters)).toEqual(['B', 'B,D', '']);
    for (const e of result.errors) expect(e.message).not.toMatch(/mẫu nhập|tiêu đề của mẫu/);
  });

  it('recognises a Kahoot CSV (title rows above the header) as Kahoot', async () => {
    const csv = [
      'Quiz template,,,,,,',
      'Add questions, at least two answer alternatives, time limit and choose correct answers (at least one).,,,,,,',
      'Question - max 120 characters,Answer 1 - max 75 characters,Answer 2 - max 75 characters,Answer 3 - max 75 characters,Answer 4 - max 75 characters,"Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",Correct answer(s) - choose at least one',
      'Thủ đô của Việt Nam?,Huế,Hà Nội,Đà Nẵng,Vinh,20,2',
      'Số chẵn?,1,2,3,4,20,"2,4"',
    ].join('\n');
    const buf = Buffer.from(csv);
    expect(detectFormat(buf, 'kahoot.csv')).toBe('kahoot');
    const result = await parseQuestionFile(buf, 'kahoot.csv');
    expect(result.items.map(correctLetters)).toEqual(['B', 'B,D']);
  });
});

describe('text files in legacy Vietnamese encodings', () => {
  const AIKEN = 'Thủ đô của Việt Nam là thành phố nào?\nA. Huế\nB. Hà Nội\nC. Đà Nẵng\nANSWER: B\n';

  it('reads a Windows-1258 file (combining tone marks)', async () => {
    // Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes the tone as a combining mark.
    const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
    const cp1258 = [...AIKEN]
      .map((ch) => {
        const d = ch.normalize('NFD');
        return d.replace(tones, '').normalize('NFC') + (d.match(tones) ?? []).join('');
      })
      .join('');
    const buf = iconv.encode(cp1258, 'windows-1258');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(buf)).toThrow();
    const result = await parseQuestionFile(buf, 'de.txt');
    expect(result.format).toBe('aiken');
    expect(result.items[0].question.prompt).toBe('Thủ đô của Việt Nam là thành phố nào?');
    expect(result.items[0].question.options?.[1]).toEqual({ text: 'Hà Nội', correct: true });
    expect(result.items[0].reasons[0]).toMatch(/Windows-1258/);
  });

  it('reads a TCVN3 (ABC) file', async () => {
    const buf = Buffer.from(unicodeToTcvn3(AIKEN), 'latin1');
    const result = await parseQuestionFile(buf, 'de.txt');
    expect(result.items[0].question.prompt).toBe('Thủ đô của Việt Nam là thành phố nào?');
    expect(result.items[0].question.options?.map((o) => o.text)).toEqual([
      'Huế',
      'Hà Nội',
      'Đà Nẵng',
    ]);
    expect(result.items[0].reasons[0]).toMatch(/TCVN3/);
  });

  it('reads a VNI CSV', async () => {
    const csv = `${HEADER}\nMột đáp án,Thủ đô của Việt Nam?,Huế,Hà Nội,Vinh,B\n`;
    const buf = iconv.encode(unicodeToVni(csv), 'windows-1252');
    const result = await parseQuestionFile(buf, 'de.csv');
    expect(result.format).toBe('csv');
    expect(result.items[0].question.prompt).toBe('Thủ đô của Việt Nam?');
    expect(result.items[0].question.options?.[1]).toEqual({ text: 'Hà Nội', correct: true });
    expect(result.items[0].reasons[0]).toMatch(/VNI/);
  });

  it('refuses other encodings with one sentence saying how to save the file', async () => {
    const buf = iconv.encode(
      'Столица Вьетнама?\nA. Хюэ\nB. Ханой\nANSWER: B\nЭто вопрос на русском языке, сохранённый в кодировке Windows-1251.\n',
      'win1251',
    );
    const err = await parseQuestionFile(buf, 'de.txt').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QuestionFileError);
    expect((err as QuestionFileError).code).toBe('NOT_UTF8');
    expect((err as QuestionFileError).message).toMatch(/UTF-8/);
  });
});
