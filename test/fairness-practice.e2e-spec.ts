import request from 'supertest';
import {
  correctOptions,
  createBank,
  createPublishedContest,
  type BankFixture,
} from './helpers/contest-fixtures';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

jest.setTimeout(120_000);

interface Question {
  id: string;
  options: Array<{ id: string }>;
}

/** Practice ("Thi thử", docs/fairness.md): unscored, unlimited, rate-limited, never counted. */
describe('practice attempts (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let judge: TestUser;
  let official: BankFixture;
  let practiceBank: BankFixture;
  let contestId: string;
  let roundId: string;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false', RATE_LIMIT_PRACTICE_START_PER_USER: '4' });
    organizer = await createUser(t, { roles: ['organizer'] });
    judge = await createUser(t, { roles: ['judge'] });
    official = await createBank(t, organizer, 8, 'Ngân hàng chính thức');
    practiceBank = await createBank(t, organizer, 8, 'Ngân hàng thi thử');
    const contest = await createPublishedContest(t, organizer, official.id, {
      questionCount: 8,
      drawRules: [{ bankId: official.id, count: 8 }],
      prediction: { enabled: false, prompt: '' },
      attemptsPerRound: 1,
      practice: { enabled: true, bankIds: [practiceBank.id] },
    });
    contestId = contest.id;
    roundId = contest.roundIds[0];
    await api()
      .post(`/api/contests/${contestId}/staff`)
      .set(organizer.auth)
      .send({ userId: judge.id, role: 'judge' })
      .expect(201);
  });
  afterAll(async () => {
    await t?.close();
  });

  const api = () => request(t.baseUrl);

  /** Every question answered with its first wrong option by id, as fast as the server allows. */
  async function practiseWrong(user: TestUser): Promise<string> {
    const started = await api()
      .post(`/api/contests/${contestId}/practice`)
      .set(user.auth)
      .expect(201);
    expect(started.body).toMatchObject({ practice: true, roundId: null, status: 'in_progress' });
    const questions = started.body.questions as Question[];
    for (const q of questions) {
      const right = await rightOption(q.id);
      const wrong = q.options
        .map((o) => o.id)
        .filter((id) => id !== right)
        .sort()[0];
      await api()
        .put(`/api/attempts/${started.body.id}/answers/${q.id}`)
        .set(user.auth)
        .set(user.device)
        .send({ optionIds: [wrong] })
        .expect(200);
    }
    await api()
      .post(`/api/attempts/${started.body.id}/submit`)
      .set(user.auth)
      .set(user.device)
      .send({})
      .expect(200);
    return started.body.id as string;
  }

  async function rightOption(questionId: string): Promise<string> {
    const [row] = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT o->>'id' AS id FROM questions q JOIN question_versions v ON v.id = q.current_version_id
       CROSS JOIN LATERAL jsonb_array_elements(v.options) o
       WHERE q.id = $1 AND (o->>'correct')::boolean`,
      [questionId],
    );
    return row.id;
  }

  async function takeOfficial(user: TestUser): Promise<void> {
    const started = await api()
      .post(`/api/rounds/${roundId}/attempts`)
      .set(user.auth)
      .set(user.device)
      .expect(201);
    const key = await correctOptions(t, started.body.id);
    for (const q of started.body.questions as Question[]) {
      const res = await api()
        .put(`/api/attempts/${started.body.id}/answers/${q.id}`)
        .set(user.auth)
        .set(user.device)
        .send({ optionIds: key.get(q.id) })
        .expect(200);
      // The right answer is never shown on an official attempt.
      expect(Object.keys(res.body).sort()).toEqual(['questionId', 'receipt', 'savedAt']);
    }
    await api()
      .post(`/api/attempts/${started.body.id}/submit`)
      .set(user.auth)
      .set(user.device)
      .send({})
      .expect(200);
  }

  it('shows the right answer and explanation after each practice answer, never on an official one', async () => {
    const person = await createUser(t);
    const started = await api()
      .post(`/api/contests/${contestId}/practice`)
      .set(person.auth)
      .expect(201);
    const questions = started.body.questions as Question[];
    expect(questions).toHaveLength(8);
    // Drawn from the practice pool only, never from the official draw's bank.
    for (const q of questions) {
      expect(practiceBank.questionIds).toContain(q.id);
      expect(official.questionIds).not.toContain(q.id);
    }
    expect(JSON.stringify(started.body)).not.toMatch(/correct|Giải thích/);
    const [q1, q2] = questions;
    const right = await rightOption(q1.id);
    const saved = await api()
      .put(`/api/attempts/${started.body.id}/answers/${q1.id}`)
      .set(person.auth)
      .set(person.device)
      .send({ optionIds: [right] })
      .expect(200);
    const n = practiceBank.questionIds.indexOf(q1.id) + 1;
    expect(saved.body).toMatchObject({
      questionId: q1.id,
      correct: true,
      correctOptionIds: [right],
      explanation: `Giải thích câu ${n}`,
    });
    expect(typeof saved.body.receipt).toBe('string');
    const right2 = await rightOption(q2.id);
    const wrong = q2.options.find((o) => o.id !== right2)!.id;
    const saved2 = await api()
      .put(`/api/attempts/${started.body.id}/answers/${q2.id}`)
      .set(person.auth)
      .set(person.device)
      .send({ optionIds: [wrong] })
      .expect(200);
    expect(saved2.body.correct).toBe(false);
    expect(saved2.body.correctOptionIds).toEqual([right2]);

    // A reload shows the feedback of the answered questions only.
    const again = await api().get(`/api/attempts/${started.body.id}`).set(person.auth).expect(200);
    expect(again.body.practice).toBe(true);
    expect(Object.keys(again.body.feedback).sort()).toEqual([q1.id, q2.id].sort());

    const submitted = await api()
      .post(`/api/attempts/${started.body.id}/submit`)
      .set(person.auth)
      .set(person.device)
      .send({})
      .expect(200);
    expect(submitted.body).toMatchObject({ practice: true, status: 'submitted', correctCount: 1 });
    expect(submitted.body.review).toHaveLength(8);
    await api()
      .put(`/api/attempts/${started.body.id}/answers/${q1.id}`)
      .set(person.auth)
      .set(person.device)
      .send({ optionIds: [right] })
      .expect(409);

    // Another person cannot read it.
    const other = await createUser(t);
    await api().get(`/api/attempts/${started.body.id}`).set(other.auth).expect(404);
  });

  it('keeps practice attempts out of boards, flags, question statistics, reports, results and exports', async () => {
    const honest = await Promise.all(Array.from({ length: 3 }, () => createUser(t)));
    for (const user of honest) await takeOfficial(user);
    const participationBefore = await api()
      .get(`/api/contests/${contestId}/participation`)
      .set(organizer.auth)
      .expect(200);
    const statsBefore = await api()
      .get(`/api/contests/${contestId}/question-stats`)
      .set(judge.auth)
      .expect(200);

    // Two accounts copying each other in practice, answering instantly: as official attempts,
    // this would be flagged (identical wrong answers, too fast).
    const copier1 = await createUser(t, { fullName: 'Người Thi Thử Một' });
    const copier2 = await createUser(t, { fullName: 'Người Thi Thử Hai' });
    const practiceIds: string[] = [];
    for (let i = 0; i < 2; i++) {
      practiceIds.push(await practiseWrong(copier1));
      practiceIds.push(await practiseWrong(copier2));
    }
    const hidden = [copier1.id, copier2.id, copier1.fullName, copier2.fullName, ...practiceIds];
    const expectAbsent = (what: string, body: unknown) => {
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      for (const h of hidden)
        expect({ what, present: text.includes(h) }).toEqual({ what, present: false });
    };

    const flags = await api().get(`/api/rounds/${roundId}/flags`).set(judge.auth).expect(200);
    expectAbsent('flags', flags.body);
    const board = await api().get(`/api/rounds/${roundId}/leaderboard`).set(judge.auth).expect(200);
    expectAbsent('board', board.body);
    expect(JSON.stringify(board.body)).toContain(honest[0].id);
    const stats = await api()
      .get(`/api/contests/${contestId}/question-stats`)
      .set(judge.auth)
      .expect(200);
    expect(stats.body).toEqual(statsBefore.body);
    const participation = await api()
      .get(`/api/contests/${contestId}/participation`)
      .set(organizer.auth)
      .expect(200);
    expect({ ...participation.body, generatedAt: 0 }).toEqual({
      ...participationBefore.body,
      generatedAt: 0,
    });
    const mine = await api().get('/api/me/attempts').set(copier1.auth).expect(200);
    expect(mine.body.total).toBe(0);

    await t.dataSource.query(
      `UPDATE rounds SET closes_at = now() - interval '1 second', opens_at = now() - interval '2 hours' WHERE id = $1`,
      [roundId],
    );
    const results = await api()
      .post(`/api/rounds/${roundId}/results/compute`)
      .set(judge.auth)
      .expect(200);
    expectAbsent('results', results.body);
    expect(results.body.entries).toHaveLength(3);
    const csv = await api()
      .get(`/api/rounds/${roundId}/results/export?format=csv`)
      .set(judge.auth)
      .buffer(true)
      .expect(200);
    expectAbsent('export', csv.text);
    const frozen = await api()
      .get(`/api/rounds/${roundId}/leaderboard`)
      .set(judge.auth)
      .expect(200);
    expectAbsent('closed board', frozen.body);

    // Practice stays open after the round closes: it is not the official draw.
    await api().post(`/api/contests/${contestId}/practice`).set(copier1.auth).expect(201);
  });

  it('lets staff practise while their counted attempt stays refused', async () => {
    // The organizer reads the contest's banks: no counted attempt, but practice is fine.
    const other = await createPublishedContest(t, organizer, official.id, {
      questionCount: 8,
      drawRules: [{ bankId: official.id, count: 8 }],
      practice: { enabled: true, bankIds: [practiceBank.id], reveal: 'end', questionCount: 3 },
    });
    await api()
      .post(`/api/rounds/${other.roundIds[0]}/attempts`)
      .set(organizer.auth)
      .set(organizer.device)
      .expect(403);
    const started = await api()
      .post(`/api/contests/${other.id}/practice`)
      .set(organizer.auth)
      .expect(201);
    expect(started.body).toMatchObject({ reveal: 'end' });
    expect(started.body.questions).toHaveLength(3);
    // reveal "end": nothing after each answer, everything at the end.
    const q = started.body.questions[0] as Question;
    const saved = await api()
      .put(`/api/attempts/${started.body.id}/answers/${q.id}`)
      .set(organizer.auth)
      .set(organizer.device)
      .send({ optionIds: [q.options[0].id] })
      .expect(200);
    expect(Object.keys(saved.body).sort()).toEqual(['questionId', 'receipt', 'savedAt']);
    const done = await api()
      .post(`/api/attempts/${started.body.id}/submit`)
      .set(organizer.auth)
      .set(organizer.device)
      .send({})
      .expect(200);
    expect(done.body.review.map((r: { questionId: string }) => r.questionId)).toEqual(
      started.body.questions.map((x: Question) => x.id),
    );
    expect(done.body.review[0].explanation).toMatch(/^Giải thích câu \d+$/);
  });

  it('is timed by the server: past the deadline a save is refused and the attempt closes', async () => {
    const person = await createUser(t);
    const started = await api()
      .post(`/api/contests/${contestId}/practice`)
      .set(person.auth)
      .expect(201);
    await t.dataSource.query(
      `UPDATE practice_attempts SET deadline_at = now() - interval '1 minute' WHERE id = $1`,
      [started.body.id],
    );
    const q = started.body.questions[0] as Question;
    const refused = await api()
      .put(`/api/attempts/${started.body.id}/answers/${q.id}`)
      .set(person.auth)
      .set(person.device)
      .send({ optionIds: [q.options[0].id] })
      .expect(409);
    expect(refused.body.code).toBe('ATTEMPT_CLOSED');
    const closed = await api().get(`/api/attempts/${started.body.id}`).set(person.auth).expect(200);
    expect(closed.body).toMatchObject({ status: 'submitted', result: { autoSubmitted: true } });
  });

  it('is unlimited but rate-limited per account (429 RATE_LIMITED with Retry-After)', async () => {
    const person = await createUser(t);
    for (let i = 0; i < 4; i++)
      await api().post(`/api/contests/${contestId}/practice`).set(person.auth).expect(201);
    const limited = await api()
      .post(`/api/contests/${contestId}/practice`)
      .set(person.auth)
      .expect(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Someone else is not held back.
    const other = await createUser(t);
    await api().post(`/api/contests/${contestId}/practice`).set(other.auth).expect(201);
  });

  it('answers 404 when the contest has no practice', async () => {
    const plain = await createPublishedContest(t, organizer, official.id, {
      questionCount: 8,
      drawRules: [{ bankId: official.id, count: 8 }],
    });
    const person = await createUser(t);
    const res = await api().post(`/api/contests/${plain.id}/practice`).set(person.auth).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
  });
});
