import request from 'supertest';
import { AttemptSweeperService, computeDeadline } from '@app/attempts';
import {
  contestBody,
  correctOptions,
  createBank,
  createPublishedContest,
  type BankFixture,
} from './helpers/contest-fixtures';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

/** Anything in a participant-facing body that could tell a correct option. */
function assertNoAnswerKey(raw: string): void {
  expect(raw).not.toMatch(/"correct"/);
  expect(raw).not.toMatch(/acceptedAnswers/);
  expect(raw).not.toMatch(/explanation/i);
  expect(raw).not.toMatch(/Giải thích/);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('attempts (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let bank: BankFixture;

  beforeAll(async () => {
    t = await createTestApp({ ATTEMPT_GRACE_SECONDS: '1', RUN_WORKERS: 'false' });
    organizer = await createUser(t, { roles: ['organizer'] });
    bank = await createBank(t, organizer, 30);
  });
  afterAll(async () => {
    await t.close();
  });

  it('runs the whole flow: start, save, change an answer, submit, result — never showing the key', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id);
    const alice = await createUser(t);
    const started = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(alice.auth)
      .set(alice.device)
      .expect(201);
    assertNoAnswerKey(started.text);
    const attempt = started.body;
    expect(attempt.status).toBe('in_progress');
    expect(attempt.questions).toHaveLength(10);
    expect(new Set(attempt.questions.map((q: { id: string }) => q.id)).size).toBe(10);
    expect(Date.parse(attempt.deadlineAt) - Date.parse(attempt.startedAt)).toBe(900_000);
    expect(attempt.serverNow).toBeDefined();
    expect(attempt.prediction).toEqual({
      enabled: true,
      prompt: 'Có bao nhiêu người trả lời đúng tất cả?',
    });

    const key = await correctOptions(t, attempt.id);
    // Answer every question right except the last, which gets a wrong option first, then the right one.
    for (const [i, q] of attempt.questions.entries()) {
      const right = key.get(q.id)![0];
      const wrong = q.options.find((o: { id: string }) => o.id !== right).id;
      const first = i < 7 ? right : wrong;
      const saved = await request(t.baseUrl)
        .put(`/api/attempts/${attempt.id}/answers/${q.id}`)
        .set(alice.auth)
        .set(alice.device)
        .send({ optionIds: [first] })
        .expect(200);
      assertNoAnswerKey(saved.text);
      expect(saved.body).toEqual({
        questionId: q.id,
        savedAt: expect.any(String),
        receipt: expect.any(String),
      });
      if (i === 9) {
        await request(t.baseUrl)
          .put(`/api/attempts/${attempt.id}/answers/${q.id}`)
          .set(alice.auth)
          .set(alice.device)
          .send({ optionIds: [right] })
          .expect(200);
      }
    }

    const resumed = await request(t.baseUrl)
      .get(`/api/attempts/${attempt.id}`)
      .set(alice.auth)
      .expect(200);
    assertNoAnswerKey(resumed.text);
    expect(Object.keys(resumed.body.answers)).toHaveLength(10);

    const submitted = await request(t.baseUrl)
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(alice.auth)
      .set(alice.device)
      .send({ prediction: 3 })
      .expect(200);
    assertNoAnswerKey(submitted.text);
    // Questions 8 and 9 (index 7, 8) were answered wrong; 10 was corrected.
    expect(submitted.body).toMatchObject({
      id: attempt.id,
      status: 'submitted',
      score: 8,
      maxScore: 10,
      correctCount: 8,
      questionCount: 10,
    });
    expect(submitted.body.durationMs).toBeGreaterThanOrEqual(0);

    const again = await request(t.baseUrl)
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(alice.auth)
      .set(alice.device)
      .send({ prediction: 99 })
      .expect(200);
    expect(again.body.score).toBe(8);
    expect(again.body.submittedAt).toBe(submitted.body.submittedAt);

    const after = await request(t.baseUrl)
      .get(`/api/attempts/${attempt.id}`)
      .set(alice.auth)
      .expect(200);
    assertNoAnswerKey(after.text);
    expect(after.body.result).toMatchObject({
      score: 8,
      correctCount: 8,
      autoSubmitted: false,
      prediction: 3,
    });

    const late = await request(t.baseUrl)
      .put(`/api/attempts/${attempt.id}/answers/${attempt.questions[0].id}`)
      .set(alice.auth)
      .set(alice.device)
      .send({ optionIds: [] });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('ATTEMPT_CLOSED');

    const mine = await request(t.baseUrl).get('/api/me/attempts').set(alice.auth).expect(200);
    expect(mine.body.total).toBe(1);
    expect(mine.body.items[0]).toMatchObject({
      id: attempt.id,
      status: 'submitted',
      result: { score: 8 },
    });
  });

  it('returns the same attempt when started twice, and gives different people different draws', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id);
    const bob = await createUser(t);
    const carol = await createUser(t);
    const first = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(bob.auth)
      .set(bob.device)
      .expect(201);
    const second = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(bob.auth)
      .set(bob.device)
      .expect(200);
    expect(second.body.id).toBe(first.body.id);
    expect(second.body.questions).toEqual(first.body.questions);
    const other = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(carol.auth)
      .set(carol.device)
      .expect(201);
    const ids = (a: { questions: Array<{ id: string }> }) => a.questions.map((q) => q.id).join();
    expect(ids(other.body)).not.toBe(ids(first.body));
  });

  it('never creates more attempts than allowed under concurrent starts', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, {
      attemptsPerRound: 2,
      prediction: { enabled: false, prompt: '' },
    });
    const dave = await createUser(t);
    const url = `/api/rounds/${contest.roundIds[0]}/attempts`;
    for (let round = 0; round < 3; round++) {
      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          request(t.baseUrl).post(url).set(dave.auth).set(dave.device),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      if (round < 2) {
        expect(statuses.filter((s) => s === 201)).toHaveLength(1);
        expect(statuses.filter((s) => s === 200)).toHaveLength(9);
        expect(new Set(responses.map((r) => r.body.id)).size).toBe(1);
        await request(t.baseUrl)
          .post(`/api/attempts/${responses[0].body.id}/submit`)
          .set(dave.auth)
          .set(dave.device)
          .send({})
          .expect(200);
      } else {
        expect(statuses).toEqual(Array(10).fill(409));
        expect(responses.every((r) => r.body.code === 'NO_ATTEMPTS_LEFT')).toBe(true);
      }
    }
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM attempts WHERE user_id = $1',
      [dave.id],
    );
    expect(n).toBe(2);
  });

  it('refuses answers after the deadline and lets the sweeper close the attempt with its saved answers', async () => {
    const now = Date.now();
    const contest = await createPublishedContest(t, organizer, bank.id, {
      rounds: [
        {
          title: 'Tuần chớp nhoáng',
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 2_500).toISOString(),
        },
      ],
    });
    const erin = await createUser(t);
    const started = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(erin.auth)
      .set(erin.device)
      .expect(201);
    const attempt = started.body;
    // Cut at the round close, not start + 15 minutes.
    expect(attempt.deadlineAt).toBe(
      computeDeadline({
        startedAt: new Date(attempt.startedAt),
        timeLimitSec: 900,
        roundClosesAt: new Date(now + 2_500),
      }).toISOString(),
    );
    expect(attempt.deadlineAt).toBe(new Date(now + 2_500).toISOString());
    const key = await correctOptions(t, attempt.id);
    for (const q of attempt.questions.slice(0, 3)) {
      await request(t.baseUrl)
        .put(`/api/attempts/${attempt.id}/answers/${q.id}`)
        .set(erin.auth)
        .set(erin.device)
        .send({ optionIds: key.get(q.id) })
        .expect(200);
    }
    await sleep(Date.parse(attempt.deadlineAt) - Date.now() + 1_300); // past deadline + 1 s grace
    const late = await request(t.baseUrl)
      .put(`/api/attempts/${attempt.id}/answers/${attempt.questions[5].id}`)
      .set(erin.auth)
      .set(erin.device)
      .send({ optionIds: key.get(attempt.questions[5].id) });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('ATTEMPT_CLOSED');

    const closed = await t.app.get(AttemptSweeperService).runOnce();
    expect(closed).toBeGreaterThanOrEqual(1);
    expect(await t.app.get(AttemptSweeperService).runOnce()).toBe(0);
    const view = await request(t.baseUrl)
      .get(`/api/attempts/${attempt.id}`)
      .set(erin.auth)
      .expect(200);
    expect(view.body.status).toBe('submitted');
    expect(view.body.result).toMatchObject({
      autoSubmitted: true,
      score: 3,
      correctCount: 3,
      durationMs: Date.parse(attempt.deadlineAt) - Date.parse(attempt.startedAt),
    });

    const notOpen = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(erin.auth)
      .set(erin.device);
    expect(notOpen.status).toBe(409);
    expect(notOpen.body.code).toBe('ROUND_NOT_OPEN');
  });

  it("hides another participant's attempt behind 404", async () => {
    const contest = await createPublishedContest(t, organizer, bank.id);
    const frank = await createUser(t);
    const grace = await createUser(t);
    const { body } = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(frank.auth)
      .set(frank.device)
      .expect(201);
    await request(t.baseUrl).get(`/api/attempts/${body.id}`).set(grace.auth).expect(404);
    await request(t.baseUrl)
      .put(`/api/attempts/${body.id}/answers/${body.questions[0].id}`)
      .set(grace.auth)
      .set(grace.device)
      .send({ optionIds: [] })
      .expect(404);
    await request(t.baseUrl)
      .post(`/api/attempts/${body.id}/submit`)
      .set(grace.auth)
      .set(grace.device)
      .send({ prediction: 1 })
      .expect(404);
    await request(t.baseUrl).get(`/api/attempts/${body.id}`).expect(401);
  });

  it('rejects options of another question, a second option on a single-choice question, and unknown fields', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id);
    const henry = await createUser(t);
    const { body } = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(henry.auth)
      .set(henry.device)
      .expect(201);
    const [q1, q2] = body.questions;
    const foreign = await request(t.baseUrl)
      .put(`/api/attempts/${body.id}/answers/${q1.id}`)
      .set(henry.auth)
      .set(henry.device)
      .send({ optionIds: [q2.options[0].id] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('VALIDATION_FAILED');
    const two = await request(t.baseUrl)
      .put(`/api/attempts/${body.id}/answers/${q1.id}`)
      .set(henry.auth)
      .set(henry.device)
      .send({ optionIds: [q1.options[0].id, q1.options[1].id] });
    expect(two.status).toBe(400);
    const unknown = await request(t.baseUrl)
      .put(`/api/attempts/${body.id}/answers/${q1.id}`)
      .set(henry.auth)
      .set(henry.device)
      .send({ optionIds: [], correct: true });
    expect(unknown.status).toBe(400);
    expect(unknown.body.details).toEqual([{ field: 'correct', message: 'unknown field' }]);
    const notInAttempt = await request(t.baseUrl)
      .put(`/api/attempts/${body.id}/answers/${bank.questionIds[0]}`)
      .set(henry.auth)
      .set(henry.device)
      .send({ optionIds: [] });
    expect([200, 400]).toContain(notInAttempt.status); // 200 only if drawn
  });

  it('requires the prediction when the contest asks it', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id);
    const ivy = await createUser(t);
    const { body } = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(ivy.auth)
      .set(ivy.device)
      .expect(201);
    const res = await request(t.baseUrl)
      .post(`/api/attempts/${body.id}/submit`)
      .set(ivy.auth)
      .set(ivy.device)
      .send({});
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('PREDICTION_REQUIRED');
    const [{ status }] = await t.dataSource.query('SELECT status FROM attempts WHERE id = $1', [
      body.id,
    ]);
    expect(status).toBe('in_progress');
  });

  it('verifies genuine receipts and refuses forged or altered ones', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id);
    const jane = await createUser(t);
    const { body } = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(jane.auth)
      .set(jane.device)
      .expect(201);
    const q = body.questions[0];
    const saved = await request(t.baseUrl)
      .put(`/api/attempts/${body.id}/answers/${q.id}`)
      .set(jane.auth)
      .set(jane.device)
      .send({ optionIds: [q.options[0].id] })
      .expect(200);
    const ok = await request(t.baseUrl)
      .post('/api/receipts/verify')
      .send({ receipt: saved.body.receipt })
      .expect(200);
    expect(ok.body).toMatchObject({
      valid: true,
      attemptId: body.id,
      questionId: q.id,
      savedAt: saved.body.savedAt,
    });
    const [payload, mac] = saved.body.receipt.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    claims[2] = 'tampered-hash';
    const altered = `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${mac}`;
    expect(
      (await request(t.baseUrl).post('/api/receipts/verify').send({ receipt: altered }).expect(200))
        .body,
    ).toEqual({ valid: false });
    expect(
      (
        await request(t.baseUrl)
          .post('/api/receipts/verify')
          .send({ receipt: `${payload}.AAAA` })
          .expect(200)
      ).body,
    ).toEqual({ valid: false });
    expect(
      (await request(t.baseUrl).post('/api/receipts/verify').send({ receipt: 'rác' }).expect(200))
        .body,
    ).toEqual({ valid: false });
  });

  it('keeps showing and scoring the version an attempt drew after the question is edited', async () => {
    const small = await createBank(t, organizer, 10, 'Ngân hàng nhỏ');
    const contest = await createPublishedContest(t, organizer, small.id, {
      prediction: { enabled: false, prompt: '' },
    });
    const kim = await createUser(t);
    const { body } = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(kim.auth)
      .set(kim.device)
      .expect(201);
    const q = body.questions[0];
    const key = await correctOptions(t, body.id);
    const current = await request(t.baseUrl)
      .get(`/api/questions/${q.id}`)
      .set(organizer.auth)
      .expect(200);
    // Move the key to another option and reword the prompt.
    await request(t.baseUrl)
      .patch(`/api/questions/${q.id}`)
      .set(organizer.auth)
      .send({
        prompt: 'Câu hỏi đã sửa',
        options: current.body.options.map((o: { text: string; correct: boolean }, i: number) => ({
          text: o.text,
          correct: i === 0,
        })),
      })
      .expect(200);
    const view = await request(t.baseUrl).get(`/api/attempts/${body.id}`).set(kim.auth).expect(200);
    expect(view.body.questions[0].prompt).toBe(q.prompt);
    await request(t.baseUrl)
      .put(`/api/attempts/${body.id}/answers/${q.id}`)
      .set(kim.auth)
      .set(kim.device)
      .send({ optionIds: key.get(q.id) })
      .expect(200);
    const res = await request(t.baseUrl)
      .post(`/api/attempts/${body.id}/submit`)
      .set(kim.auth)
      .set(kim.device)
      .send({})
      .expect(200);
    expect(res.body.correctCount).toBe(1);
  });

  it('enforces eligibility: verified e-mail when required', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, {
      requireVerifiedEmail: true,
    });
    const unverified = await createUser(t, { emailVerified: false });
    const res = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(unverified.auth)
      .set(unverified.device);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('NOT_ELIGIBLE');
  });

  it('refuses an upcoming round with ROUND_NOT_OPEN', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id);
    const leo = await createUser(t);
    const res = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[1]}/attempts`)
      .set(leo.auth)
      .set(leo.device);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('ROUND_NOT_OPEN');
  });

  it('refuses to publish when the bank cannot satisfy the draw rules', async () => {
    const body = contestBody(bank.id, {
      questionCount: 12,
      drawRules: [{ bankId: bank.id, count: 12, difficulty: 3 }],
    });
    const created = await request(t.baseUrl)
      .post('/api/contests')
      .set(organizer.auth)
      .send(body)
      .expect(201);
    const res = await request(t.baseUrl)
      .post(`/api/contests/${created.body.id}/publish`)
      .set(organizer.auth);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('DRAW_RULES_UNSATISFIABLE');
    expect(res.body.details[0]).toMatchObject({ field: 'drawRules.0', needed: 12, available: 10 });
  });
});
