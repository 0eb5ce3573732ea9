import ExcelJS from 'exceljs';
import type { QuestionInput } from '../question-input';
import { detectFormat } from './detect-format';
import { neutralizeCell, unneutralizeCell } from './sheet-cells';
import { parseTemplateCsv, parseTemplateXlsx } from './template';
import { matchTemplateHeader, parseTemplateType } from './template-columns';
import {
  TEMPLATE_EXAMPLES,
  writeImportTemplateXlsx,
  writeTemplateCsv,
  writeTemplateXlsx,
} from './template-export';

async function xlsxOf(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Câu hỏi');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function csvOf(text: string, bom = true): Buffer {
  return Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf-8');
}

const QUESTIONS: QuestionInput[] = [
  {
    type: 'single',
    prompt: 'Công đoàn Việt Nam được thành lập ngày nào?',
    options: [
      { text: '28/7/1929', correct: true },
      { text: '3/2/1930', correct: false },
      { text: '1/5/1886', correct: false },
    ],
    explanation: 'Tổng Công hội Đỏ Bắc Kỳ,\nthành lập ngày 28/7/1929.',
    tags: ['Lịch sử', 'Công đoàn'],
    difficulty: 1,
    points: 1.5,
  },
  {
    type: 'multiple',
    prompt: '=HYPERLINK("http://evil.example") chọn các ý đúng; "trích dẫn"',
    options: [
      { text: '+84 912 345 678', correct: true },
      { text: '-5 độ', correct: false },
      { text: '@mention', correct: true },
      { text: "'=đã có dấu nháy", correct: false },
      { text: 'E', correct: false },
      { text: 'F', correct: false },
      { text: 'G có 7 phương án', correct: false },
    ],
  },
  {
    type: 'true_false',
    prompt: 'Phải ngắt điện trước khi cứu người bị điện giật.',
    options: [
      { text: 'Đúng', correct: true },
      { text: 'Sai', correct: false },
    ],
  },
  { type: 'short_text', prompt: 'Điện áp sinh hoạt (V)?', acceptedAnswers: ['220', '220V'] },
  { type: 'essay', prompt: 'Nêu vai trò của công đoàn cơ sở.', difficulty: 3 },
];

describe('template headers and values', () => {
  it('accepts Vietnamese and English headers, case- and diacritic-insensitively', () => {
    expect(
      matchTemplateHeader([
        'LOẠI CÂU HỎI',
        'Noi dung cau hoi',
        'Đáp án A',
        'Phương án B',
        'Đáp án đúng',
        'Giải thích',
        'Thẻ',
        'Độ khó',
        'Điểm',
      ]),
    ).toEqual({
      type: 0,
      prompt: 1,
      optionA: 2,
      optionB: 3,
      correct: 4,
      explanation: 5,
      tags: 6,
      difficulty: 7,
      points: 8,
    });
    expect(matchTemplateHeader(['type', 'prompt', 'option_a', 'option_b', 'correct'])).toEqual({
      type: 0,
      prompt: 1,
      optionA: 2,
      optionB: 3,
      correct: 4,
    });
    expect(matchTemplateHeader(['Họ tên', 'Email'])).toBeNull();
  });

  it.each([
    ['Một đáp án', 'single'],
    ['nhiều đáp án', 'multiple'],
    ['Đúng/Sai', 'true_false'],
    ['đúng sai', 'true_false'],
    ['Tự luận ngắn', 'short_text'],
    ['Điền từ', 'short_text'],
    ['tự luận', 'essay'],
    ['short_text', 'short_text'],
    ['MULTIPLE', 'multiple'],
  ])('reads the type "%s" as %s', (cell, type) => {
    expect(parseTemplateType(cell)).toBe(type);
  });

  it('neutralises formula-like text and undoes it exactly', () => {
    for (const s of [
      '=1+1',
      '+84',
      '-5',
      '@a',
      '\tx',
      '\rx',
      "'=x",
      'bình thường',
      "'bình thường",
    ]) {
      expect(unneutralizeCell(neutralizeCell(s))).toBe(s);
    }
    expect(neutralizeCell('=1+1')).toBe("'=1+1");
    expect(neutralizeCell('bình thường')).toBe('bình thường');
  });
});

