import request from 'supertest';
import {
  correctOptions,
  createBank,
  createPublishedContest,
  type BankFixture,
} from './helpers/contest-fixtures';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

jest.setTimeout(60_000);

interface Entry {
  userId: string;
  rank: number | null;
  prize: string | null;
  excludedReason: string | null;
  nationalId: string | null;
}

describe('one person, one prize: national ID (CCCD) of winners (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let admin: TestUser;
  let bank: BankFixture;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false', NATIONAL_ID_KEY: 'ab'.repeat(32) });
    organizer = await createUser(t, { roles: ['organizer'] });
    admin = await createUser(t, { roles: ['admin'] });
    bank = await createBank(t, organizer, 6);
  });
  afterAll(async () => {
    await t?.close();
  });

  const api = () => request(t.baseUrl);

  async function take(user: TestUser, roundId: string, correct: number): Promise<void> {
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
    await api()
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(user.auth)
      .set(user.device)
      .send({})
      .expect(200);
  }

  it('checks the format and stores the number encrypted, answering with the last 4 digits', async () => {
    const user = await createUser(t, { birthYear: 1995 });
    const bad = await api()
      .put('/api/me/national-id')
      .set(user.auth)
      .send({ nationalId: '079196001234' })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(bad.body.message).toContain('năm sinh 1996');
    await api().put('/api/me/national-id').set(user.auth).send({ nationalId: '12345' }).expect(400);
    const ok = await api()
      .put('/api/me/national-id')
      .set(user.auth)
      .send({ nationalId: '079 195 001 234' })
      .expect(200);
    expect(ok.body).toMatchObject({ confirmed: true, nationalId: '********1234' });
    const [row] = await t.dataSource.query<
      Array<{ national_id_cipher: string; national_id_hash: string }>
    >('SELECT national_id_cipher, national_id_hash FROM users WHERE id = $1', [user.id]);
    expect(row.national_id_cipher).toMatch(/^v1\./);
    expect(JSON.stringify(row)).not.toContain('079195001234');
    const me = await api().get('/api/me').set(user.auth).expect(200);
    expect(JSON.stringify(me.body)).not.toContain('001234');
  });

  it('holds back a winner without a confirmed ID and gives one prize to one person behind two accounts', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, {
      questionCount: 6,
      drawRules: [{ bankId: bank.id, count: 6 }],
      prediction: { enabled: false, prompt: '' },
      attemptsPerRound: 1,
      prizes: { first: 1, second: 1, third: 0, consolation: 0, maxShareOfParticipants: 1 },
      requireNationalId: true,
    });
    const roundId = contest.roundIds[0];
    const best = await createUser(t, { fullName: 'Chưa Xác Nhận' });
    const twinA = await createUser(t, { fullName: 'Một Người' });
    const twinB = await createUser(t, { fullName: 'Một Người Khác Tài Khoản' });
    const fourth = await createUser(t);
    await take(best, roundId, 6);
    await take(twinA, roundId, 5);
    await take(twinB, roundId, 4);
    await take(fourth, roundId, 3);
    for (const twin of [twinA, twinB, fourth]) {
      const id = twin === fourth ? '001200005678' : '079195004321';
      await api().put('/api/me/national-id').set(twin.auth).send({ nationalId: id }).expect(200);
    }
    await t.dataSource.query(
      `UPDATE rounds SET opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second' WHERE id = $1`,
      [roundId],
    );
    const compute = async () => {
      const res = await api()
        .post(`/api/rounds/${roundId}/results/compute`)
        .set(admin.auth)
        .expect(200);
      return new Map((res.body.entries as Entry[]).map((e) => [e.userId, e]));
    };
    let entries = await compute();
    expect(entries.get(best.id)).toMatchObject({
      rank: 1,
      prize: null,
      excludedReason: 'unconfirmed_national_id',
      nationalId: null,
    });
    expect(entries.get(twinA.id)).toMatchObject({ prize: 'first', nationalId: '********4321' });
    expect(entries.get(twinB.id)).toMatchObject({ prize: null, excludedReason: 'already_won' });
    expect(entries.get(fourth.id)).toMatchObject({ prize: 'second' });

    // The rules page says so; the judges see the two accounts as one person.
    const page = await api().get(`/api/contests/${contest.id}`).expect(200);
    expect(page.body.ruleNotes.join(' ')).toContain('xác nhận số căn cước công dân');
    const flags = await api().get(`/api/rounds/${roundId}/flags`).set(admin.auth).expect(200);
    const twinFlag = (flags.body as Array<{ attemptId: string; userId: string; details: string[] }>)
      .find((f) => f.userId === twinB.id)
      ?.details.find((d) => d.includes('căn cước'));
    expect(twinFlag).toContain('Mức độ trùng: chắc chắn (4/4)');

    // Once confirmed, the best is no longer held back.
    await api()
      .put('/api/me/national-id')
      .set(best.auth)
      .send({ nationalId: '001099001111' })
      .expect(200);
    entries = await compute();
    expect(entries.get(best.id)).toMatchObject({ prize: 'first', excludedReason: null });
    expect(entries.get(twinA.id)).toMatchObject({ prize: 'second' });

    // The winners' identity list: the full number for administrators only, masked for judges,
    // refused to an organizer who is not a judge of the contest.
    const judge = await createUser(t, { roles: ['judge'] });
    await api()
      .post(`/api/contests/${contest.id}/staff`)
      .set(organizer.auth)
      .send({ userId: judge.id, role: 'judge' })
      .expect(201);
    const identity = (user: TestUser) =>
      api().get(`/api/contests/${contest.id}/winners/identity.csv`).set(user.auth);
    const full = await identity(admin).expect(200);
    expect(full.headers['content-type']).toContain('text/csv');
    expect(full.headers['cache-control']).toBe('no-store');
    const fullLines = full.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(fullLines).toHaveLength(3);
    expect(fullLines[0]).toContain('"Số căn cước công dân"');
    expect(fullLines[1]).toContain('"Chưa Xác Nhận"');
    expect(fullLines[1]).toContain('"001099001111"');
    expect(fullLines[2]).toContain('"079195004321"');
    const masked = await identity(judge).expect(200);
    expect(masked.text).toContain('"********1111"');
    expect(masked.text).toContain('"********4321"');
    expect(masked.text).not.toMatch(/001099001111|079195004321/);
    const refused = await identity(organizer).expect(403);
    expect(refused.body.code).toBe('FORBIDDEN');
    const someone = await createUser(t);
    await identity(someone).expect(403);
    const audit = await t.dataSource.query<Array<{ details: { fullNationalId: boolean } }>>(
      `SELECT details FROM audit_log WHERE action = 'results.identity_export' AND contest_id = $1
       ORDER BY at`,
      [contest.id],
    );
    expect(audit.map((a) => a.details.fullNationalId)).toEqual([true, false]);
  });
});
