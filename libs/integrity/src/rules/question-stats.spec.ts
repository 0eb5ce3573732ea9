import {
  type AttemptResponses,
  computeQuestionStats,
  type ItemKey,
  type ItemResponse,
  listDefective,
  pointBiserial,
} from './question-stats';

const key = (questionId: string, correct: string[] = ['a']): ItemKey => ({
  questionId,
  options: ['a', 'b', 'c'].map((id) => ({ id, correct: correct.includes(id) })),
});

/** One response: the chosen option, right when it is in `right` (default "a"). */
const chose = (
  questionId: string,
  option: string | null,
  right: string[] = ['a'],
): ItemResponse => ({
  questionId,
  optionIds: option === null ? [] : [option],
  correct: option !== null && right.includes(option),
});

describe('pointBiserial', () => {
  it('is 1 when the item follows the score exactly', () => {
    expect(pointBiserial([true, false], [2, 1])).toBeCloseTo(1, 10);
  });

  it('is 0 when the item says nothing about the score', () => {
    expect(pointBiserial([true, true, false, false], [1, 0, 1, 0])).toBeCloseTo(0, 10);
  });

  it('is null without spread on either side or with fewer than two attempts', () => {
    expect(pointBiserial([true, true, true], [1, 2, 3])).toBeNull();
    expect(pointBiserial([true, false, true], [2, 2, 2])).toBeNull();
    expect(pointBiserial([true], [1])).toBeNull();
  });
});