describe('parseTemplateXlsx', () => {
  it('reads a well-formed sheet with Vietnamese headers and type names', async () => {
    const buf = await xlsxOf([
      [
        'Loại câu hỏi',
        'Câu hỏi',
        'Phương án A',
        'Phương án B',
        'Phương án C',
        'Phương án D',
        'Đáp án đúng',
        'Giải thích',
        'Chủ đề',
        'Mức độ',
        'Điểm',
      ],
      [
        'Một đáp án',
        'Ngày truyền thống Công đoàn Việt Nam?',
        '28/7',
        '1/5',
        '2/9',
        '',
        'A',
        '',
        'Lịch sử, Công đoàn',
        'Dễ',
        1,
      ],
      [
        'Nhiều đáp án',
        'Thiết bị tiết kiệm điện?',
        'Đèn LED',
        'Đèn sợi đốt',
        'Điều hòa inverter',
        '',
        'A, C',
        'LED và inverter',
        '',
        2,
        '1,5',
      ],
      [
        'Đúng/Sai',
        'Được dùng tay không kéo người bị điện giật.',
        '',
        '',
        '',
        '',
        'Sai',
        '',
        '',
        '',
        '',
      ],
      ['Điền từ', 'Điện áp sinh hoạt (V)?', '', '', '', '', '220 | 220V', '', '', 'khó', ''],
      ['Tự luận', 'Nêu vai trò của công đoàn.', '', '', '', '', '', '', '', '', 2],
    ]);
    expect(detectFormat(buf, 'cau-hoi.xlsx')).toBe('xlsx');
    const result = parseTemplateXlsx(buf);
    expect(result.errors).toEqual([]);
    expect(result.items.map((i) => i.question)).toEqual([
      {
        type: 'single',
        prompt: 'Ngày truyền thống Công đoàn Việt Nam?',
        options: [
          { text: '28/7', correct: true },
          { text: '1/5', correct: false },
          { text: '2/9', correct: false },
        ],
        tags: ['Lịch sử', 'Công đoàn'],
        difficulty: 1,
        points: 1,
      },
      {
        type: 'multiple',
        prompt: 'Thiết bị tiết kiệm điện?',
        options: [
          { text: 'Đèn LED', correct: true },
          { text: 'Đèn sợi đốt', correct: false },
          { text: 'Điều hòa inverter', correct: true },
        ],
        explanation: 'LED và inverter',
        difficulty: 2,
        points: 1.5,
      },
      {
        type: 'true_false',
        prompt: 'Được dùng tay không kéo người bị điện giật.',
        options: [
          { text: 'Đúng', correct: false },
          { text: 'Sai', correct: true },
        ],
      },
      {
        type: 'short_text',
        prompt: 'Điện áp sinh hoạt (V)?',
        acceptedAnswers: ['220', '220V'],
        difficulty: 3,
      },
      { type: 'essay', prompt: 'Nêu vai trò của công đoàn.', points: 2 },
    ]);
    expect(result.items[0].source).toEqual({ row: 2 });
  });

  it('reports every bad row with the row number the spreadsheet shows', async () => {
    const buf = await xlsxOf([
      [
        'Loại câu hỏi',
        'Nội dung câu hỏi',
        'Phương án A',
        'Phương án B',
        'Phương án C',
        'Đáp án đúng',
        'Mức độ',
        'Điểm',
      ],
      ['Một đáp án', 'Câu tốt', 'X', 'Y', '', 'A', '', ''],
      ['Một đáp án', '', 'X', 'Y', '', 'A', '', ''],
      ['Một đáp án', 'Hai đáp án đúng', 'X', 'Y', '', 'A,B', '', ''],
      [],
      ['Trắc nghiệm lạ', 'Loại sai', 'X', 'Y', '', 'A', '', ''],
      ['Một đáp án', 'Đáp án trỏ ô trống', 'X', 'Y', '', 'C', '', ''],
      ['Một đáp án', 'Phương án bị bỏ trống giữa', 'X', '', 'Z', 'A', '', ''],
      ['Nhiều đáp án', 'Thiếu đáp án', 'X', 'Y', '', '', 'rất khó', '-1'],
      ['Một đáp án', 'Trùng phương án', 'Hòa', 'hoà', '', 'A', '', ''],
    ]);
    const result = parseTemplateXlsx(buf);
    expect(result.errors.map((e) => e.row)).toEqual([3, 4, 6, 7, 8, 9, 9, 9, 10]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Dòng 3: thiếu nội dung câu hỏi.',
      'Dòng 4: câu một đáp án chỉ được có 1 đáp án đúng (đang có 2).',
      'Dòng 6: loại câu hỏi "Trắc nghiệm lạ" không hợp lệ (dùng: Một đáp án, Nhiều đáp án, Đúng/Sai, Điền từ, Tự luận).',
      'Dòng 7: đáp án đúng là C nhưng phương án C trống.',
      'Dòng 8: phương án B trống nhưng phương án C có nội dung.',
      'Dòng 9: thiếu đáp án đúng.',
      'Dòng 9: mức độ "rất khó" không hợp lệ (ghi 1, 2, 3 hoặc Dễ, Trung bình, Khó).',
      'Dòng 9: điểm "-1" không hợp lệ (ghi một số lớn hơn 0).',
      'Dòng 10: phương án B trùng với phương án A.',
    ]);
    // Rows with a prompt stay previewable, with their problems as warnings.
    expect(result.items.map((i) => i.source?.row)).toEqual([2, 4, 6, 7, 8, 9, 10]);
    expect(result.items[0].warnings).toEqual([]);
    expect(result.items[1].warnings).toEqual([
      'Câu một đáp án chỉ được có 1 đáp án đúng (đang có 2)',
    ]);
  });

  it('says so when the header row is missing', async () => {
    const result = parseTemplateXlsx(
      await xlsxOf([
        ['Họ tên', 'Đơn vị'],
        ['A', 'B'],
      ]),
    );
    expect(result.items).toEqual([]);
    expect(result.errors[0]).toMatchObject({ row: 1 });
    expect(result.errors[0].message).toMatch(/không tìm thấy dòng tiêu đề/);
  });
});

