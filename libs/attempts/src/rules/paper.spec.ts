import { createSeededRng } from '@app/contests';
import { buildPaper, type PaperQuestion } from './paper';

const question = (n: number, type: string, points: number, options = 4): PaperQuestion => ({
  questionId: `q${n}`,
  versionId: `v${n}`,
  bankId: 'b1',
  type,
  points,
  optionIds: Array.from({ length: options }, (_, i) => `q${n}-o${i}`),
});

describe('buildPaper', () => {
  const drawn = [
    question(1, 'single', 1),
    question(2, 'true_false', 2, 2),
    question(3, 'multiple', 1.5, 6),
    question(4, 'essay', 5, 0),
  ];

  it('keeps the drawn order of questions and sums their points into the maximum score', () => {
    const paper = buildPaper(drawn, { shuffleOptions: true }, createSeededRng('seed'));
    expect(paper.questions.map((q) => q.questionId)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(paper.questions[0]).toMatchObject({ versionId: 'v1', bankId: 'b1' });
    expect(paper.maxScore).toBe(9.5);
  });

  it('shuffles the options of choice questions when the contest asks for it, never true/false', () => {
    let shuffledSomewhere = false;
    for (let seed = 0; seed < 20; seed++) {
      const paper = buildPaper(drawn, { shuffleOptions: true }, createSeededRng(`s${seed}`));
      const [single, trueFalse, multiple] = paper.questions;
      expect(trueFalse.optionOrder).toEqual(['q2-o0', 'q2-o1']);
      expect([...single.optionOrder].sort()).toEqual([...drawn[0].optionIds]);
      expect([...multiple.optionOrder].sort()).toEqual([...drawn[2].optionIds]);
      if (multiple.optionOrder.join() !== drawn[2].optionIds.join()) shuffledSomewhere = true;
    }
    expect(shuffledSomewhere).toBe(true);
  });

  it('keeps the authored option order when the contest does not shuffle', () => {
    const paper = buildPaper(drawn, { shuffleOptions: false }, createSeededRng('seed'));
    expect(paper.questions.map((q) => q.optionOrder)).toEqual(drawn.map((q) => q.optionIds));
  });

  it('gives the same paper for the same random sequence', () => {
    const a = buildPaper(drawn, { shuffleOptions: true }, createSeededRng('same'));
    const b = buildPaper(drawn, { shuffleOptions: true }, createSeededRng('same'));
    expect(a).toEqual(b);
  });
});
