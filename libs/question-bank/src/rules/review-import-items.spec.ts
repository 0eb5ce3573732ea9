import type { StoredImportItem } from '../entities/question-import.entity';
import { applyImportEdit, DUPLICATE_IN_BANK, reviewImportItems } from './review-import-items';

const single = (prompt: string, correct: number | null = 0) => ({
  type: 'single' as const,
  prompt,
  options: ['Một', 'Hai', 'Ba'].map((text, i) => ({ text, correct: i === correct })),
});

const item = (index: number, question: StoredImportItem['question'], warnings: string[] = []) => ({
  index,
  question,
  reasons: ['In đậm phương án'],
  warnings,
});

describe('reviewImportItems', () => {
  it('lists the problems of an invalid item and says so in its warnings', () => {
    const [reviewed] = reviewImportItems(
      [item(0, single('Câu hỏi?', null), ['Không tìm thấy đáp án'])],
      [],
    );
    expect(reviewed.problems).toEqual([
      { field: 'options', message: expect.stringMatching(/phương án đúng/) },
    ]);
    expect(reviewed.warnings[0]).toBe('Không tìm thấy đáp án');
    expect(reviewed.warnings[1]).toMatch(
      /^Chưa thể nhập: câu hỏi một đáp án phải có 1 phương án đúng/,
    );
  });

  it('warns about a prompt already in the bank, whatever the tone placement and spacing', () => {
    const [a, b] = reviewImportItems(
      [item(0, single('Thế nào là  hoà giải?')), item(1, single('Câu khác?'))],
      ['thế nào là hòa giải?'],
    );
    expect(a.warnings).toEqual([DUPLICATE_IN_BANK]);
    expect(b.warnings).toEqual([]);
  });

  it('warns the later of two equal prompts in the file, naming the first', () => {
    const reviewed = reviewImportItems(
      [item(0, single('Điện áp?')), item(3, single('Câu khác?')), item(5, single('ĐIỆN ÁP?'))],
      [],
    );
    expect(reviewed.map((r) => r.warnings)).toEqual([[], [], ['Trùng với câu 1 trong tệp']]);
  });

  it('drops the parser warnings of an edited item and keeps its reasons', () => {
    const [r] = reviewImportItems(
      [{ ...item(0, single('Câu?'), ['Không tìm thấy đáp án']), edited: true }],
      [],
    );
    expect(r).toMatchObject({
      warnings: [],
      problems: [],
      edited: true,
      reasons: ['In đậm phương án'],
    });
  });
});

describe('applyImportEdit', () => {
  it('replaces the edited fields and removes the ones set to null', () => {
    const q = { ...single('Cũ?'), explanation: 'Giải thích' };
    expect(applyImportEdit(q, { prompt: 'Mới?', explanation: null })).toEqual({
      ...single('Mới?'),
    });
  });

  it('drops options when the type changes to one without options', () => {
    expect(
      applyImportEdit(single('Câu?'), { type: 'short_text', acceptedAnswers: ['Hà Nội'] }),
    ).toEqual({
      type: 'short_text',
      prompt: 'Câu?',
      options: [],
      acceptedAnswers: ['Hà Nội'],
    });
  });
});
