import { detectIdenticalAnswers } from './identical-answers';
import { type AnsweredQuestion } from './types';
import { minutes, attempt, answers } from './fixtures-for-spec';

describe('identical_answers', () => {
  it('groups two accounts with the same answers in the same order within minutes', () => {
    const flags = detectIdenticalAnswers([
      attempt('A', { answers: answers(1, 12, { q3: 'b' }), submittedAt: minutes(0) }),
      attempt('B', { answers: answers(1, 12, { q3: 'b' }), submittedAt: minutes(3) }),
      attempt('C', { answers: answers(1, 12, { q3: 'c' }), submittedAt: minutes(4) }),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'identical_answers',
      attemptIds: ['A', 'B'],
      userIds: ['u-A', 'u-B'],
      evidence: { attempts: 2, accounts: 2, pairs: 1, minSharedQuestions: 12, maxGapMs: 180_000 },
    });
    expect(flags[0].detail).toContain('trên 12 câu hỏi chung');
    expect(flags[0].detail).toContain('3 phút');
    expect(flags[0].detail).not.toContain('câu sai giống nhau');
  });

  it('does not flag the same answers given in a different order', () => {
    const swapped = answers(1, 12);
    [swapped[0], swapped[1]] = [swapped[1], swapped[0]];
    expect(
      detectIdenticalAnswers([
        attempt('A', { answers: answers(1, 12) }),
        attempt('B', { answers: swapped }),
      ]),
    ).toEqual([]);
  });

  it('does not flag attempts of the same account', () => {
    expect(
      detectIdenticalAnswers([
        attempt('A1', { userId: 'u', answers: answers(1, 12) }),
        attempt('A2', { userId: 'u', answers: answers(1, 12), submittedAt: minutes(5) }),
      ]),
    ).toEqual([]);
  });

  it('does not flag submissions further apart than the window', () => {
    expect(
      detectIdenticalAnswers([
        attempt('A', { answers: answers(1, 12), submittedAt: minutes(0) }),
        attempt('B', { answers: answers(1, 12), submittedAt: minutes(10.5) }),
      ]),
    ).toEqual([]);
  });

  it('needs at least 10 shared questions', () => {
    expect(
      detectIdenticalAnswers([
        attempt('A', { answers: answers(1, 9) }),
        attempt('B', { answers: answers(1, 9) }),
      ]),
    ).toEqual([]);
  });

  it('compares only the questions both drew', () => {
    // A drew q1..q15, B drew q4..q18 (random draws): 12 shared questions, identical there.
    const flags = detectIdenticalAnswers([
      attempt('A', { answers: answers(1, 15, { q1: 'c' }) }),
      attempt('B', { answers: answers(4, 18, { q18: 'd' }) }),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0].evidence.minSharedQuestions).toBe(12);
  });

  it('counts identical wrong answers as the stronger evidence', () => {
    const marked = (list: AnsweredQuestion[]) =>
      list.map((a) => ({ ...a, correct: !['q2', 'q5', 'q7'].includes(a.questionId) }));
    const flags = detectIdenticalAnswers([
      attempt('A', { answers: marked(answers(1, 10)) }),
      attempt('B', { answers: marked(answers(1, 10)) }),
    ]);
    expect(flags[0].evidence.maxSharedWrong).toBe(3);
    expect(flags[0].detail).toContain('trong đó 3 câu sai giống nhau');
  });

  it('compares typed answers ignoring case and spacing, and skips blank answers', () => {
    const typed = (text: string): AnsweredQuestion[] => [
      ...answers(1, 10),
      { questionId: 'q11', text },
      { questionId: 'q12', optionIds: [] },
    ];
    const flags = detectIdenticalAnswers([
      attempt('A', { answers: typed('Tôn Đức Thắng') }),
      attempt('B', { answers: typed('  tôn  đức thắng') }),
    ]);
    expect(flags[0].evidence.minSharedQuestions).toBe(11);
  });

  it('joins chains of identical pairs into one group', () => {
    const flags = detectIdenticalAnswers([
      attempt('A', { answers: answers(1, 12), submittedAt: minutes(0) }),
      attempt('B', { answers: answers(1, 12), submittedAt: minutes(8) }),
      attempt('C', { answers: answers(1, 12), submittedAt: minutes(16) }),
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0].attemptIds).toEqual(['A', 'B', 'C']);
    expect(flags[0].evidence).toMatchObject({ attempts: 3, accounts: 3, pairs: 2 });
    expect(flags[0].detail).toContain('ít nhất 12 câu hỏi chung');
  });
});
