import type { ParseResult } from '../formats/types';
import { buildImportReport } from './import-report';

const item = (index: number, row: number, question: object) => ({
  index,
  question: question as never,
  reasons: [],
  warnings: [],
  source: { row },
});

describe('buildImportReport', () => {
  it('keeps good rows in order and reports every bad row once, by row number', () => {
    const parsed: ParseResult = {
      format: 'xlsx',
      items: [
        item(0, 2, { type: 'essay', prompt: 'Câu 1' }),
        item(1, 3, { type: 'single', prompt: 'Câu 2', options: [] }),
        item(2, 4, {
          type: 'single',
          prompt: 'Câu 3',
          options: [
            { text: 'A', correct: true },
            { text: 'B', correct: true },
          ],
        }),
        item(3, 5, { type: 'essay', prompt: 'Câu 4', points: 0 }),
        item(4, 6, { type: 'essay', prompt: 'Câu 5' }),
      ],
      errors: [{ row: 3, message: 'Dòng 3: thiếu đáp án đúng.' }],
    };
    const report = buildImportReport(parsed);
    expect(report.questions.map((q) => q.prompt)).toEqual(['Câu 1', 'Câu 5']);
    expect(report.errors).toEqual([
      { row: 3, message: 'Dòng 3: thiếu đáp án đúng.' },
      { row: 4, message: expect.stringMatching(/^Dòng 4: câu hỏi một đáp án chỉ được có 1/) },
      { row: 5, message: 'Dòng 5: điểm phải lớn hơn 0 và không quá 100.' },
    ]);
  });

  it('reports nothing for a clean file', () => {
    const report = buildImportReport({
      format: 'csv',
      items: [item(0, 2, { type: 'short_text', prompt: 'P', acceptedAnswers: ['x'] })],
      errors: [],
    });
    expect(report).toMatchObject({ errors: [], questions: [{ acceptedAnswers: ['x'] }] });
  });
});
