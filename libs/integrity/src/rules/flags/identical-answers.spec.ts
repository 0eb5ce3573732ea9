import { formatOneInVi } from './chance-format';
import { attempt, minutes } from './fixtures-for-spec';
import { detectIdenticalAnswers, pairKey } from './identical-answers';
import type { AnsweredQuestion, FlagAttempt } from './types';

/** Deterministic uniform numbers in [0, 1) for person i and question q. */
function uniform(i: number, q: number): number {
  let h = (i * 2_654_435_761 + q * 40_503 + 12_345) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b) >>> 0;
  h ^= h >>> 16;
  return h / 2 ** 32;
}

/** Option "r" is right; honest people pick r 85 %, w1 10 %, w2 4 %, w3 1 %. */
function honestChoice(i: number, q: number): string {
  const u = uniform(i, q);
  return u < 0.85 ? 'r' : u < 0.95 ? 'w1' : u < 0.99 ? 'w2' : 'w3';
}

function sheet(choices: string[], from = 1): AnsweredQuestion[] {
  return choices.map((c, k) => ({
    questionId: `q${from + k}`,
    optionIds: [c],
    correct: c === 'r',
    optionCount: 4,
  }));
}

/** `n` honest attempts on an 8-question quiz, submitted a minute apart. */
function honestRound(n: number, questions = 8): FlagAttempt[] {
  return Array.from({ length: n }, (_, i) =>
    attempt(`h${i}`, {
      answers: sheet(Array.from({ length: questions }, (_, q) => honestChoice(i, q))),
      submittedAt: minutes(i),
    }),
  );
}

const FIVE_WRONG = ['w2', 'r', 'w3', 'w2', 'r', 'w2', 'r', 'w3'];

describe('identical_answers judged by the odds', () => {
  it('does not flag a sequence of common right answers, however many share it', () => {
    const allRight = Array.from({ length: 8 }, () => 'r');
    const round = [
      ...honestRound(100),
      ...['x1', 'x2', 'x3', 'x4', 'x5', 'x6'].map((id) =>
        attempt(id, { answers: sheet(allRight) }),
      ),
    ];
    expect(detectIdenticalAnswers(round)).toEqual([]);
  });

  it('flags 5 identical wrong answers in an 8-question quiz, with the odds in plain Vietnamese', () => {
    const round = [
      ...honestRound(100),
      attempt('A', { answers: sheet(FIVE_WRONG), submittedAt: minutes(200), ip: '10.1.1.7' }),
      attempt('B', {
        answers: sheet(FIVE_WRONG),
        submittedAt: new Date(minutes(200).getTime() + 40_000),
        ip: '10.1.1.7',
      }),
    ];
    const flags = detectIdenticalAnswers(round);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ attemptIds: ['A', 'B'], userIds: ['u-A', 'u-B'] });
    expect(flags[0].evidence).toMatchObject({ identicalWrong: 5, sharedQuestions: 8, sameIp: 1 });
    expect(flags[0].evidence.log10Chance).toBeLessThan(-6);
    expect(flags[0].detail).toMatch(
      /5 câu sai giống hệt nhau; khả năng trùng ngẫu nhiên khoảng 1 trên [\d,]+ (nghìn tỷ|tỷ|triệu)/,
    );
    expect(flags[0].detail).toContain('Nộp bài cách nhau 40 giây, cùng mạng (IP 10.1.1.7)');
  });

  it('leaves honest people of a large round alone', () => {
    expect(detectIdenticalAnswers(honestRound(3000))).toEqual([]);
  });

  it('does not flag the same pair under a stricter threshold', () => {
    const round = [
      ...honestRound(100),
      attempt('A', { answers: sheet(FIVE_WRONG) }),
      attempt('B', { answers: sheet(FIVE_WRONG) }),
    ];
    expect(detectIdenticalAnswers(round, { oneIn: 1e15 })).toEqual([]);
  });

  it('does not flag two sheets that differ on a question both answered', () => {
    const other = [...FIVE_WRONG];
    other[7] = 'w1';
    const round = [
      ...honestRound(100),
      attempt('A', { answers: sheet(FIVE_WRONG) }),
      attempt('B', { answers: sheet(other) }),
    ];
    expect(detectIdenticalAnswers(round)).toEqual([]);
  });

  it('does not flag two attempts of one account', () => {
    const round = [
      ...honestRound(100),
      attempt('A1', { userId: 'u', answers: sheet(FIVE_WRONG) }),
      attempt('A2', { userId: 'u', answers: sheet(FIVE_WRONG) }),
    ];
    expect(detectIdenticalAnswers(round)).toEqual([]);
  });

  it('compares different draws on the questions both attempts share', () => {
    // A answered q1..q8, B q4..q11: on q4..q8 both chose rare wrong answers.
    const a = sheet(['r', 'r', 'r', 'w3', 'w2', 'w3', 'w2', 'w3']);
    const b = sheet(['w3', 'w2', 'w3', 'w2', 'w3', 'r', 'w1', 'r'], 4);
    const round = [
      ...honestRound(100, 11),
      attempt('A', { answers: a }),
      attempt('B', { answers: b }),
    ];
    const flags = detectIdenticalAnswers(round);
    expect(flags).toHaveLength(1);
    expect(flags[0].evidence).toMatchObject({ sharedQuestions: 5, identicalWrong: 5 });
  });

  it('flags a cluster of five accounts with one sequence that no pair alone would flag', () => {
    const sequence = ['w1', 'r', 'r', 'w1', 'r', 'r', 'r', 'r'];
    const five = ['c1', 'c2', 'c3', 'c4', 'c5'].map((id, k) =>
      attempt(id, { answers: sheet(sequence), submittedAt: minutes(300 + k) }),
    );
    const pair = detectIdenticalAnswers([...honestRound(100), ...five.slice(0, 2)]);
    expect(pair).toEqual([]);
    const flags = detectIdenticalAnswers([...honestRound(100), ...five]);
    expect(flags).toHaveLength(1);
    expect(flags[0].attemptIds).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(flags[0].detail).toContain('5 tài khoản (5 lượt thi)');
    expect(flags[0].detail).toContain('cả nhóm cùng một bộ đáp án');
    expect(flags[0].detail).toContain('Nộp bài trong vòng 4 phút');
  });

  it('says when the same accounts were flagged together in other rounds', () => {
    const round = [
      ...honestRound(100),
      attempt('A', { answers: sheet(FIVE_WRONG) }),
      attempt('B', { answers: sheet(FIVE_WRONG) }),
    ];
    const history = new Map([[pairKey('u-B', 'u-A'), 2]]);
    const [flag] = detectIdenticalAnswers(round, {}, history);
    expect(flag.evidence.otherRounds).toBe(2);
    expect(flag.detail).toContain('ở 2 tuần thi khác của cuộc thi');
  });
});

describe('formatOneInVi', () => {
  it('says large odds in words with two significant digits', () => {
    expect(formatOneInVi(4_180_000)).toBe('4,2 triệu');
    expect(formatOneInVi(250)).toBe('250');
    expect(formatOneInVi(12_500)).toBe('13 nghìn');
    expect(formatOneInVi(3.2e10)).toBe('32 tỷ');
    expect(formatOneInVi(1e16)).toBe('hơn 1 triệu tỷ');
  });
});
