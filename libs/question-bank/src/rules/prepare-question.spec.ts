import type { QuestionInput } from '../question-input';
import { normalizeTags, prepareQuestion, validateQuestion } from './prepare-question';

const single = (over: Partial<QuestionInput> = {}): QuestionInput => ({
  type: 'single',
  prompt: 'Công đoàn Việt Nam được thành lập ngày nào?',
  options: [
    { text: '28/7/1929', correct: true },
    { text: '1/5/1930', correct: false },
    { text: '3/2/1930', correct: false },
  ],
  ...over,
});

const fields = (input: QuestionInput) => validateQuestion(input).map((e) => e.field);

describe('validateQuestion', () => {
  it('accepts a well-formed question of every type', () => {
    expect(validateQuestion(single())).toEqual([]);
    expect(
      validateQuestion({
        type: 'multiple',
        prompt: 'Những thiết bị nào tiết kiệm điện?',
        options: [
          { text: 'Đèn LED', correct: true },
          { text: 'Bóng sợi đốt', correct: false },
          { text: 'Điều hoà inverter', correct: true },
        ],
      }),
    ).toEqual([]);
    expect(
      validateQuestion({
        type: 'true_false',
        prompt: 'Được dùng tay ướt cắm phích điện.',
        options: [
          { text: 'Đúng', correct: false },
          { text: 'Sai', correct: true },
        ],
      }),
    ).toEqual([]);
    expect(
      validateQuestion({ type: 'short_text', prompt: 'Điện áp?', acceptedAnswers: ['220V'] }),
    ).toEqual([]);
    expect(validateQuestion({ type: 'essay', prompt: 'Trình bày vai trò của CĐCS.' })).toEqual([]);
  });

  it('requires exactly one correct option for single', () => {
    const none = single({
      options: [
        { text: 'A', correct: false },
        { text: 'B', correct: false },
      ],
    });
    const two = single({
      options: [
        { text: 'A', correct: true },
        { text: 'B', correct: true },
      ],
    });
    expect(validateQuestion(none)).toEqual([
      { field: 'options', message: expect.stringContaining('phải có 1 phương án đúng') },
    ]);
    expect(validateQuestion(two)).toEqual([
      { field: 'options', message: expect.stringContaining('đang có 2') },
    ]);
  });

  it('requires at least one correct option for multiple', () => {
    expect(
      fields({
        type: 'multiple',
        prompt: 'P',
        options: [
          { text: 'A', correct: false },
          { text: 'B', correct: false },
        ],
      }),
    ).toEqual(['options']);
  });

  it('requires exactly two options, one correct, for true_false', () => {
    expect(
      fields({
        type: 'true_false',
        prompt: 'P',
        options: [
          { text: 'Đúng', correct: true },
          { text: 'Sai', correct: false },
          { text: 'Không biết', correct: false },
        ],
      }),
    ).toEqual(['options']);
    expect(
      fields({
        type: 'true_false',
        prompt: 'P',
        options: [
          { text: 'Đúng', correct: true },
          { text: 'Sai', correct: true },
        ],
      }),
    ).toEqual(['options']);
  });

  it('requires 2 to 8 options for choice types', () => {
    expect(fields(single({ options: [{ text: 'A', correct: true }] }))).toEqual(['options']);
    const nine = Array.from({ length: 9 }, (_, i) => ({ text: `P${i}`, correct: i === 0 }));
    expect(fields(single({ options: nine }))).toEqual(['options']);
    expect(fields(single({ options: undefined }))).toEqual(['options']);
  });

  it('names empty and duplicate options by position, comparing case- and space-insensitively', () => {
    const errors = validateQuestion(
      single({
        options: [
          { text: 'Hà Nội', correct: true },
          { text: '  ', correct: false },
          { text: 'hà  nội', correct: false },
        ],
      }),
    );
    expect(errors).toEqual([
      { field: 'options.1.text', message: 'Phương án B không được để trống' },
      { field: 'options.2.text', message: 'Phương án C trùng với phương án A' },
    ]);
  });

  it('treats texts that differ only by tone as different options', () => {
    expect(
      validateQuestion(
        single({
          options: [
            { text: 'Ba', correct: true },
            { text: 'Bà', correct: false },
          ],
        }),
      ),
    ).toEqual([]);
  });

  it('limits the length of prompt and options', () => {
    expect(fields(single({ prompt: '   ' }))).toEqual(['prompt']);
    expect(fields(single({ prompt: 'x'.repeat(5001) }))).toEqual(['prompt']);
    expect(validateQuestion(single({ prompt: 'x'.repeat(5001) }))[0].message).toContain('5.000');
    expect(validateQuestion(single({ prompt: 'x'.repeat(5000) }))).toEqual([]);
    const long = single({
      options: [
        { text: 'y'.repeat(1001), correct: true },
        { text: 'B', correct: false },
      ],
    });
    expect(fields(long)).toEqual(['options.0.text']);
  });

  it('requires accepted answers and no options for short_text', () => {
    expect(fields({ type: 'short_text', prompt: 'P' })).toEqual(['acceptedAnswers']);
    expect(fields({ type: 'short_text', prompt: 'P', acceptedAnswers: ['  '] })).toEqual([
      'acceptedAnswers',
    ]);
    expect(
      fields({
        type: 'short_text',
        prompt: 'P',
        acceptedAnswers: ['x'],
        options: [{ text: 'A', correct: true }],
      }),
    ).toEqual(['options']);
  });

  it('refuses options and accepted answers on an essay, and accepted answers on a choice', () => {
    expect(fields({ type: 'essay', prompt: 'P', options: [{ text: 'A', correct: true }] })).toEqual(
      ['options'],
    );
    expect(fields({ type: 'essay', prompt: 'P', acceptedAnswers: ['x'] })).toEqual([
      'acceptedAnswers',
    ]);
    expect(fields(single({ acceptedAnswers: ['x'] }))).toEqual(['acceptedAnswers']);
  });

  it('checks difficulty and points', () => {
    expect(fields(single({ difficulty: 4 as never }))).toEqual(['difficulty']);
    expect(fields(single({ difficulty: 0 as never }))).toEqual(['difficulty']);
    expect(fields(single({ points: 0 }))).toEqual(['points']);
    expect(fields(single({ points: 100.5 }))).toEqual(['points']);
    expect(fields(single({ points: 1.234 }))).toEqual(['points']);
    expect(fields(single({ points: Number.NaN }))).toEqual(['points']);
    expect(validateQuestion(single({ points: 100, difficulty: 3 }))).toEqual([]);
    expect(validateQuestion(single({ points: 0.25 }))).toEqual([]);
  });

  it('rejects an unknown type and survives malformed input from files', () => {
    expect(fields({ type: 'matching' as never, prompt: 'P' })).toEqual(['type']);
    expect(
      fields({
        type: 'single',
        prompt: 42 as never,
        options: [null, { text: 5 }] as never,
        tags: 'a' as never,
      }),
    ).toEqual(['prompt', 'options.0.text', 'options.1.text', 'options', 'tags']);
  });

  it('allows at most 20 distinct tags', () => {
    const tags = Array.from({ length: 21 }, (_, i) => `t${i}`);
    expect(fields(single({ tags }))).toEqual(['tags']);
    expect(fields(single({ tags: [...tags.slice(0, 20), 'T0', ' t1 '] }))).toEqual([]);
  });

  it('writes messages in Vietnamese', () => {
    for (const e of validateQuestion({ type: 'single', prompt: '', options: [] }))
      expect(e.message).toMatch(/[àáảãạăâđêôơư]/i);
  });
});

