import type { DrawnQuestion } from '@app/attempts';
import { changedScores, moveToVersion, prizeMoves, regradeWarnings } from './regrade';

const drawn: DrawnQuestion[] = [
  { questionId: 'q1', versionId: 'v1', bankId: 'b', optionOrder: ['c', 'a', 'b'] },
  { questionId: 'q2', versionId: 'w1', bankId: 'b', optionOrder: ['x', 'y'] },
];

describe('moveToVersion', () => {
  it('points the question at the new version, keeps the order seen and appends new options', () => {
    const moved = moveToVersion(drawn, 'q1', {
      versionId: 'v2',
      options: [
        { id: 'a', text: 'A', correct: false },
        { id: 'b2', text: 'B sửa', correct: true },
        { id: 'c', text: 'C', correct: false },
      ],
    });
    expect(moved[0]).toEqual({
      questionId: 'q1',
      versionId: 'v2',
      bankId: 'b',
      optionOrder: ['c', 'a', 'b2'],
    });
    expect(moved[1]).toBe(drawn[1]);
    expect(drawn[0].versionId).toBe('v1');
  });
});

describe('regradeWarnings', () => {
  it('names options the new version lost, with how many chose them, and a change of type', () => {
    const warnings = regradeWarnings(
      [
        {
          versionId: 'v1',
          version: 1,
          type: 'single',
          options: [
            { id: 'a', text: 'Hà Nội', correct: false },
            { id: 'b', text: 'Huế', correct: true },
          ],
        },
      ],
      {
        versionId: 'v2',
        version: 2,
        type: 'multiple',
        options: [{ id: 'a', text: 'Hà Nội', correct: true }],
      },
      new Map([['b', 7]]),
    );
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('“single”');
    expect(warnings[1]).toContain('“Huế” của phiên bản 1');
    expect(warnings[1]).toContain('7 lượt');
  });

  it('says nothing when only the key moved between options that remain', () => {
    const options = [
      { id: 'a', text: 'A', correct: true },
      { id: 'b', text: 'B', correct: false },
    ];
    expect(
      regradeWarnings([{ versionId: 'v1', version: 1, type: 'single', options }], {
        versionId: 'v2',
        version: 2,
        type: 'single',
        options: options.map((o) => ({ ...o, correct: !o.correct })),
      }),
    ).toEqual([]);
  });
});

describe('changedScores', () => {
  it('keeps only attempts whose score or right answers change', () => {
    const before = [
      { attemptId: 'a', score: 8, correctCount: 8 },
      { attemptId: 'b', score: 9, correctCount: 9 },
      { attemptId: 'c', score: 5, correctCount: 5 },
    ];
    const after = new Map([
      ['a', { attemptId: 'a', score: 9, correctCount: 9 }],
      ['b', { attemptId: 'b', score: 9, correctCount: 9 }],
    ]);
    expect(changedScores(before, after)).toEqual([{ before: before[0], after: after.get('a') }]);
  });
});

describe('prizeMoves', () => {
  it('lists people whose prize appears, disappears or changes', () => {
    expect(
      prizeMoves(
        [
          { userId: 'u1', prize: 'first' },
          { userId: 'u2', prize: 'second' },
          { userId: 'u3', prize: null },
          { userId: 'u4', prize: 'third' },
        ],
        [
          { userId: 'u1', prize: 'second' },
          { userId: 'u2', prize: 'first' },
          { userId: 'u3', prize: 'third' },
          { userId: 'u4', prize: 'third' },
        ],
      ),
    ).toEqual([
      { userId: 'u1', before: 'first', after: 'second' },
      { userId: 'u2', before: 'second', after: 'first' },
      { userId: 'u3', before: null, after: 'third' },
    ]);
  });
});
