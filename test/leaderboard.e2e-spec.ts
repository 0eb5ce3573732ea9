import request from 'supertest';
import { createBank, createPublishedContest, type BankFixture } from './helpers/contest-fixtures';
import {
  connectLive,
  names,
  sleep,
  startAttempt,
  answerAndSubmit,
  takeAttempt,
  type LiveClient,
} from './helpers/leaderboard-fixtures';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

const noPrediction = { prediction: { enabled: false, prompt: '' } };

describe('leaderboards (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let bank: BankFixture;
  const clients: LiveClient[] = [];

  const live = async (token?: string) => {
    const client = await connectLive(t, token);
    clients.push(client);
    return client;
  };
  const person = (fullName: string, unitId?: string) => createUser(t, { fullName, unitId });

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    organizer = await createUser(t, { roles: ['organizer'] });
    bank = await createBank(t, organizer, 12);
  });
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves the board over REST: order, ranks, limit, own rank, and never a contact', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, noPrediction);
    const roundId = contest.roundIds[0];
    const [an, binh, chi, dung] = await Promise.all(
      ['Trần Thị An', 'Lê Văn Bình', 'Phạm Chi', 'Đỗ Dũng'].map((n) => person(n)),
    );
    await takeAttempt(t, an, roundId, 4);
    await takeAttempt(t, binh, roundId, 7);
    await takeAttempt(t, chi, roundId, 2);
    // An's second attempt is better: the best one counts, and she appears once.
    await takeAttempt(t, an, roundId, 9);

    const board = await request(t.baseUrl).get(`/api/rounds/${roundId}/leaderboard`).expect(200);
    expect(board.body).toMatchObject({
      roundId,
      unitId: null,
      frozen: false,
      final: false,
      freezeAt: null,
      participants: 3,
      attempts: 4,
    });
    expect(Date.parse(board.body.updatedAt)).not.toBeNaN();
    expect(names(board.body)).toEqual(['Trần Thị An', 'Lê Văn Bình', 'Phạm Chi']);
    expect(board.body.entries.map((e: { rank: number }) => e.rank)).toEqual([1, 2, 3]);
    expect(board.body.entries[0]).toEqual({
      rank: 1,
      userId: an.id,
      displayName: 'Trần Thị An',
      unitName: null,
      score: 9,
      correctCount: 9,
      durationMs: expect.any(Number),
    });
    expect(board.text).not.toMatch(/@example\.vn|email|phone/i);

    const top2 = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard?limit=2`)
      .expect(200);
    expect(names(top2.body)).toEqual(['Trần Thị An', 'Lê Văn Bình']);
    for (const bad of ['limit=0', 'limit=101', 'limit=abc', 'unitId=nope', 'other=1']) {
      const res = await request(t.baseUrl).get(`/api/rounds/${roundId}/leaderboard?${bad}`);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    }

    const mine = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard/me`)
      .set(binh.auth)
      .expect(200);
    expect(mine.body).toMatchObject({
      rank: 2,
      frozen: false,
      entry: { rank: 2, userId: binh.id, score: 7 },
    });
    const none = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard/me`)
      .set(dung.auth)
      .expect(200);
    expect(none.body).toEqual({ rank: null, entry: null, frozen: false });
    await request(t.baseUrl).get(`/api/rounds/${roundId}/leaderboard/me`).expect(401);

    // Own ranks stay right as the board moves (the in-memory index follows the submissions).
    await takeAttempt(t, dung, roundId, 8);
    const after = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard/me`)
      .set(binh.auth)
      .expect(200);
    expect(after.body.rank).toBe(3);
    const dungRank = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard/me`)
      .set(dung.auth)
      .expect(200);
    expect(dungRank.body.rank).toBe(2);
    const counters = await request(t.baseUrl).get(`/api/rounds/${roundId}/leaderboard`).expect(200);
    expect(counters.body).toMatchObject({ participants: 4, attempts: 5 });

    await request(t.baseUrl)
      .get('/api/rounds/3f2b1c52-1d8e-4a63-9b0e-0b0c2f6a0001/leaderboard')
      .expect(404);
  });

  it('pushes one update, in the new order, within about 2 s of another participant submitting', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, noPrediction);
    const roundId = contest.roundIds[0];
    const [an, binh] = await Promise.all([person('An Nguyễn'), person('Bình Trần')]);
    await takeAttempt(t, an, roundId, 3);

    const viewer = await live(); // anonymous: the board is public
    const ack = await viewer.subscribe({ roundId });
    expect(ack.ok).toBe(true);
    expect(names(ack.snapshot)).toEqual(['An Nguyễn']);
    expect(ack.snapshot).toMatchObject({ roundId, participants: 1, attempts: 1, frozen: false });

    const attempt = await startAttempt(t, binh, roundId);
    await sleep(1500); // starting an attempt changes nothing on the board
    expect(viewer.updates).toHaveLength(0);

    const submittedAt = Date.now();
    await answerAndSubmit(t, binh, attempt, 6);
    const [update] = await viewer.waitForUpdates(1, 3000);
    expect(Date.now() - submittedAt).toBeLessThan(2500);
    expect(names(update)).toEqual(['Bình Trần', 'An Nguyễn']);
    expect(update).toMatchObject({ roundId, participants: 2, attempts: 2, frozen: false });
    expect(update.entries[0]).toMatchObject({ rank: 1, score: 6 });
    expect(JSON.stringify(update)).not.toMatch(/@example\.vn|email|phone/i);
    await viewer.waitForUpdates(1);
    expect(viewer.stats).toContainEqual({ roundId, participants: 2, attempts: 2 });

    await sleep(2000); // nothing else changed: nothing else is sent
    expect(viewer.updates).toHaveLength(1);

    // After unsubscribing, the client hears nothing more.
    expect(await viewer.unsubscribe({ roundId })).toEqual({ ok: true });
    await takeAttempt(t, an, roundId, 8);
    await sleep(2000);
    expect(viewer.updates).toHaveLength(1);
  });

  it('coalesces a burst of 50 submissions into a handful of updates', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, noPrediction);
    const roundId = contest.roundIds[0];
    const people = await Promise.all(
      Array.from({ length: 50 }, (_, i) => person(`Người số ${i + 1}`)),
    );
    const attempts = await Promise.all(people.map((p) => startAttempt(t, p, roundId)));
    const viewer = await live();
    const watcher = await live();
    expect((await viewer.subscribe({ roundId })).ok).toBe(true);
    expect((await watcher.subscribe({ roundId })).ok).toBe(true);

    const started = Date.now();
    await Promise.all(
      attempts.map((a, i) =>
        request(t.baseUrl)
          .post(`/api/attempts/${a.id}/submit`)
          .set(people[i].auth)
          .set(people[i].device)
          .send({})
          .expect(200),
      ),
    );
    const burstSeconds = (Date.now() - started) / 1000;
    // Wait for the board to settle on 50 attempts.
    const until = Date.now() + 5000;
    while (viewer.updates.at(-1)?.attempts !== 50 && Date.now() < until) await sleep(50);
    await sleep(1500);
    const last = viewer.updates.at(-1)!;
    expect(last).toMatchObject({ participants: 50, attempts: 50 });
    expect(last.entries).toHaveLength(20);
    // At most about one per second (plus the edges), never one per submission.
    expect(viewer.updates.length).toBeGreaterThanOrEqual(1);
    expect(viewer.updates.length).toBeLessThanOrEqual(Math.ceil(burstSeconds) + 3);
    expect(viewer.updates.length).toBeLessThan(10);
    // Both clients of the room got the same updates.
    expect(watcher.updates).toEqual(viewer.updates);
  });

  it('filters a unit board to the unit and the units below it', async () => {
    const ids = await t.dataSource.query<Array<{ id: string; code: string }>>(
      `WITH p AS (INSERT INTO units (code, name, kind) VALUES ('LB-P', 'LĐLĐ tỉnh', 'province_federation') RETURNING id),
            d1 AS (INSERT INTO units (code, name, kind, parent_id) SELECT 'LB-D1', 'LĐLĐ huyện Một', 'district_federation', id FROM p RETURNING id),
            d2 AS (INSERT INTO units (code, name, kind, parent_id) SELECT 'LB-D2', 'LĐLĐ huyện Hai', 'district_federation', id FROM p RETURNING id),
            g1 AS (INSERT INTO units (code, name, kind, parent_id) SELECT 'LB-G1', 'CĐCS Trường Một', 'grassroots', id FROM d1 RETURNING id),
            g2 AS (INSERT INTO units (code, name, kind, parent_id) SELECT 'LB-G2', 'CĐCS Bệnh viện Hai', 'grassroots', id FROM d2 RETURNING id)
       SELECT id, 'P' AS code FROM p UNION ALL SELECT id, 'D1' FROM d1 UNION ALL SELECT id, 'D2' FROM d2
       UNION ALL SELECT id, 'G1' FROM g1 UNION ALL SELECT id, 'G2' FROM g2`,
    );
    const unit = Object.fromEntries(ids.map((r) => [r.code, r.id])) as Record<string, string>;
    const contest = await createPublishedContest(t, organizer, bank.id, noPrediction);
    const roundId = contest.roundIds[0];
    const hoa = await person('Hoa (huyện Một)', unit.D1);
    const khanh = await person('Khánh (CĐCS Trường Một)', unit.G1);
    const lan = await person('Lan (CĐCS Bệnh viện Hai)', unit.G2);
    const minh = await person('Minh (không đơn vị)');
    await takeAttempt(t, hoa, roundId, 3);
    await takeAttempt(t, khanh, roundId, 5);
    await takeAttempt(t, lan, roundId, 9);
    await takeAttempt(t, minh, roundId, 7);

    const d1 = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard?unitId=${unit.D1}`)
      .expect(200);
    expect(names(d1.body)).toEqual(['Khánh (CĐCS Trường Một)', 'Hoa (huyện Một)']);
    expect(d1.body.entries.map((e: { rank: number }) => e.rank)).toEqual([1, 2]);
    expect(d1.body.entries[0].unitName).toBe('CĐCS Trường Một');
    expect(d1.body.unitId).toBe(unit.D1);
    const province = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard?unitId=${unit.P}`)
      .expect(200);
    expect(names(province.body)).toEqual([
      'Lan (CĐCS Bệnh viện Hai)',
      'Khánh (CĐCS Trường Một)',
      'Hoa (huyện Một)',
    ]);
    const g2 = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard?unitId=${unit.G2}`)
      .expect(200);
    expect(names(g2.body)).toEqual(['Lan (CĐCS Bệnh viện Hai)']);

    const hoaInD1 = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard/me?unitId=${unit.D1}`)
      .set(hoa.auth)
      .expect(200);
    expect(hoaInD1.body.rank).toBe(2);
    const hoaOverall = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard/me`)
      .set(hoa.auth)
      .expect(200);
    expect(hoaOverall.body.rank).toBe(4);
    const hoaInD2 = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard/me?unitId=${unit.D2}`)
      .set(hoa.auth)
      .expect(200);
    expect(hoaInD2.body).toMatchObject({ rank: null, entry: null });
    await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard?unitId=3f2b1c52-1d8e-4a63-9b0e-0b0c2f6a0009`)
      .expect(404);

    // Live: the unit room only ever shows its own people.
    const viewer = await live();
    const ack = await viewer.subscribe({ roundId, unitId: unit.D1 });
    expect(ack.ok).toBe(true);
    expect(names(ack.snapshot)).toEqual(['Khánh (CĐCS Trường Một)', 'Hoa (huyện Một)']);
    const quan = await person('Quân (CĐCS Trường Một)', unit.G1);
    await takeAttempt(t, quan, roundId, 10);
    await takeAttempt(t, await person('Sơn (CĐCS Bệnh viện Hai)', unit.G2), roundId, 11);
    await sleep(1200);
    const last = viewer.updates.at(-1)!;
    expect(names(last)).toEqual([
      'Quân (CĐCS Trường Một)',
      'Khánh (CĐCS Trường Một)',
      'Hoa (huyện Một)',
    ]);
    expect(last).toMatchObject({ unitId: unit.D1, participants: 6, attempts: 6 });
    const unknown = await viewer.subscribe({
      roundId,
      unitId: '3f2b1c52-1d8e-4a63-9b0e-0b0c2f6a0009',
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('freezes the public board while judges keep the live one, then shows the final results', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, noPrediction);
    const roundId = contest.roundIds[0];
    const judge = await createUser(t, { roles: ['judge'] });
    await request(t.baseUrl)
      .post(`/api/contests/${contest.id}/staff`)
      .set(organizer.auth)
      .send({ userId: judge.id, role: 'judge' })
      .expect(201);
    const [an, binh, chi] = await Promise.all([person('An'), person('Bình'), person('Chi')]);
    await takeAttempt(t, an, roundId, 4);
    await takeAttempt(t, binh, roundId, 6);
    // Those two attempts were an hour ago; the round closes in 5 minutes and its board freezes
    // 10 minutes before the close: it froze 5 minutes ago.
    await t.dataSource.query(
      `UPDATE attempts SET submitted_at = submitted_at - interval '1 hour', started_at = started_at - interval '1 hour' WHERE round_id = $1`,
      [roundId],
    );
    await t.dataSource.query(
      `UPDATE round_standings SET submitted_at = submitted_at - interval '1 hour' WHERE round_id = $1`,
      [roundId],
    );
    await t.dataSource.query(
      `UPDATE rounds SET closes_at = now() + interval '5 minutes' WHERE id = $1`,
      [roundId],
    );
    await t.dataSource.query(
      `UPDATE contests SET leaderboard = '{"public": true, "freezeMinutesBeforeClose": 10}' WHERE id = $1`,
      [contest.id],
    );
    await sleep(1100); // round settings are cached for a second

    const publicViewer = await live();
    const judgeViewer = await live(judge.token);
    const pub = await publicViewer.subscribe({ roundId });
    const jud = await judgeViewer.subscribe({ roundId });
    expect(pub.snapshot).toMatchObject({ frozen: true });
    expect(names(pub.snapshot)).toEqual(['Bình', 'An']);
    expect(pub.snapshot.updatedAt).toBe(pub.snapshot.freezeAt);
    expect(jud.snapshot).toMatchObject({ frozen: false });

    // After the freeze: Chi submits, An improves.
    await takeAttempt(t, chi, roundId, 9);
    await takeAttempt(t, an, roundId, 8);

    const publicBoard = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard`)
      .expect(200);
    expect(publicBoard.body).toMatchObject({ frozen: true, participants: 3, attempts: 4 });
    expect(names(publicBoard.body)).toEqual(['Bình', 'An']);
    expect(publicBoard.body.entries[1]).toMatchObject({ score: 4 });
    const judgeBoard = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard`)
      .set(judge.auth)
      .expect(200);
    expect(judgeBoard.body.frozen).toBe(false);
    expect(names(judgeBoard.body)).toEqual(['Chi', 'An', 'Bình']);
    const chiRank = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard/me`)
      .set(chi.auth)
      .expect(200);
    expect(chiRank.body).toEqual({ rank: null, entry: null, frozen: true });
    const anRank = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard/me`)
      .set(an.auth)
      .expect(200);
    expect(anRank.body).toMatchObject({ rank: 2, frozen: true, entry: { score: 4 } });

    await judgeViewer.waitForUpdates(1);
    await sleep(1200);
    expect(names(judgeViewer.updates.at(-1)!)).toEqual(['Chi', 'An', 'Bình']);
    // The public room may hear the counters move, never new entries.
    for (const update of publicViewer.updates) {
      expect(update.frozen).toBe(true);
      expect(names(update)).toEqual(['Bình', 'An']);
    }

    // A disqualified person leaves the frozen board too.
    const binhAttempt = await t.dataSource.query<Array<{ id: string }>>(
      'SELECT id FROM attempts WHERE user_id = $1',
      [binh.id],
    );
    await request(t.baseUrl)
      .post(`/api/attempts/${binhAttempt[0].id}/disqualify`)
      .set(judge.auth)
      .send({ reason: 'Thi hộ' })
      .expect(200);
    await sleep(1200);
    expect(names(publicViewer.updates.at(-1)!)).toEqual(['An']);
    const frozenAfter = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard`)
      .expect(200);
    expect(names(frozenAfter.body)).toEqual(['An']);

    // The round closes; the judges compute and finalize: everybody sees the final results.
    await t.dataSource.query(
      `UPDATE rounds SET closes_at = now() - interval '1 second' WHERE id = $1`,
      [roundId],
    );
    await sleep(1100);
    await request(t.baseUrl)
      .post(`/api/rounds/${roundId}/results/compute`)
      .set(judge.auth)
      .expect(200);
    await request(t.baseUrl)
      .post(`/api/rounds/${roundId}/results/finalize`)
      .set(judge.auth)
      .expect(200);
    await sleep(1300);
    const final = await request(t.baseUrl).get(`/api/rounds/${roundId}/leaderboard`).expect(200);
    expect(final.body).toMatchObject({ frozen: false, final: true });
    expect(names(final.body)).toEqual(['Chi', 'An']);
    expect(names(publicViewer.updates.at(-1)!)).toEqual(['Chi', 'An']);
    expect(publicViewer.updates.at(-1)!).toMatchObject({ frozen: false, final: true });
    const anFinal = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard/me`)
      .set(an.auth)
      .expect(200);
    expect(anFinal.body).toMatchObject({ rank: 2, frozen: false, entry: { score: 8 } });
  });

  it('keeps a non-public board from anonymous clients and outsiders', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, {
      ...noPrediction,
      leaderboard: { public: false, freezeMinutesBeforeClose: 0 },
    });
    const roundId = contest.roundIds[0];
    const participant = await person('Người dự thi');
    const outsider = await person('Người ngoài');
    await takeAttempt(t, participant, roundId, 5);

    const anonymous = await request(t.baseUrl).get(`/api/rounds/${roundId}/leaderboard`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.code).toBe('UNAUTHORIZED');
    const forbidden = await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard`)
      .set(outsider.auth);
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard`)
      .set(participant.auth)
      .expect(200);
    await request(t.baseUrl)
      .get(`/api/rounds/${roundId}/leaderboard`)
      .set(organizer.auth)
      .expect(200);

    const anon = await live();
    expect(await anon.subscribe({ roundId })).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: expect.any(String) },
    });
    const out = await live(outsider.token);
    expect(await out.subscribe({ roundId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const inside = await live(participant.token);
    const ack = await inside.subscribe({ roundId });
    expect(ack.ok).toBe(true);
    expect(names(ack.snapshot)).toEqual(['Người dự thi']);
  });

  it('answers every bad subscription with an error ack, and refuses a bad token', async () => {
    const client = await live();
    expect(
      await client.subscribe({ roundId: '3f2b1c52-1d8e-4a63-9b0e-0b0c2f6a0001' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Không tìm thấy tuần thi' },
    });
    for (const bad of [
      {},
      { roundId: 'x' },
      { roundId: '3f2b1c52-1d8e-4a63-9b0e-0b0c2f6a0001', extra: 1 },
      'text',
      null,
      [1],
    ]) {
      expect(await client.subscribe(bad)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED' },
      });
    }
    // The connection survived all that.
    expect(client.socket.connected).toBe(true);

    await expect(connectLive(t, 'not-a-token')).rejects.toMatchObject({
      message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn',
      data: { code: 'UNAUTHORIZED' },
    });

    const draft = await request(t.baseUrl)
      .post('/api/contests')
      .set(organizer.auth)
      .send((await import('./helpers/contest-fixtures')).contestBody(bank.id, noPrediction))
      .expect(201);
    expect(await client.subscribe({ roundId: draft.body.rounds[0].id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await request(t.baseUrl).get(`/api/rounds/${draft.body.rounds[0].id}/leaderboard`).expect(404);
  });

  it('gives a reconnecting client a fresh snapshot when it subscribes again', async () => {
    const contest = await createPublishedContest(t, organizer, bank.id, noPrediction);
    const roundId = contest.roundIds[0];
    const first = await live();
    expect((await first.subscribe({ roundId })).snapshot.entries).toEqual([]);
    first.close(); // the phone lost its connection…
    await takeAttempt(t, await person('Tú'), roundId, 4);
    const again = await live(); // …and came back: it re-emits its subscription on `connect`
    const ack = await again.subscribe({ roundId });
    expect(names(ack.snapshot)).toEqual(['Tú']);
    expect(ack.snapshot).toMatchObject({ participants: 1, attempts: 1 });
  });
});
