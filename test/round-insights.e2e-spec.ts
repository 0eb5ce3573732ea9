import request from 'supertest';
import { createBank, createPublishedContest } from './helpers/contest-fixtures';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser } from './helpers/users';

describe('round insights (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows staff the attempts per hour and per unit, and judges the essay answers to grade', async () => {
    const organizer = await createUser(t, { roles: ['organizer'] });
    const bank = await createBank(t, organizer, 3);
    await request(t.baseUrl)
      .post(`/api/banks/${bank.id}/questions`)
      .set(organizer.auth)
      .send({ type: 'essay', prompt: 'Nêu vai trò của công đoàn cơ sở.', points: 5 })
      .expect(201);
    const contest = await createPublishedContest(t, organizer, bank.id, {
      questionCount: 4,
      drawRules: [{ bankId: bank.id, count: 4 }],
      prediction: { enabled: false, prompt: '' },
    });
    const [{ id: unitId }] = await t.dataSource.query(
      `INSERT INTO units (code, name, kind, member_count) VALUES ('TV-T', 'Công đoàn cơ sở Thử', 'grassroots', 40) RETURNING id`,
    );
    const alice = await createUser(t, { unitId, fullName: 'Trần Thị Ánh' });
    const bob = await createUser(t);
    const judge = await createUser(t, { roles: ['judge'] });
    await request(t.baseUrl)
      .post(`/api/contests/${contest.id}/staff`)
      .set(organizer.auth)
      .send({ userId: judge.id, role: 'judge' })
      .expect(201);

    for (const person of [alice, bob]) {
      const { body } = await request(t.baseUrl)
        .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
        .set(person.auth)
        .set(person.device)
        .expect(201);
      const essay = body.questions.find((q: { type: string }) => q.type === 'essay');
      await request(t.baseUrl)
        .put(`/api/attempts/${body.id}/answers/${essay.id}`)
        .set(person.auth)
        .set(person.device)
        .send({ text: `Bài làm của ${person.fullName}: <b>bảo vệ quyền lợi</b>` })
        .expect(200);
      await request(t.baseUrl)
        .post(`/api/attempts/${body.id}/submit`)
        .set(person.auth)
        .set(person.device)
        .send({})
        .expect(200);
    }

    const participation = await request(t.baseUrl)
      .get(`/api/rounds/${contest.roundIds[0]}/participation`)
      .set(organizer.auth)
      .expect(200);
    expect(
      participation.body.byHour.reduce((n: number, h: { attempts: number }) => n + h.attempts, 0),
    ).toBe(2);
    expect(participation.body.byUnit).toEqual(
      expect.arrayContaining([
        { unitId, unitName: 'Công đoàn cơ sở Thử', participants: 1, attempts: 1, memberCount: 40 },
        {
          unitId: null,
          unitName: 'Chưa chọn đơn vị',
          participants: 1,
          attempts: 1,
          memberCount: null,
        },
      ]),
    );

    const essays = await request(t.baseUrl)
      .get(`/api/rounds/${contest.roundIds[0]}/essays`)
      .set(judge.auth)
      .expect(200);
    expect(essays.body).toHaveLength(2);
    expect(essays.body[0]).toMatchObject({
      prompt: 'Nêu vai trò của công đoàn cơ sở.',
      points: null,
      maxPoints: 5,
    });
    expect(essays.body.map((e: { text: string }) => e.text)).toContain(
      'Bài làm của Trần Thị Ánh: <b>bảo vệ quyền lợi</b>',
    );

    // Grading moves the essay to the end of the list.
    const first = essays.body[0];
    await request(t.baseUrl)
      .put(`/api/attempts/${first.attemptId}/grades/${first.questionId}`)
      .set(judge.auth)
      .send({ points: 4 })
      .expect(200);
    const after = await request(t.baseUrl)
      .get(`/api/rounds/${contest.roundIds[0]}/essays`)
      .set(judge.auth)
      .expect(200);
    expect(after.body[1]).toMatchObject({ attemptId: first.attemptId, points: 4 });

    // Participants and staff of other contests see neither.
    await request(t.baseUrl)
      .get(`/api/rounds/${contest.roundIds[0]}/participation`)
      .set(alice.auth)
      .expect(403);
    await request(t.baseUrl)
      .get(`/api/rounds/${contest.roundIds[0]}/essays`)
      .set(alice.auth)
      .expect(403);
    const otherJudge = await createUser(t, { roles: ['judge'] });
    await request(t.baseUrl)
      .get(`/api/rounds/${contest.roundIds[0]}/essays`)
      .set(otherJudge.auth)
      .expect(403);
    await request(t.baseUrl)
      .get(`/api/rounds/${contest.roundIds[0]}/participation`)
      .set(otherJudge.auth)
      .expect(403);
  });
});
