import request from 'supertest';
import type { TestApp } from './test-app';
import type { TestUser } from './users';

export interface BankFixture {
  id: string;
  questionIds: string[];
}

/**
 * A bank of `count` single-choice questions through the API. Question i has options
 * "Đáp án i-A" … "i-D" and "i-B" is correct; difficulties cycle 1, 2, 3.
 */
export async function createBank(
  t: TestApp,
  organizer: TestUser,
  count = 30,
  title = 'Ngân hàng thử',
): Promise<BankFixture> {
  const bank = await request(t.baseUrl)
    .post('/api/banks')
    .set(organizer.auth)
    .send({ title, theme: 'thu-nghiem' })
    .expect(201);
  const questionIds: string[] = [];
  for (let i = 1; i <= count; i++) {
    const res = await request(t.baseUrl)
      .post(`/api/banks/${bank.body.id}/questions`)
      .set(organizer.auth)
      .send({
        type: 'single',
        prompt: `Câu hỏi số ${i}: chọn phương án B?`,
        options: ['A', 'B', 'C', 'D'].map((l) => ({
          text: `Đáp án ${i}-${l}`,
          correct: l === 'B',
        })),
        difficulty: ((i - 1) % 3) + 1,
        tags: [i % 2 === 0 ? 'chan' : 'le'],
        explanation: `Giải thích câu ${i}`,
      })
      .expect(201);
    questionIds.push(res.body.id);
  }
  return { id: bank.body.id, questionIds };
}

export function contestBody(
  bankId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const now = Date.now();
  return {
    title: 'Cuộc thi thử nghiệm',
    slug: `cuoc-thi-${Math.random().toString(36).slice(2, 10)}`,
    theme: 'thu-nghiem',
    description: 'Mô tả',
    rules: 'Thể lệ',
    rounds: [
      {
        title: 'Tuần 1',
        opensAt: new Date(now - 3600_000).toISOString(),
        closesAt: new Date(now + 7 * 86400_000).toISOString(),
      },
      {
        title: 'Tuần 2',
        opensAt: new Date(now + 8 * 86400_000).toISOString(),
        closesAt: new Date(now + 14 * 86400_000).toISOString(),
      },
    ],
    questionCount: 10,
    drawRules: [{ bankId, count: 10 }],
    timeLimitSec: 900,
    attemptsPerRound: 2,
    attemptPolicy: 'best',
    shuffleQuestions: true,
    shuffleOptions: true,
    prediction: { enabled: true, prompt: 'Có bao nhiêu người trả lời đúng tất cả?' },
    prizes: { first: 1, second: 2, third: 3, consolation: 5 },
    onePrizePerPerson: true,
    requireVerifiedEmail: false,
    leaderboard: { public: true, freezeMinutesBeforeClose: 0 },
    revealAnswers: 'never',
    ...overrides,
  };
}

/** Creates and publishes a contest; returns its id and the ids of its rounds in order. */
export async function createPublishedContest(
  t: TestApp,
  organizer: TestUser,
  bankId: string,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; roundIds: string[]; body: Record<string, unknown> }> {
  const body = contestBody(bankId, overrides);
  const created = await request(t.baseUrl)
    .post('/api/contests')
    .set(organizer.auth)
    .send(body)
    .expect(201);
  await request(t.baseUrl)
    .post(`/api/contests/${created.body.id}/publish`)
    .set(organizer.auth)
    .expect(200);
  return {
    id: created.body.id,
    roundIds: created.body.rounds.map((r: { id: string }) => r.id),
    body,
  };
}

/** The correct option id of each question of an attempt, read from the database (tests only). */
export async function correctOptions(
  t: TestApp,
  attemptId: string,
): Promise<Map<string, string[]>> {
  const rows: Array<{ question_id: string; options: Array<{ id: string; correct: boolean }> }> =
    await t.dataSource.query(
      `SELECT q->>'questionId' AS question_id, v.options FROM attempts a
     CROSS JOIN LATERAL jsonb_array_elements(a.questions) q
     JOIN question_versions v ON v.id = (q->>'versionId')::uuid WHERE a.id = $1`,
      [attemptId],
    );
  return new Map(
    rows.map((r) => [r.question_id, r.options.filter((o) => o.correct).map((o) => o.id)]),
  );
}
