import request from 'supertest';
import { contestBody, createBank, type BankFixture } from './helpers/contest-fixtures';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

describe('contests (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let bank: BankFixture;

  beforeAll(async () => {
    t = await createTestApp();
    organizer = await createUser(t, { roles: ['organizer'] });
    bank = await createBank(t, organizer, 12);
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a draft visible to its staff only, then publishes it for everyone', async () => {
    const body = contestBody(bank.id);
    const created = await request(t.baseUrl)
      .post('/api/contests')
      .set(organizer.auth)
      .send(body)
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'draft',
      slug: body.slug,
      questionCount: 10,
      timeZone: 'Asia/Ho_Chi_Minh',
    });
    expect(created.body.rounds).toHaveLength(2);
    expect(created.body.rounds[0]).toMatchObject({ position: 1, title: 'Tuần 1', status: 'open' });
    expect(created.body.rounds[1].status).toBe('upcoming');
    expect(created.body.drawRules).toEqual([{ bankId: bank.id, count: 10 }]);

    await request(t.baseUrl).get(`/api/contests/${created.body.id}`).expect(404);
    const participant = await createUser(t);
    await request(t.baseUrl)
      .get(`/api/contests/${body.slug as string}`)
      .set(participant.auth)
      .expect(404);
    expect(
      (await request(t.baseUrl).get('/api/contests').expect(200)).body.items.map(
        (c: { id: string }) => c.id,
      ),
    ).not.toContain(created.body.id);

    await request(t.baseUrl)
      .post(`/api/contests/${created.body.id}/publish`)
      .set(participant.auth)
      .expect(403);
    const published = await request(t.baseUrl)
      .post(`/api/contests/${created.body.id}/publish`)
      .set(organizer.auth)
      .expect(200);
    expect(published.body.status).toBe('published');

    const publicView = await request(t.baseUrl)
      .get(`/api/contests/${body.slug as string}`)
      .expect(200);
    expect(publicView.body.id).toBe(created.body.id);
    expect(publicView.body.drawRules).toBeUndefined();
    expect(publicView.body.rounds).toHaveLength(2);
    const list = await request(t.baseUrl).get('/api/contests').expect(200);
    expect(list.body).toMatchObject({ page: 1, pageSize: 50 });
    expect(list.body.items.map((c: { id: string }) => c.id)).toContain(created.body.id);
  });

  it('validates settings with field details and changes nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM contests');
    const bad = contestBody(bank.id, {
      questionCount: 11,
      attemptPolicy: 'worst',
      rounds: [
        {
          title: 'Tuần 1',
          opensAt: '2026-12-10T00:00:00.000Z',
          closesAt: '2026-12-01T00:00:00.000Z',
        },
      ],
    });
    const res = await request(t.baseUrl)
      .post('/api/contests')
      .set(organizer.auth)
      .send(bad)
      .expect(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(res.body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'attemptPolicy' })]),
    );
    const fixed = contestBody(bank.id, { questionCount: 11, rounds: bad.rounds });
    const res2 = await request(t.baseUrl)
      .post('/api/contests')
      .set(organizer.auth)
      .send(fixed)
      .expect(400);
    expect(res2.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'drawRules',
      'rounds.0.closesAt',
    ]);
    const after = await t.dataSource.query('SELECT count(*)::int AS n FROM contests');
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses a slug already in use with SLUG_TAKEN', async () => {
    const body = contestBody(bank.id);
    await request(t.baseUrl).post('/api/contests').set(organizer.auth).send(body).expect(201);
    const res = await request(t.baseUrl)
      .post('/api/contests')
      .set(organizer.auth)
      .send(body)
      .expect(409);
    expect(res.body.code).toBe('SLUG_TAKEN');
  });

  it('lets only the contest organizers edit it, and records staff', async () => {
    const created = await request(t.baseUrl)
      .post('/api/contests')
      .set(organizer.auth)
      .send(contestBody(bank.id))
      .expect(201);
    const otherOrganizer = await createUser(t, { roles: ['organizer'] });
    await request(t.baseUrl)
      .patch(`/api/contests/${created.body.id}`)
      .set(otherOrganizer.auth)
      .send({ title: 'Chiếm quyền' })
      .expect(403);
    const judge = await createUser(t, { roles: ['judge'] });
    await request(t.baseUrl)
      .post(`/api/contests/${created.body.id}/staff`)
      .set(organizer.auth)
      .send({ userId: judge.id, role: 'judge' })
      .expect(201);
    await request(t.baseUrl)
      .post(`/api/contests/${created.body.id}/staff`)
      .set(organizer.auth)
      .send({ userId: judge.id, role: 'owner' })
      .expect(400);
    // The judge (staff) now sees the draft.
    await request(t.baseUrl).get(`/api/contests/${created.body.id}`).set(judge.auth).expect(200);
    const patched = await request(t.baseUrl)
      .patch(`/api/contests/${created.body.id}`)
      .set(organizer.auth)
      .send({
        title: 'Tên mới',
        timeLimitSec: 600,
        rounds: [
          {
            id: created.body.rounds[0].id,
            title: 'Tuần thi 1',
            opensAt: created.body.rounds[0].opensAt,
            closesAt: created.body.rounds[0].closesAt,
          },
        ],
      })
      .expect(200);
    expect(patched.body).toMatchObject({ title: 'Tên mới', timeLimitSec: 600 });
    expect(patched.body.rounds).toEqual([
      expect.objectContaining({ id: created.body.rounds[0].id, title: 'Tuần thi 1' }),
    ]);
  });

  it('forbids participants from creating contests', async () => {
    const participant = await createUser(t);
    await request(t.baseUrl)
      .post('/api/contests')
      .set(participant.auth)
      .send(contestBody(bank.id))
      .expect(403);
    await request(t.baseUrl).post('/api/contests').send(contestBody(bank.id)).expect(401);
  });
});
