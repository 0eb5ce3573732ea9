import { describe, expect, it } from 'vitest';
import { defaultRound, draftProblems, drawTotal, slugify, toBody, toDraft } from './contest-draft';
import type { AdminContest } from '../api/types';

const saved: AdminContest = {
  id: 'c1',
  title: 'Tìm hiểu Công đoàn Việt Nam',
  slug: 'tim-hieu-cong-doan',
  theme: 'Công đoàn',
  description: 'Mô tả',
  status: 'draft',
  rules: 'Thể lệ',
  rounds: [
    {
      id: 'r1',
      contestId: 'c1',
      position: 1,
      title: 'Tuần 1',
      opensAt: '2026-07-27T00:00:00.000Z',
      closesAt: '2026-08-02T14:00:00.000Z',
      status: 'upcoming',
    },
  ],
  questionCount: 10,
  timeLimitSec: 600,
  attemptsPerRound: 3,
  attemptPolicy: 'first',
  prediction: { enabled: false, prompt: 'Bao nhiêu?' },
  prizes: { first: 1, second: 1, third: 2, consolation: 4, maxShareOfParticipants: 0.25 },
  leaderboard: { public: false, freezeMinutesBeforeClose: 30 },
  displayMode: 'list',
  requireVerifiedEmail: true,
  drawRules: [
    { bankId: 'b1', count: 6, tags: ['luật', 'lịch sử'], difficulty: 2 },
    { bankId: 'b2', count: 4 },
  ],
  shuffleQuestions: false,
  shuffleOptions: true,
  prizePoints: { first: 9, second: 7, third: 5, consolation: 3 },
  onePrizePerPerson: false,
  eligibleUnitIds: ['u1', 'u2'],
  revealAnswers: 'after_round',
  minSubmitSeconds: 45,
  predictionAttempt: 'counted',
  lockPrediction: true,
  requireNationalId: true,
  practice: { enabled: true, bankIds: ['b3'], tags: ['ôn tập'], reveal: 'end', questionCount: 5 },
  shortCode: 'abc123',
  timeZone: 'Asia/Ho_Chi_Minh',
  serverNow: '2026-07-20T00:00:00.000Z',
  flagThresholds: {
    tooFastSecondsPerQuestion: 3,
    focusLostLeaves: 5,
    focusLostHiddenSeconds: 60,
    identicalAnswersOneIn: 1_000_000,
    sharedNetworkAccounts: 5,
  },
  ruleNotes: [],
  publishedAt: null,
};