describe('prepareQuestion', () => {
  it('trims text, applies defaults and normalises tags', () => {
    const { question } = prepareQuestion(
      single({ prompt: '  Câu hỏi?  ', tags: [' Lịch Sử ', 'lịch sử', '', 'Đại  hội'] }),
    );
    expect(question).toMatchObject({
      prompt: 'Câu hỏi?',
      difficulty: 2,
      points: 1,
      explanation: null,
      acceptedAnswers: null,
      tags: ['lịch sử', 'đại hội'],
    });
  });

  it('keeps markup-like text exactly as written', () => {
    const prompt = '<img src=x onerror=alert(1)> & "quotes"';
    expect(prepareQuestion(single({ prompt })).question?.prompt).toBe(prompt);
  });

  it('drops empty and repeated accepted answers', () => {
    const { question } = prepareQuestion({
      type: 'short_text',
      prompt: 'P',
      acceptedAnswers: [' 220V ', '220V', '', '220 vôn'],
    });
    expect(question?.acceptedAnswers).toEqual(['220V', '220 vôn']);
    expect(question?.options).toEqual([]);
  });

  it('returns no question when there are errors', () => {
    expect(prepareQuestion(single({ prompt: '' })).question).toBeNull();
  });
});

describe('normalizeTags', () => {
  it('lower-cases, trims, collapses spaces and removes repeats', () => {
    expect(normalizeTags(['An Toàn  Điện', 'an toàn điện', 3, ' '])).toEqual(['an toàn điện']);
  });
});