describe('parseTemplateCsv', () => {
  it('reads UTF-8 with BOM, semicolons and quoted fields with line breaks and quotes', () => {
    const csv = csvOf(
      'Loại câu hỏi;Nội dung câu hỏi;Phương án A;Phương án B;Đáp án đúng;Giải thích\r\n' +
        'Một đáp án;"Câu hỏi có dấu ; chấm phẩy\nvà xuống dòng";"Phương án ""A""";B;B;\r\n' +
        '\r\n' +
        "Một đáp án;'=1+1 là bao nhiêu?;2;'-2;A;Tính nhẩm\r\n",
    );
    expect(detectFormat(csv, 'cau-hoi.csv')).toBe('csv');
    const result = parseTemplateCsv(csv);
    expect(result.errors).toEqual([]);
    expect(result.items.map((i) => i.question)).toEqual([
      {
        type: 'single',
        prompt: 'Câu hỏi có dấu ; chấm phẩy\nvà xuống dòng',
        options: [
          { text: 'Phương án "A"', correct: false },
          { text: 'B', correct: true },
        ],
      },
      {
        type: 'single',
        prompt: '=1+1 là bao nhiêu?',
        options: [
          { text: '2', correct: true },
          { text: '-2', correct: false },
        ],
        explanation: 'Tính nhẩm',
      },
    ]);
    expect(result.items.map((i) => i.source?.row)).toEqual([2, 4]);
  });

  it('reads UTF-8 without BOM and with commas', () => {
    const result = parseTemplateCsv(
      csvOf(
        'type,prompt,option_a,option_b,correct\nsingle,"Câu 1, có dấu phẩy",Có,Không,A\n',
        false,
      ),
    );
    expect(result.items[0].question.prompt).toBe('Câu 1, có dấu phẩy');
    expect(result.items[0].question.options?.[0].correct).toBe(true);
  });

  it('refuses a CSV in an encoding it cannot read (not UTF-8, not Vietnamese) with a plain explanation', () => {
    // "Тип;Ответ" in Windows-1251: no Vietnamese decoding explains it.
    const cp1251 = Buffer.from([0xd2, 0xe8, 0xef, 0x3b, 0xce, 0xf2, 0xe2, 0xe5, 0xf2, 0x0a]);
    expect(() => parseTemplateCsv(cp1251)).toThrow(/UTF-8/);
  });
});

describe('template export', () => {
  it('writes XLSX that parses back to the same questions', async () => {
    const buf = await writeTemplateXlsx(QUESTIONS);
    const result = parseTemplateXlsx(buf);
    expect(result.errors).toEqual([]);
    expect(result.items.map((i) => i.question)).toEqual(QUESTIONS);
  });

  it('writes CSV (UTF-8 BOM, comma) that parses back to the same questions', () => {
    const buf = writeTemplateCsv(QUESTIONS);
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buf.toString('utf-8')).toContain(`"'=HYPERLINK(""http://evil.example"") chọn`);
    const result = parseTemplateCsv(buf);
    expect(result.errors).toEqual([]);
    expect(result.items.map((i) => i.question)).toEqual(QUESTIONS);
  });

  it('neutralises formula-like cells in the XLSX it writes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await writeTemplateXlsx(QUESTIONS));
    const row = wb.getWorksheet('Câu hỏi')?.getRow(3);
    expect(row?.getCell(2).value).toBe(
      `'=HYPERLINK("http://evil.example") chọn các ý đúng; "trích dẫn"`,
    );
    expect(row?.getCell(3).value).toBe("'+84 912 345 678");
    expect(row?.getCell(4).value).toBe("'-5 độ");
    expect(row?.getCell(6).value).toBe("''=đã có dấu nháy");
  });

  it('offers an empty template with instructions and example rows that import cleanly', async () => {
    const buf = await writeImportTemplateXlsx();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Câu hỏi', 'Hướng dẫn']);
    expect(wb.getWorksheet('Hướng dẫn')?.getCell('A1').value).toBe('HƯỚNG DẪN NHẬP CÂU HỎI');
    const result = parseTemplateXlsx(buf);
    expect(result.errors).toEqual([]);
    expect(result.items.map((i) => i.question)).toEqual(TEMPLATE_EXAMPLES);
  });
});