describe('contest draft', () => {
  it('turns a saved contest into a draft and back into the same settings', () => {
    const d = toDraft(saved);
    expect(d.rounds[0]).toEqual({
      id: 'r1',
      title: 'Tuần 1',
      opensAt: '2026-07-27T07:00',
      closesAt: '2026-08-02T21:00',
    });
    expect(d.drawRules[0]).toEqual({
      bankId: 'b1',
      count: '6',
      tags: 'luật, lịch sử',
      difficulty: '2',
    });
    expect(d.timeLimitMin).toBe('10');
    expect(d.maxSharePercent).toBe('25');
    expect(toBody(d)).toEqual({
      title: saved.title,
      slug: saved.slug,
      theme: saved.theme,
      description: saved.description,
      rules: saved.rules,
      rounds: saved.rounds.map(({ id, title, opensAt, closesAt }) => ({
        id,
        title,
        opensAt,
        closesAt,
      })),
      questionCount: 10,
      drawRules: saved.drawRules,
      timeLimitSec: 600,
      attemptsPerRound: 3,
      attemptPolicy: 'first',
      shuffleQuestions: false,
      shuffleOptions: true,
      displayMode: 'list',
      minSubmitSeconds: 45,
      prediction: saved.prediction,
      prizes: saved.prizes,
      prizePoints: saved.prizePoints,
      onePrizePerPerson: false,
      requireVerifiedEmail: true,
      eligibleUnitIds: ['u1', 'u2'],
      leaderboard: saved.leaderboard,
      revealAnswers: 'after_round',
      predictionAttempt: 'counted',
      lockPrediction: true,
      requireNationalId: true,
      practice: saved.practice,
    });
  });

  it('keeps practice off by default and refuses a practice bank of the official draw', () => {
    const fresh = toDraft(undefined, Date.parse('2026-07-29T03:00:00.000Z'));
    expect(fresh).toMatchObject({
      predictionAttempt: 'first',
      lockPrediction: false,
      requireNationalId: false,
      practiceEnabled: false,
      practiceBankIds: [],
      practiceReveal: 'each',
      practiceQuestionCount: '',
    });
    expect(toBody({ ...fresh, practiceBankIds: [] }).practice).toEqual({
      enabled: false,
      bankIds: [],
      reveal: 'each',
    });
    const d = toDraft(saved);
    expect(draftProblems({ ...d, practiceBankIds: [] })).toEqual([{ key: 'form.errPracticeBank' }]);
    expect(draftProblems({ ...d, practiceBankIds: ['b3', 'b2'] })).toEqual([
      { key: 'form.errPracticeOfficial' },
    ]);
    expect(draftProblems({ ...d, practiceEnabled: false, practiceBankIds: ['b2'] })).toEqual([]);
  });

  it('starts a new contest with the usual defaults and one round next Monday 07:00 → Sunday 21:00', () => {
    // Wednesday 29/07/2026 10:00 Vietnam time.
    const d = toDraft(undefined, Date.parse('2026-07-29T03:00:00.000Z'));
    expect(d.rounds).toEqual([
      { title: 'Tuần 1', opensAt: '2026-08-03T07:00', closesAt: '2026-08-09T21:00' },
    ]);
    expect(d.questionCount).toBe('20');
    expect(d.drawRules).toEqual([{ bankId: '', count: '20', tags: '', difficulty: '' }]);
    expect(d.timeLimitMin).toBe('15');
    expect(d.prizes).toEqual({ first: '1', second: '2', third: '3', consolation: '5' });
    expect(d.maxSharePercent).toBe('50');
    expect(d.predictionEnabled).toBe(true);
  });

  it('opens an added round at 07:00 the day after the previous one closes', () => {
    const next = defaultRound(2, { title: 'Tuần 1', opensAt: '', closesAt: '2026-08-09T21:00' });
    expect(next).toEqual({
      title: 'Tuần 2',
      opensAt: '2026-08-10T07:00',
      closesAt: '2026-08-16T21:00',
    });
  });

  it('sends numbers as integers, drops empty tags and difficulty, and caps the prize share at 100%', () => {
    const d = {
      ...toDraft(saved),
      questionCount: '12.6',
      timeLimitMin: '1.5',
      maxSharePercent: '250',
      eligibleUnitIds: [],
      drawRules: [{ bankId: 'b1', count: '', tags: ' , ', difficulty: '' as const }],
    };
    const body = toBody(d);
    expect(body.questionCount).toBe(13);
    expect(body.timeLimitSec).toBe(90);
    expect(body.drawRules).toEqual([{ bankId: 'b1', count: 0 }]);
    expect((body.prizes as { maxShareOfParticipants: number }).maxShareOfParticipants).toBe(1);
    expect(body).not.toHaveProperty('eligibleUnitIds');
  });

  it('makes a slug from a Vietnamese title', () => {
    expect(slugify('  Tìm hiểu Luật Công đoàn 2024!  ')).toBe('tim-hieu-luat-cong-doan-2024');
  });

  it('finds nothing wrong with a complete draft', () => {
    expect(draftProblems(toDraft(saved))).toEqual([]);
  });

  it('names every problem of an incomplete draft, in the form’s order', () => {
    const d = {
      ...toDraft(saved),
      title: 'ab',
      slug: 'Bad Slug',
      rounds: [
        { title: '', opensAt: '2026-08-01T07:00', closesAt: '2026-08-02T07:00' },
        { title: 'Tuần 2', opensAt: '2026-08-05T07:00', closesAt: '2026-08-04T07:00' },
      ],
      drawRules: [{ bankId: '', count: '3', tags: '', difficulty: '' as const }],
      timeLimitMin: '0.25',
      attemptsPerRound: '0',
      predictionEnabled: true,
      predictionPrompt: ' ',
    };
    expect(drawTotal(d)).toBe(3);
    expect(draftProblems(d)).toEqual([
      { key: 'form.errTitle' },
      { key: 'form.errSlug' },
      { key: 'form.errRoundIncomplete', params: { n: 1 } },
      { key: 'form.errRoundOrder', params: { n: 2 } },
      { key: 'form.errBank' },
      { key: 'form.errDrawTotal', params: { total: 3, count: '10' } },
      { key: 'form.errTime' },
      { key: 'form.errAttempts' },
      { key: 'form.errPrediction' },
    ]);
  });

  it('asks for at least one round', () => {
    expect(draftProblems({ ...toDraft(saved), rounds: [] })).toContainEqual({
      key: 'form.errNoRound',
    });
  });
});
