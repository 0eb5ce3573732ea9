import request from 'supertest';
import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser } from '../helpers/users';

jest.setTimeout(60_000);

/** Eligibility by unit cannot be bypassed by moving oneself (docs/security.md). */
describe('unit recorded on the attempt, self-service unit change locked (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('records the unit at start and refuses moving oneself while the contest runs; an administrator still can', async () => {
    const units: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO units (code, name, kind)
       VALUES ('KHOA-1', 'Công đoàn cơ sở Một', 'grassroots'), ('KHOA-2', 'Công đoàn cơ sở Hai', 'grassroots')
       RETURNING id`,
    );
    const [invited, other] = units.map((u) => u.id);
    const organizer = await createUser(t, { roles: ['organizer'] });
    const admin = await createUser(t, { roles: ['admin'] });
    const bank = await createBank(t, organizer, 10);
    const contest = await createPublishedContest(t, organizer, bank.id, {
      eligibleUnitIds: [invited],
    });
    const person = await createUser(t, { unitId: invited });

    // Before entering, a person may change their unit freely.
    await request(t.baseUrl).patch('/api/me').set(person.auth).send({ unitId: other }).expect(200);
    await request(t.baseUrl)
      .patch('/api/me')
      .set(person.auth)
      .send({ unitId: invited })
      .expect(200);

    const started = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(person.auth)
      .set(person.device)
      .expect(201);
    const [row] = await t.dataSource.query('SELECT unit_id FROM attempts WHERE id = $1', [
      started.body.id,
    ]);
    expect(row.unit_id).toBe(invited);

    const moved = await request(t.baseUrl)
      .patch('/api/me')
      .set(person.auth)
      .send({ unitId: other });
    expect([moved.status, moved.body.code]).toEqual([409, 'CONFLICT']);
    // Other fields stay editable.
    await request(t.baseUrl)
      .patch('/api/me')
      .set(person.auth)
      .send({ fullName: 'Tên mới' })
      .expect(200);

    const byAdmin = await request(t.baseUrl)
      .patch(`/api/admin/users/${person.id}`)
      .set(admin.auth)
      .send({ unitId: other })
      .expect(200);
    expect(byAdmin.body.unit.id).toBe(other);
  });
});
