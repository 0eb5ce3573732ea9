import ExcelJS from 'exceljs';
import { detectFormat } from './detect-format';
import { parseQuizizz } from './quizizz';

/** A sheet laid out like Quizizz's spreadsheet template (header, then a row of instructions). */
async function quizizzSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow([
    'Question Text',
    'Question Type',
    'Option 1',
    'Option 2',
    'Option 3',
    'Option 4',
    'Option 5',
    'Correct Answer',
    'Time in seconds',
    'Image Link',
  ]);
  ws.addRow([
    'Text of the question (required)',
    'Question Type (default is Multiple Choice)',
    'Text for option 1 (required in all cases except open-ended & draw questions)',
    'Text for option 2 (required in all cases except open-ended & draw questions)',
    'Text for option 3 (optional)',
    'Text for option 4 (optional)',
    'Text for option 5 (optional)',
    'The correct option choice (between 1-5). Leave blank for "Open-Ended", "Poll", "Draw" and "Fill-in-the-Blank".',
    'Time in seconds (optional, default value is 30 seconds)',
    'Link of the image (optional)',
  ]);
  ws.addRow([
    'Điện áp sinh hoạt ở Việt Nam?',
    'Multiple Choice',
    '110V',
    '220V',
    '380V',
    '',
    '',
    2,
    30,
    '',
  ]);
  ws.addRow([
    'Việc nào giúp tiết kiệm điện?',
    'Checkbox',
    'Tắt đèn',
    'Bật đèn cả ngày',
    'Dùng đèn LED',
    '',
    '',
    '1,3',
    30,
    '',
  ]);
  ws.addRow([
    'Thủ đô Việt Nam là ____',
    'Fill-in-the-Blank',
    'Hà Nội',
    'Ha Noi',
    '',
    '',
    '',
    '',
    30,
    '',
  ]);
  ws.addRow(['Nêu cảm nghĩ về ngày 28/7', 'Open-Ended', '', '', '', '', '', '', 60, '']);
  ws.addRow(['Bạn thích môn thể thao nào?', 'Poll', 'Bóng đá', 'Cầu lông', '', '', '', '', 20, '']);
  ws.addRow([
    'Cầu dao nào trong hình?',
    'Multiple Choice',
    'Cầu dao 1 pha',
    'Cầu dao 3 pha',
    '',
    '',
    '',
    '1',
    20,
    'https://example.com/a.png',
  ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('parseQuizizz', () => {
  it('is recognised from its header row', async () => {
    expect(detectFormat(await quizizzSheet())).toBe('quizizz');
  });

  it('skips the instructions row and reads every question type', async () => {
    const { items, format } = parseQuizizz(await quizizzSheet());
    expect(format).toBe('quizizz');
    expect(items.map((i) => i.question.type)).toEqual([
      'single',
      'multiple',
      'short_text',
      'essay',
      'single',
      'single',
    ]);
    expect(items[0].source).toEqual({ row: 3 });
    expect(items[0].question.options?.map((o) => o.correct)).toEqual([false, true, false]);
    expect(items[1].question.options?.map((o) => o.correct)).toEqual([true, false, true]);
    expect(items[1].warnings).toEqual([]);
    expect(items[2].question.acceptedAnswers).toEqual(['Hà Nội', 'Ha Noi']);
    expect(items[3].question).toEqual({ type: 'essay', prompt: 'Nêu cảm nghĩ về ngày 28/7' });
  });

  it('warns about polls without a correct answer and about images it cannot import', async () => {
    const { items } = parseQuizizz(await quizizzSheet());
    expect(items[4].warnings.some((w) => /Poll/.test(w))).toBe(true);
    expect(items[4].warnings).toContain('Không tìm thấy đáp án');
    expect(items[5].warnings).toContain(
      'Câu hỏi có ảnh (Image Link); ảnh không được nhập, cần thêm lại nếu cần',
    );
  });
});
