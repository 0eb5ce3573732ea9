import request from 'supertest';
import {
  correctOptions,
  createBank,
  createPublishedContest,
  type BankFixture,
} from './helpers/contest-fixtures';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

jest.setTimeout(90_000);

interface Started {
  id: string;
  questions: Array<{ id: string; options: Array<{ id: string }> }>;
}

interface FlagRow {
  attemptId: string;
  userId: string;
  kinds: string[];
  details: string[];
}

describe('identical answers judged by the odds (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let judge: TestUser;
  let bank: BankFixture;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    organizer = await createUser(t, { roles: ['organizer'] });
    judge = await createUser(t, { roles: ['judge'] });
    bank = await createBank(t, organizer, 8);
  });
  afterAll(async () => {
    await t?.close();
  });

  const api = () => request(t.baseUrl);

  /**
   * Answers every question; at the question positions (by question id) in `wrongAt` it picks a
   * wrong option: the first wrong one by id (`copy`) or the last one (`own`), the same for all.
   */
  async function take(
    user: TestUser,
    roundId: string,
    wrongAt: number[],
    which: 'copy' | 'own',
  ): Promise<string> {
    const started = await api()
      .post(`/api/rounds/${roundId}/attempts`)
      .set(user.auth)
      .set(user.device)
      .expect(201);
    const attempt = started.body as Started;
    const key = await correctOptions(t, attempt.id);
    const questions = [...attempt.questions].sort((a, b) => a.id.localeCompare(b.id));
    for (const [i, q] of questions.entries()) {
      const right = key.get(q.id)![0];
      const wrong = q.options
        .map((o) => o.id)
        .filter((id) => id !== right)
        .sort();
      const choice = wrongAt.includes(i) ? (which === 'copy' ? wrong[0] : wrong.at(-1)!) : right;
      await api()
        .put(`/api/attempts/${attempt.id}/answers/${q.id}`)
        .set(user.auth)
        .set(user.device)
        .send({ optionIds: [choice] })
        .expect(200);
    }
    await api()
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(user.auth)
      .set(user.device)
      .send({})
      .expect(200);
    return attempt.id;
  }

  async function flags(roundId: string): Promise<FlagRow[]> {
    const res = await api().get(`/api/rounds/${roundId}/flags`).set(judge.auth).expect(200);
    return res.body as FlagRow[];
  }

  it('flags both copying accounts of an 8-question round with the odds, again more strongly in the next round', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, {
      questionCount: 8,
      drawRules: [{ bankId: bank.id, count: 8 }],
      prediction: { enabled: false, prompt: '' },
      attemptsPerRound: 1,
    });
    await api()
      .post(`/api/contests/${contest.id}/staff`)
      .set(organizer.auth)
      .send({ userId: judge.id, role: 'judge' })
      .expect(201);
    const [round1, round2] = contest.roundIds;
    const copier1 = await createUser(t, { fullName: 'Người Chép Một' });
    const copier2 = await createUser(t, { fullName: 'Người Chép Hai' });
    const honest = await Promise.all(Array.from({ length: 20 }, () => createUser(t)));

    async function playRound(roundId: string): Promise<{ a: string; b: string; honest: string[] }> {
      const own: string[] = [];
      for (const [k, user] of honest.entries()) {
        // Honest people: mostly right, an occasional wrong answer of their own.
        own.push(await take(user, roundId, k % 3 === 0 ? [k % 8] : [], 'own'));
      }
      const a = await take(copier1, roundId, [0, 2, 3, 5, 7], 'copy');
      const b = await take(copier2, roundId, [0, 2, 3, 5, 7], 'copy');
      return { a, b, honest: own };
    }

    const first = await playRound(round1);
    const rows = await flags(round1);
    const identical = (attemptId: string) =>
      rows.find((r) => r.attemptId === attemptId)?.details.find((d) => d.includes('giống hệt'));
    expect(rows.find((r) => r.attemptId === first.a)?.kinds).toContain('identical_answers');
    expect(rows.find((r) => r.attemptId === first.b)?.kinds).toContain('identical_answers');
    expect(identical(first.a)).toBe(identical(first.b));
    expect(identical(first.a)).toMatch(
      /^2 tài khoản có đáp án giống hệt nhau trên 8 câu chung: 5 câu sai giống hệt nhau; khả năng trùng ngẫu nhiên khoảng 1 trên [\d,]+ (triệu|tỷ)/,
    );
    expect(identical(first.a)).toMatch(/Nộp bài cách nhau \d+ giây/);
    for (const id of first.honest) {
      expect(rows.find((r) => r.attemptId === id)?.kinds ?? []).not.toContain('identical_answers');
    }

    // The same pair again in the next round: the evidence says so.
    await t.dataSource.query(
      `UPDATE rounds SET opens_at = now() - interval '3 hours', closes_at = now() - interval '2 hours' WHERE id = $1`,
      [round1],
    );
    await t.dataSource.query(
      `UPDATE rounds SET opens_at = now() - interval '1 hour', closes_at = now() + interval '1 hour' WHERE id = $1`,
      [round2],
    );
    const second = await playRound(round2);
    const rows2 = await flags(round2);
    const detail = rows2
      .find((r) => r.attemptId === second.a)
      ?.details.find((d) => d.includes('giống hệt'));
    expect(detail).toContain('cũng bị đánh dấu đáp án trùng ở 1 tuần thi khác của cuộc thi');
  });
});
