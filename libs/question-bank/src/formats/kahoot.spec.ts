import ExcelJS from 'exceljs';
import { detectFormat } from './detect-format';
import { parseKahoot } from './kahoot';

/** A sheet laid out like Kahoot's "KahootQuizTemplate.xlsx". */
async function kahootSheet(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('B2').value = 'Quiz template';
  ws.getCell('B3').value =
    'Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have fun creating your awesome quiz!';
  ws.getCell('B4').value =
    'Remember: questions have a limit of 120 characters and answers can have 75 characters max.';
  ws.getRow(8).values = [
    '',
    'Question - max 120 characters',
    'Answer 1 - max 75 characters',
    'Answer 2 - max 75 characters',
    'Answer 3 - max 75 characters',
    'Answer 4 - max 75 characters',
    'Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs',
    'Correct answer(s) - choose at least one',
  ];
  ws.getRow(9).values = [
    1,
    'Công đoàn Việt Nam thành lập năm nào?',
    '1929',
    '1930',
    '1945',
    '1975',
    20,
    1,
  ];
  ws.getRow(10).values = [
    2,
    'Thiết bị nào tiết kiệm điện?',
    'Đèn LED',
    'Đèn sợi đốt',
    'Điều hòa inverter',
    '',
    30,
    '1,3',
  ];
  ws.getRow(11).values = [
    3,
    'Phải ngắt điện trước khi cứu người bị giật.',
    'Đúng',
    'Sai',
    '',
    '',
    10,
    '1',
  ];
  ws.getRow(12).values = [4, 'Câu hỏi thiếu đáp án đúng', 'Một', 'Hai', '', '', 20, ''];
  ws.getRow(13).values = [5, 'Câu hỏi đáp án trỏ ô trống', 'Một', 'Hai', '', '', 20, '4'];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('parseKahoot', () => {
  it('is recognised from its header row', async () => {
    expect(detectFormat(await kahootSheet(), 'quiz.xlsx')).toBe('kahoot');
  });

  it('reads questions under the header with their correct answers', async () => {
    const result = parseKahoot(await kahootSheet());
    expect(result.format).toBe('kahoot');
    expect(result.items).toHaveLength(5);
    expect(result.items[0].question).toEqual({
      type: 'single',
      prompt: 'Công đoàn Việt Nam thành lập năm nào?',
      options: [
        { text: '1929', correct: true },
        { text: '1930', correct: false },
        { text: '1945', correct: false },
        { text: '1975', correct: false },
      ],
    });
    expect(result.items[0].source).toEqual({ row: 9 });
    expect(result.items[0].reasons).toContain('Cột "Correct answer(s)" của Kahoot: 1');
  });

  it('reads "1,3" as a multiple-answer question and explains Kahoot\'s different scoring', async () => {
    const item = parseKahoot(await kahootSheet()).items[1];
    expect(item.question.type).toBe('multiple');
    expect(item.question.options).toEqual([
      { text: 'Đèn LED', correct: true },
      { text: 'Đèn sợi đốt', correct: false },
      { text: 'Điều hòa inverter', correct: true },
    ]);
    expect(item.warnings[0]).toMatch(/Kahoot tính điểm khi chọn một trong các đáp án đúng/);
  });

  it('recognises true/false and warns about missing or wrong answers', async () => {
    const { items } = parseKahoot(await kahootSheet());
    expect(items[2].question.type).toBe('true_false');
    expect(items[3].warnings).toContain('Không tìm thấy đáp án');
    expect(items[4].warnings).toContain('Đáp án đúng số 4 trỏ tới phương án trống');
  });
});