describe('computeQuestionStats', () => {
  // Six attempts, four questions, key "a" everywhere (1 = right, letter = option chosen):
  //
  //        Q1   Q2   Q3   Q4   total
  //   A1   1a   1a   1a   0b    3
  //   A2   1a   1a   1a   0c    3
  //   A3   1a   1a   0b   1a    3
  //   A4   1a   0b   0b   1a    2
  //   A5   0b   0c   0b   1a    1
  //   A6   0c   0-   0c   1a    1      (Q2 left blank)
  //
  // Rest-score = total − the item. With population moments, r = cov / (sx · sy):
  // Q1: x = 1,1,1,1,0,0  rest = 2,2,2,1,1,1  mean x 2/3, mean rest 1.5, E[x·rest] = 7/6,
  //     cov = 7/6 − 1 = 1/6; var x = 2/9; var rest = 15/6 − 2.25 = 1/4;
  //     r = (1/6) / (√2/3 · 1/2) = 1/√2 ≈ 0.7071.
  // Q2: x = 1,1,1,0,0,0  rest = 2,2,2,2,1,1  mean x 1/2, mean rest 5/3, E[x·rest] = 1,
  //     cov = 1 − 5/6 = 1/6; var x = 1/4; var rest = 3 − 25/9 = 2/9;
  //     r = (1/6) / (1/2 · √2/3) = 1/√2 ≈ 0.7071.
  // Q3: x = 1,1,0,0,0,0  rest = 2,2,3,2,1,1  mean x 1/3, mean rest 11/6, E[x·rest] = 4/6,
  //     cov = 4/6 − 11/18 = 1/18; var x = 2/9; var rest = 23/6 − 121/36 = 17/36;
  //     r = (1/18) / (√2/3 · √17/6) = 1/√34 ≈ 0.1715.
  // Q4: x = 0,0,1,1,1,1  rest = 3,3,2,1,0,0  mean x 2/3, mean rest 1.5, E[x·rest] = 3/6,
  //     cov = 0.5 − 1 = −0.5; var x = 2/9; var rest = 23/6 − 2.25 = 19/12;
  //     r = −0.5 / √(2/9 · 19/12) = −0.5 · √(54/19) ≈ −0.8429.
  const table: [string | null, string | null, string | null, string | null][] = [
    ['a', 'a', 'a', 'b'],
    ['a', 'a', 'a', 'c'],
    ['a', 'a', 'b', 'a'],
    ['a', 'b', 'b', 'a'],
    ['b', 'c', 'b', 'a'],
    ['c', null, 'c', 'a'],
  ];
  const attempts: AttemptResponses[] = table.map((row, i) => ({
    attemptId: `A${i + 1}`,
    responses: row.map((option, q) => chose(`Q${q + 1}`, option)),
  }));
  const keys = ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => key(q));
  const stats = computeQuestionStats(attempts, keys, { minResponses: 5 });
  const of = (q: string) => stats.find((s) => s.questionId === q)!;

  it('counts how often each question was drawn, answered and answered right', () => {
    expect(of('Q2')).toMatchObject({ drawn: 6, answered: 5, scored: 6, correctCount: 3 });
  });

  it('computes the facility as the share of right answers', () => {
    expect(of('Q1').facility).toBeCloseTo(4 / 6, 10);
    expect(of('Q2').facility).toBeCloseTo(0.5, 10);
    expect(of('Q3').facility).toBeCloseTo(2 / 6, 10);
    expect(of('Q4').facility).toBeCloseTo(4 / 6, 10);
  });

  it('computes the discrimination against the rest-score', () => {
    expect(of('Q1').discrimination).toBeCloseTo(1 / Math.SQRT2, 6);
    expect(of('Q2').discrimination).toBeCloseTo(1 / Math.SQRT2, 6);
    expect(of('Q3').discrimination).toBeCloseTo(1 / Math.sqrt(34), 6);
    expect(of('Q4').discrimination).toBeCloseTo(-0.5 * Math.sqrt(54 / 19), 6);
  });

  it('gives the share of attempts choosing each option, blanks included in the base', () => {
    // Q2: a ×3, b ×1, c ×1, one blank, out of 6 draws.
    expect(of('Q2').options).toEqual([
      { optionId: 'a', label: 'A', correct: true, chosen: 3, share: 0.5 },
      { optionId: 'b', label: 'B', correct: false, chosen: 1, share: 1 / 6 },
      { optionId: 'c', label: 'C', correct: false, chosen: 1, share: 1 / 6 },
    ]);
  });

  it('flags a wrong option chosen more than the key', () => {
    // Q3: b ×3 against the key a ×2.
    expect(of('Q3').defects).toEqual([
      {
        kind: 'distractor_preferred',
        message:
          'Phương án sai B được chọn nhiều hơn đáp án A (3 so với 2 lượt): kiểm tra lại đáp án.',
      },
    ]);
  });

  it('flags negative discrimination with its value', () => {
    expect(of('Q4').defects.map((d) => d.kind)).toEqual(['negative_discrimination']);
    expect(of('Q4').defects[0].message).toContain('−0,84');
  });

  it('finds nothing wrong with sound questions', () => {
    expect(of('Q1').defects).toEqual([]);
    expect(of('Q2').defects).toEqual([]);
  });

  it('lists the defective questions, lowest discrimination first', () => {
    expect(listDefective(stats).map((s) => s.questionId)).toEqual(['Q4', 'Q3']);
  });

  it('flags a question nobody got right, and one everybody got right, once enough attempts are scored', () => {
    const many = (n: number, option: string): AttemptResponses[] =>
      Array.from({ length: n }, (_, i) => ({
        attemptId: `x${i}`,
        responses: [chose('easy', 'a'), chose('broken', option), chose('other', i % 2 ? 'a' : 'b')],
      }));
    const ten = computeQuestionStats(many(10, 'b'), [key('easy'), key('broken'), key('other')]);
    expect(ten.find((s) => s.questionId === 'easy')?.defects.map((d) => d.kind)).toEqual([
      'everybody_correct',
    ]);
    expect(ten.find((s) => s.questionId === 'broken')?.defects.map((d) => d.kind)).toEqual([
      'nobody_correct',
      'distractor_preferred',
    ]);
    expect(ten.find((s) => s.questionId === 'broken')?.defects[0].message).toContain('0/10');
    const nine = computeQuestionStats(many(9, 'b'), [key('easy'), key('broken'), key('other')]);
    expect(nine.every((s) => s.defects.length === 0)).toBe(true);
  });

  it('compares a wrong option with the least chosen correct option of a multiple-answer question', () => {
    const right = ['a', 'c'];
    const multi = (options: string[]): AttemptResponses => ({
      attemptId: options.join(''),
      responses: [
        {
          questionId: 'M',
          optionIds: options,
          correct: options.length === 2 && options.every((o) => right.includes(o)),
        },
      ],
    });
    // a chosen 5 times, c twice, b three times: b beats the key option c.
    const result = computeQuestionStats(
      [
        multi(['a', 'c']),
        multi(['a', 'c']),
        multi(['a', 'b']),
        multi(['a', 'b']),
        multi(['a', 'b']),
      ],
      [key('M', right)],
      { minResponses: 5 },
    );
    expect(result[0].defects).toEqual([
      expect.objectContaining({
        kind: 'distractor_preferred',
        message: expect.stringContaining('B được chọn nhiều hơn đáp án C (3 so với 2'),
      }),
    ]);
  });

  it('leaves essays waiting for a judge out of the facility and discrimination', () => {
    const result = computeQuestionStats([
      { attemptId: '1', responses: [{ questionId: 'E', correct: null, text: 'Bài viết' }] },
      { attemptId: '2', responses: [{ questionId: 'E', correct: true, text: 'Bài viết' }] },
    ]);
    expect(result).toEqual([
      expect.objectContaining({
        questionId: 'E',
        drawn: 2,
        answered: 2,
        scored: 1,
        correctCount: 1,
        facility: 1,
        discrimination: null,
      }),
    ]);
  });

  it('lists keyed questions never drawn with empty statistics', () => {
    const [unused] = computeQuestionStats([], [key('unused')]);
    expect(unused).toMatchObject({ drawn: 0, facility: null, discrimination: null, defects: [] });
    expect(unused.options.map((o) => o.share)).toEqual([null, null, null]);
  });

  it('counts a question listed twice in one attempt once', () => {
    const [q] = computeQuestionStats(
      [{ attemptId: '1', responses: [chose('Q', 'a'), chose('Q', 'b')] }],
      [key('Q')],
    );
    expect(q).toMatchObject({ drawn: 1, correctCount: 1 });
  });
});
