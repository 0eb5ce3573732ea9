import request from 'supertest';
import { AnswerBatcher } from '@app/attempts';
import { createBank, createPublishedContest } from './helpers/contest-fixtures';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

interface StartedAttempt {
  id: string;
  userId: string;
  deviceId: string;
  questions: Array<{ id: string; options: Array<{ id: string }> }>;
}

/**
 * The batched answer writer against the real database: batches form under load, each save gets
 * its own outcome, the last save of an answer wins, and one bad save does not fail the others.
 */
describe('answer batcher (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let roundId: string;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    organizer = await createUser(t, { roles: ['organizer'] });
    const bank = await createBank(t, organizer, 12);
    const contest = await createPublishedContest(t, organizer, bank.id, { attemptsPerRound: 1 });
    roundId = contest.roundIds[0];
  });
  afterAll(async () => {
    await t.close();
  });

  async function startAttempt(): Promise<StartedAttempt> {
    const user = await createUser(t);
    const res = await request(t.baseUrl)
      .post(`/api/rounds/${roundId}/attempts`)
      .set(user.auth)
      .set(user.device)
      .expect(201);
    return {
      id: res.body.id,
      userId: user.id,
      deviceId: user.device['X-Device-Id'],
      questions: res.body.questions,
    };
  }

  const stored = async (attemptId: string) =>
    new Map(
      (
        await t.dataSource.query<
          Array<{ question_id: string; option_ids: string[]; revision: number }>
        >('SELECT question_id, option_ids, revision FROM attempt_answers WHERE attempt_id = $1', [
          attemptId,
        ])
      ).map((r) => [r.question_id, r]),
    );

  it('writes a burst of saves in few statements, each acknowledged with its own time', async () => {
    const attempts = await Promise.all(Array.from({ length: 6 }, () => startAttempt()));
    const batcher = new AnswerBatcher(t.dataSource, {
      maxInFlight: 1,
      maxBatch: 25,
      graceSeconds: 10,
    });
    const statements: number[] = [];
    const query = t.dataSource.query.bind(t.dataSource);
    const spy = jest.spyOn(t.dataSource, 'query').mockImplementation((sql, params) => {
      if (String(sql).includes('INSERT INTO attempt_answers'))
        statements.push((params?.[0] as unknown[]).length);
      return query(sql, params);
    });
    try {
      const saves = attempts.flatMap((a) =>
        a.questions.map((q, i) =>
          batcher.save({
            attemptId: a.id,
            questionId: q.id,
            userId: a.userId,
            optionIds: [q.options[i % q.options.length].id],
            text: null,
            deviceId: a.deviceId,
          }),
        ),
      );
      const outcomes = await Promise.all(saves);
      expect(outcomes).toHaveLength(60);
      for (const o of outcomes) expect(o).toEqual({ savedAt: expect.any(Date) });
    } finally {
      spy.mockRestore();
    }
    // One statement alone, then the rest in batches of at most 25.
    expect(statements.reduce((a, b) => a + b, 0)).toBe(60);
    expect(statements[0]).toBe(1);
    expect(statements.length).toBeLessThanOrEqual(4);
    expect(Math.max(...statements)).toBeLessThanOrEqual(25);
    for (const a of attempts) {
      const rows = await stored(a.id);
      expect(rows.size).toBe(10);
      a.questions.forEach((q, i) =>
        expect(rows.get(q.id)?.option_ids).toEqual([q.options[i % q.options.length].id]),
      );
    }
  });

  it('keeps the order of saves of one answer: the last one sent stays', async () => {
    const a = await startAttempt();
    const batcher = new AnswerBatcher(t.dataSource, {
      maxInFlight: 4,
      maxBatch: 50,
      graceSeconds: 10,
    });
    const q = a.questions[0];
    const sequence = [0, 1, 2, 3, 0, 2, 1, 3, 2].map((k) => q.options[k].id);
    const outcomes = await Promise.all(
      sequence.map((optionId) =>
        batcher.save({
          attemptId: a.id,
          questionId: q.id,
          userId: a.userId,
          optionIds: [optionId],
          text: null,
          deviceId: a.deviceId,
        }),
      ),
    );
    const times = outcomes.map((o) => ('savedAt' in o ? o.savedAt.getTime() : NaN));
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1]);
    const row = (await stored(a.id)).get(q.id);
    expect(row?.option_ids).toEqual([sequence[sequence.length - 1]]);
    expect(row?.revision).toBe(sequence.length);
  });

  it("refuses rows that do not qualify and isolates a failing save from the others'", async () => {
    const [a, b] = await Promise.all([startAttempt(), startAttempt()]);
    await t.dataSource.query(
      `UPDATE attempts SET status = 'submitted', submitted_at = now() WHERE id = $1`,
      [b.id],
    );
    const batcher = new AnswerBatcher(t.dataSource, {
      maxInFlight: 1,
      maxBatch: 50,
      graceSeconds: 10,
    });
    const save = (
      attempt: StartedAttempt,
      i: number,
      extra: Partial<{ userId: string; deviceId: string | null; optionIds: string[] }> = {},
    ) =>
      batcher.save({
        attemptId: attempt.id,
        questionId: attempt.questions[i].id,
        userId: attempt.userId,
        optionIds: [attempt.questions[i].options[0].id],
        text: null,
        deviceId: attempt.deviceId,
        ...extra,
      });
    const first = save(a, 0); // alone: it occupies the only slot while the rest queue up
    const results = await Promise.allSettled([
      first,
      save(a, 1),
      save(b, 1), // submitted attempt
      save(a, 2, { userId: b.userId }), // someone else's attempt
      save(a, 3, { optionIds: ['not-a-uuid'] }), // makes its batch fail: retried alone
      save(a, 4),
      save(a, 5, { deviceId: null }), // names no device: refused once bound (issue 15)
      save(a, 6, { deviceId: 'another-phone' }), // another device
    ]);
    const [ok0, ok1, closed, notTheirs, broken, ok4, headerless, otherDevice] = results;
    expect(ok0).toMatchObject({ status: 'fulfilled', value: { savedAt: expect.any(Date) } });
    expect(ok1).toMatchObject({ status: 'fulfilled', value: { savedAt: expect.any(Date) } });
    expect(closed).toEqual({ status: 'fulfilled', value: { refused: true } });
    expect(notTheirs).toEqual({ status: 'fulfilled', value: { refused: true } });
    expect(broken.status).toBe('rejected');
    expect(ok4).toMatchObject({ status: 'fulfilled', value: { savedAt: expect.any(Date) } });
    expect(headerless).toEqual({ status: 'fulfilled', value: { refused: true } });
    expect(otherDevice).toEqual({ status: 'fulfilled', value: { refused: true } });
    const rows = await stored(a.id);
    expect([...rows.keys()].sort()).toEqual(
      [a.questions[0].id, a.questions[1].id, a.questions[4].id].sort(),
    );
    expect((await stored(b.id)).size).toBe(0);
  });
});
