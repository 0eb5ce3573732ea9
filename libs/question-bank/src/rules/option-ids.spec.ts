import { assignOptionIds, type QuestionOption } from './option-ids';

let n = 0;
const newId = () => `new-${++n}`;
beforeEach(() => {
  n = 0;
});

const old: QuestionOption[] = [
  { id: 'a', text: '110V', correct: false },
  { id: 'b', text: '220V', correct: true },
  { id: 'c', text: '380V', correct: false },
];

describe('assignOptionIds', () => {
  it('gives every option a fresh uuid on a first version', () => {
    const opts = assignOptionIds(null, [
      { text: 'A', correct: true },
      { text: 'B', correct: false },
    ]);
    expect(opts).toHaveLength(2);
    for (const o of opts) expect(o.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(opts[0].id).not.toBe(opts[1].id);
  });

  it('keeps every id when only the answer key changes (regrade maps answers 1:1)', () => {
    const next = assignOptionIds(
      old,
      [
        { text: '110V', correct: false },
        { text: '220V', correct: false },
        { text: '380V', correct: true },
      ],
      newId,
    );
    expect(next.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    expect(next.map((o) => o.correct)).toEqual([false, false, true]);
  });

  it('gives a reworded option a new id and keeps the others', () => {
    const next = assignOptionIds(
      old,
      [
        { text: '110V', correct: false },
        { text: '230V', correct: true },
        { text: '380V', correct: false },
      ],
      newId,
    );
    expect(next.map((o) => o.id)).toEqual(['a', 'new-1', 'c']);
  });

  it('follows an option the author moved, and numbers added options fresh', () => {
    const next = assignOptionIds(
      old,
      [
        { text: '380V', correct: false },
        { text: '110V', correct: false },
        { text: '220V', correct: true },
        { text: '500V', correct: false },
      ],
      newId,
    );
    expect(next.map((o) => o.id)).toEqual(['c', 'a', 'b', 'new-1']);
  });

  it('never gives two options the same id', () => {
    const next = assignOptionIds(
      [{ id: 'a', text: 'X', correct: true }],
      [
        { text: 'X', correct: true },
        { text: 'X', correct: false },
      ],
      newId,
    );
    expect(next.map((o) => o.id)).toEqual(['a', 'new-1']);
  });
});
