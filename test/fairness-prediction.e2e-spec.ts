import request from 'supertest';
import { predictionSql, predictionThatCounts } from '@app/judging';
import {
  correctOptions,
  createBank,
  createPublishedContest,
  type BankFixture,
} from './helpers/contest-fixtures';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

jest.setTimeout(60_000);

interface ResultEntry {
  rank: number | null;
  userId: string;
  prediction: number | null;
  predictionError: number | null;
}

describe('fairness: the prediction that counts, its lock, per-contest flag thresholds (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let admin: TestUser;
  let bank: BankFixture;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    organizer = await createUser(t, { roles: ['organizer'] });
    admin = await createUser(t, { roles: ['admin'] });
    bank = await createBank(t, organizer, 12);
  });
  afterAll(async () => {
    await t?.close();
  });

  const api = () => request(t.baseUrl);

  /** Answers `correct` questions right and the rest wrong, then submits with `prediction`. */
  async function takeAttempt(
    user: TestUser,
    roundId: string,
    correct: number,
    prediction: number | undefined,
    expectStatus = 200,
  ): Promise<{ id: string; body: Record<string, unknown> }> {
    const started = await api()
      .post(`/api/rounds/${roundId}/attempts`)
      .set(user.auth)
      .set(user.device)
      .expect(201);
    const attempt = started.body as {
      id: string;
      questions: Array<{ id: string; options: Array<{ id: string }> }>;
    };
    const key = await correctOptions(t, attempt.id);
    for (const [i, q] of attempt.questions.entries()) {
      const right = key.get(q.id)![0];
      const wrong = q.options.find((o) => o.id !== right)!.id;
      await api()
        .put(`/api/attempts/${attempt.id}/answers/${q.id}`)
        .set(user.auth)
        .set(user.device)
        .send({ optionIds: [i < correct ? right : wrong] })
        .expect(200);
    }
    const submitted = await api()
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(user.auth)
      .set(user.device)
      .send(prediction === undefined ? {} : { prediction })
      .expect(expectStatus);
    return { id: attempt.id, body: submitted.body as Record<string, unknown> };
  }

  async function closeRound(roundId: string): Promise<void> {
    await t.dataSource.query(
      `UPDATE rounds SET opens_at = LEAST(opens_at, now() - interval '2 hours'), closes_at = now() - interval '1 second' WHERE id = $1`,
      [roundId],
    );
  }

  async function results(roundId: string): Promise<ResultEntry[]> {
    const res = await api()
      .post(`/api/rounds/${roundId}/results/compute`)
      .set(admin.auth)
      .expect(200);
    return (res.body as { entries: ResultEntry[] }).entries;
  }

  /**
   * p1 first guesses badly (9 right, prediction 100), then resubmits a perfect attempt with the
   * exact guess (2); p2 has one perfect attempt with prediction 5. Two perfect people.
   */
  async function farmingRound(
    predictionAttempt: 'first' | 'counted',
  ): Promise<{ roundId: string; p1: TestUser; p2: TestUser }> {
    const contest = await createPublishedContest(t, organizer, bank.id, {
      questionCount: 6,
      drawRules: [{ bankId: bank.id, count: 6 }],
      attemptsPerRound: 2,
      attemptPolicy: 'best',
      predictionAttempt,
    });
    const roundId = contest.roundIds[0];
    const p1 = await createUser(t);
    const p2 = await createUser(t);
    await takeAttempt(p1, roundId, 5, 100);
    await takeAttempt(p2, roundId, 6, 5);
    await takeAttempt(p1, roundId, 6, 2);
    await closeRound(roundId);
    return { roundId, p1, p2 };
  }

  it('ignores a better guess in a later attempt when the first prediction counts', async () => {
    const { roundId, p1, p2 } = await farmingRound('first');
    const entries = await results(roundId);
    const byUser = new Map(entries.map((e) => [e.userId, e]));
    expect(byUser.get(p1.id)).toMatchObject({ prediction: 100, predictionError: 98, rank: 2 });
    expect(byUser.get(p2.id)).toMatchObject({ prediction: 5, predictionError: 3, rank: 1 });
  });

  it("uses the counted attempt's guess when the contest says so", async () => {
    const { roundId, p1, p2 } = await farmingRound('counted');
    const entries = await results(roundId);
    const byUser = new Map(entries.map((e) => [e.userId, e]));
    expect(byUser.get(p1.id)).toMatchObject({ prediction: 2, predictionError: 0, rank: 1 });
    expect(byUser.get(p2.id)).toMatchObject({ prediction: 5, rank: 2 });
  });

  it('states the prediction rule on the contest page', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, {
      questionCount: 6,
      drawRules: [{ bankId: bank.id, count: 6 }],
      lockPrediction: true,
    });
    const page = await api().get(`/api/contests/${contest.id}`).expect(200);
    expect(page.body.predictionAttempt).toBe('first');
    expect(page.body.ruleNotes.join(' ')).toContain('chỉ tính câu trả lời dự đoán đầu tiên');
    expect(page.body.ruleNotes.join(' ')).toContain('giữ nguyên cho các lượt thi sau');
  });

  it('keeps a locked prediction: a different one is refused, none reuses it', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, {
      questionCount: 6,
      drawRules: [{ bankId: bank.id, count: 6 }],
      attemptsPerRound: 3,
      lockPrediction: true,
    });
    const roundId = contest.roundIds[0];
    const p = await createUser(t);
    await takeAttempt(p, roundId, 3, 7);
    const refused = await takeAttempt(p, roundId, 6, 9, 409);
    expect(refused.body.code).toBe('PREDICTION_LOCKED');
    await api()
      .post(`/api/attempts/${refused.id}/submit`)
      .set(p.auth)
      .set(p.device)
      .send({})
      .expect(200);
    const [row] = await t.dataSource.query<Array<{ prediction: number }>>(
      'SELECT prediction FROM attempts WHERE id = $1',
      [refused.id],
    );
    expect(row.prediction).toBe(7);
  });

  it('picks the same prediction in SQL as the rule does, disqualified attempts last', async () => {
    const { roundId, p1 } = await farmingRound('first');
    // p1's first attempt disqualified: the first prediction of the attempts still in the running counts.
    const [first] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM attempts WHERE round_id = $1 AND user_id = $2 ORDER BY submitted_at LIMIT 1`,
      [roundId, p1.id],
    );
    await t.dataSource.query(
      `UPDATE attempts SET disqualified_at = now(), disqualified_reason = 'thử' WHERE id = $1`,
      [first.id],
    );
    const attempts = await t.dataSource.query<
      Array<{
        id: string;
        user_id: string;
        prediction: number | null;
        submitted_at: Date;
        disqualified: boolean;
      }>
    >(
      `SELECT id, user_id, prediction, submitted_at, disqualified_at IS NOT NULL AS disqualified
       FROM attempts WHERE round_id = $1 AND status = 'submitted'`,
      [roundId],
    );
    for (const policy of ['first', 'counted'] as const) {
      const fromSql = await t.dataSource.query<Array<{ id: string; user_id: string; p: number }>>(
        `SELECT a.id, a.user_id, ${predictionSql(policy, 'a')} AS p FROM attempts a
         WHERE a.round_id = $1 AND a.status = 'submitted'`,
        [roundId],
      );
      for (const row of fromSql) {
        const own = attempts
          .filter((a) => a.user_id === row.user_id)
          .map((a) => ({
            id: a.id,
            prediction: a.prediction,
            submittedAt: new Date(a.submitted_at),
            disqualified: a.disqualified,
          }));
        expect(row.p).toBe(predictionThatCounts(own, row.id, policy));
      }
    }
    const p1Rows = fromSqlFor(attempts, p1.id);
    expect(predictionThatCounts(p1Rows, p1Rows[0].id, 'first')).toBe(2);
  });

  it('re-evaluates the flags with new thresholds and audits the change', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, {
      questionCount: 6,
      drawRules: [{ bankId: bank.id, count: 6 }],
    });
    const roundId = contest.roundIds[0];
    const p = await createUser(t);
    const judge = await createUser(t, { roles: ['judge'] });
    await api()
      .post(`/api/contests/${contest.id}/staff`)
      .set(organizer.auth)
      .send({ userId: judge.id, role: 'judge' })
      .expect(201);
    const taken = await takeAttempt(p, roundId, 6, 1);
    // 10 seconds per question: fast only for a threshold above that.
    await t.dataSource.query('UPDATE attempts SET duration_ms = 60000 WHERE id = $1', [taken.id]);
    const before = await api().get(`/api/rounds/${roundId}/flags`).set(judge.auth).expect(200);
    expect(before.body).toEqual([]);

    await api()
      .patch(`/api/contests/${contest.id}`)
      .set(organizer.auth)
      .send({ flagThresholds: { tooFastSecondsPerQuestion: 100 } })
      .expect(200);
    const stored = await t.dataSource.query<Array<{ kind: string }>>(
      `SELECT kind FROM attempt_flags WHERE round_id = $1`,
      [roundId],
    );
    expect(stored.map((r) => r.kind)).toEqual(['too_fast']);
    const after = await api().get(`/api/rounds/${roundId}/flags`).set(judge.auth).expect(200);
    expect(after.body[0].kinds).toEqual(['too_fast']);
    expect(after.body[0].detail).toContain('dưới ngưỡng 100 giây/câu');
    expect(after.body[0].thresholds).toMatchObject({
      tooFastSecondsPerQuestion: 100,
      identicalAnswersOneIn: 1_000_000,
    });
    const audit = await t.dataSource.query<
      Array<{ actor_id: string; details: { before: object; after: object } }>
    >(`SELECT actor_id, details FROM audit_log WHERE contest_id = $1 AND action = $2`, [
      contest.id,
      'contest.flag_thresholds',
    ]);
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_id).toBe(organizer.id);
    expect(audit[0].details.before).toMatchObject({ tooFastSecondsPerQuestion: 3 });
    expect(audit[0].details.after).toMatchObject({ tooFastSecondsPerQuestion: 100 });
  });
});

function fromSqlFor(
  attempts: Array<{
    id: string;
    user_id: string;
    prediction: number | null;
    submitted_at: Date;
    disqualified: boolean;
  }>,
  userId: string,
) {
  return attempts
    .filter((a) => a.user_id === userId)
    .map((a) => ({
      id: a.id,
      prediction: a.prediction,
      submittedAt: new Date(a.submitted_at),
      disqualified: a.disqualified,
    }));
}
