import { countImport } from './import-counts';
import type { ReviewedImportItem } from './review-import-items';

function item(
  index: number,
  question: ReviewedImportItem['question'],
  warnings: string[] = [],
): ReviewedImportItem {
  return { index, question, reasons: [], warnings, problems: [], edited: false };
}

describe('countImport', () => {
  it('counts questions, those with a known answer and those to check, in one sentence', () => {
    const items = [
      item(0, {
        type: 'single',
        prompt: 'a',
        options: [
          { text: 'x', correct: true },
          { text: 'y', correct: false },
        ],
      }),
      item(
        1,
        {
          type: 'single',
          prompt: 'b',
          options: [
            { text: 'x', correct: false },
            { text: 'y', correct: false },
          ],
        },
        ['Không tìm thấy đáp án'],
      ),
      item(2, { type: 'short_text', prompt: 'c', acceptedAnswers: ['Hà Nội'] }),
      item(3, { type: 'short_text', prompt: 'd', acceptedAnswers: [] }, ['Thiếu đáp án']),
      item(4, { type: 'essay', prompt: 'e' }),
    ];
    expect(countImport(items, 0)).toEqual({
      questions: 5,
      withAnswer: 3,
      needsReview: 2,
      fileErrors: 0,
      text: '5 câu, 3 có đáp án, 2 cần kiểm tra',
    });
  });

  it('writes thousands the Vietnamese way and names blocks that gave no question', () => {
    const items = Array.from({ length: 1234 }, (_, i) =>
      item(i, {
        type: 'true_false',
        prompt: `${i}`,
        options: [
          { text: 'Đúng', correct: true },
          { text: 'Sai', correct: false },
        ],
      }),
    );
    expect(countImport(items, 2).text).toBe(
      '1.234 câu, 1.234 có đáp án, 0 cần kiểm tra, 2 lỗi không thành câu hỏi',
    );
  });
});
