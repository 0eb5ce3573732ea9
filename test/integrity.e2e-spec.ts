import request from 'supertest';
import {
  type BankFixture,
  correctOptions,
  createBank,
  createPublishedContest,
} from './helpers/contest-fixtures';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

interface StartedAttempt {
  id: string;
  questions: Array<{ id: string; options: Array<{ id: string }> }>;
  deviceToken?: string;
  boundToOtherDevice?: boolean;
}

interface FlagRow {
  attemptId: string;
  userId: string;
  fullName: string;
  kinds: string[];
  detail: string;
}

describe('integrity: events, one device per attempt, flags, bot limits (e2e)', () => {
  let t: TestApp;
  let organizer: TestUser;
  let judge: TestUser;
  let bank: BankFixture;

  const api = () => request(t.baseUrl);

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    organizer = await createUser(t, { roles: ['organizer'] });
    judge = await createUser(t, { roles: ['judge'], fullName: 'Giám khảo Hà' });
    // Ten questions drawn ten at a time: every attempt has the same questions (in its own order).
    bank = await createBank(t, organizer, 10);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A published contest (no prediction) with the judge on its staff; returns its first round. */
  async function contest(
    overrides: Record<string, unknown> = {},
  ): Promise<{ id: string; roundId: string }> {
    const c = await createPublishedContest(t, organizer, bank.id, {
      prediction: { enabled: false, prompt: '' },
      attemptsPerRound: 1,
      ...overrides,
    });
    await api()
      .post(`/api/contests/${c.id}/staff`)
      .set(organizer.auth)
      .send({ userId: judge.id, role: 'judge' })
      .expect(201);
    return { id: c.id, roundId: c.roundIds[0] };
  }

  async function start(user: TestUser, roundId: string, device?: string): Promise<StartedAttempt> {
    const req = api().post(`/api/rounds/${roundId}/attempts`).set(user.auth);
    req.set('X-Device-Id', device ?? user.device['X-Device-Id']);
    const res = await req.expect(201);
    return res.body as StartedAttempt;
  }

  /**
   * Answers every question in question-id order (the same order for everyone): the right option,
   * except at the positions in `wrongAt`.
   */
  async function answerAll(
    user: TestUser,
    attempt: StartedAttempt,
    options: { device?: string; wrongAt?: number[] } = {},
  ): Promise<void> {
    const key = await correctOptions(t, attempt.id);
    const questions = [...attempt.questions].sort((a, b) => a.id.localeCompare(b.id));
    for (const [i, q] of questions.entries()) {
      const right = key.get(q.id)![0];
      // Options are shuffled per attempt: pick the wrong one by id so that everyone picks the same.
      const wrong = q.options
        .map((o) => o.id)
        .sort()
        .find((id) => id !== right)!;
      const req = api().put(`/api/attempts/${attempt.id}/answers/${q.id}`).set(user.auth);
      req.set('X-Device-Id', options.device ?? user.device['X-Device-Id']);
      await req.send({ optionIds: [options.wrongAt?.includes(i) ? wrong : right] }).expect(200);
    }
  }

  async function submit(user: TestUser, attemptId: string, device?: string): Promise<void> {
    const req = api().post(`/api/attempts/${attemptId}/submit`).set(user.auth);
    req.set('X-Device-Id', device ?? user.device['X-Device-Id']);
    await req.send({}).expect(200);
  }

  /** Test setup only: makes an attempt look started `seconds` earlier. */
  async function startedEarlier(attemptId: string, seconds: number): Promise<void> {
    await t.dataSource.query(
      `UPDATE attempts SET started_at = started_at - make_interval(secs => $2) WHERE id = $1`,
      [attemptId, seconds],
    );
  }

  async function flags(roundId: string): Promise<FlagRow[]> {
    const res = await api().get(`/api/rounds/${roundId}/flags`).set(judge.auth).expect(200);
    return res.body as FlagRow[];
  }

  const kindsOf = (rows: FlagRow[], attemptId: string) =>
    rows.find((r) => r.attemptId === attemptId)?.kinds ?? [];

  const events = (n: number, type = 'blur') =>
    Array.from({ length: n }, () => ({ type, at: new Date().toISOString() }));

  describe('integrity events', () => {
    it('stores a batch with the server time, only for the owner’s attempt in progress, and validates it', async () => {
      const { roundId } = await contest();
      const lan = await createUser(t, { fullName: 'Nguyễn Thị Lan' });
      const other = await createUser(t);
      const attempt = await start(lan, roundId);
      const future = new Date(Date.now() + 86_400_000).toISOString();

      const res = await api()
        .post(`/api/attempts/${attempt.id}/events`)
        .set(lan.auth)
        .set(lan.device)
        .send({
          events: [
            { type: 'visibility_hidden', at: new Date().toISOString() },
            { type: 'visibility_visible', at: future },
          ],
        })
        .expect(202);
      expect(res.body).toEqual({ accepted: 2, dropped: 0 });
      const rows: Array<{ type: string; client_at: Date; received_at: Date }> =
        await t.dataSource.query(
          'SELECT type, client_at, received_at FROM attempt_events WHERE attempt_id = $1 ORDER BY id',
          [attempt.id],
        );
      expect(rows.map((r) => r.type)).toEqual(['visibility_hidden', 'visibility_visible']);
      // A client clock in the future is kept at the arrival time.
      expect(new Date(rows[1].client_at).getTime()).toBeLessThanOrEqual(
        new Date(rows[1].received_at).getTime(),
      );

      const bad = async (body: object) =>
        (
          await api()
            .post(`/api/attempts/${attempt.id}/events`)
            .set(lan.auth)
            .set(lan.device)
            .send(body)
        ).body;
      expect((await bad({ events: events(101) })).code).toBe('VALIDATION_FAILED');
      expect(
        (await bad({ events: [{ type: 'screenshot', at: new Date().toISOString() }] })).code,
      ).toBe('VALIDATION_FAILED');
      expect((await bad({ events: [{ type: 'blur', at: 'hôm qua' }] })).code).toBe(
        'VALIDATION_FAILED',
      );
      expect((await bad({ events: [] })).code).toBe('VALIDATION_FAILED');

      await api()
        .post(`/api/attempts/${attempt.id}/events`)
        .set(other.auth)
        .set(other.device)
        .send({ events: events(1) })
        .expect(404);
      await submit(lan, attempt.id);
      const closed = await api()
        .post(`/api/attempts/${attempt.id}/events`)
        .set(lan.auth)
        .set(lan.device)
        .send({ events: events(1) });
      expect(closed.status).toBe(409);
      expect(closed.body.code).toBe('ATTEMPT_CLOSED');
    });

    it('keeps at most 500 events per attempt, even under concurrent batches, counts the rest and flags the flood', async () => {
      const { roundId } = await contest();
      const bot = await createUser(t, { fullName: 'Máy Gửi Sự Kiện' });
      const calm = await createUser(t, { fullName: 'Người Bình Thường' });
      const flood = await start(bot, roundId);
      const quiet = await start(calm, roundId);

      const batches = await Promise.all(
        Array.from({ length: 8 }, () =>
          api()
            .post(`/api/attempts/${flood.id}/events`)
            .set(bot.auth)
            .set(bot.device)
            .send({ events: events(100) }),
        ),
      );
      expect(batches.every((r) => r.status === 202)).toBe(true);
      const accepted = batches.reduce((sum, r) => sum + (r.body.accepted as number), 0);
      const dropped = batches.reduce((sum, r) => sum + (r.body.dropped as number), 0);
      expect(accepted).toBe(500);
      expect(dropped).toBe(300);
      const late = await api()
        .post(`/api/attempts/${flood.id}/events`)
        .set(bot.auth)
        .set(bot.device)
        .send({ events: events(5) });
      expect(late.body).toEqual({ accepted: 0, dropped: 5 });

      const [{ n }] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM attempt_events WHERE attempt_id = $1',
        [flood.id],
      );
      expect(n).toBe(500);
      const [count] = await t.dataSource.query(
        'SELECT stored, dropped FROM attempt_event_counts WHERE attempt_id = $1',
        [flood.id],
      );
      expect(count).toEqual({ stored: 500, dropped: 305 });

      await api()
        .post(`/api/attempts/${quiet.id}/events`)
        .set(calm.auth)
        .set(calm.device)
        .send({ events: events(3) })
        .expect(202);
      await submit(bot, flood.id);
      await submit(calm, quiet.id);
      const rows = await flags(roundId);
      const floodRow = rows.find((r) => r.attemptId === flood.id);
      expect(floodRow?.kinds).toContain('event_flood');
      expect(floodRow?.detail).toContain('đã lưu 500 sự kiện');
      expect(floodRow?.detail).toContain('305 sự kiện vượt giới hạn bị bỏ qua');
      expect(kindsOf(rows, quiet.id)).not.toContain('event_flood');
    });

    it('flags a page left many times', async () => {
      const { roundId } = await contest();
      const user = await createUser(t);
      const attempt = await start(user, roundId);
      const now = Date.now();
      const leaves = Array.from({ length: 6 }, (_, i) => [
        { type: 'visibility_hidden', at: new Date(now - 60_000 + i * 5_000).toISOString() },
        { type: 'visibility_visible', at: new Date(now - 58_000 + i * 5_000).toISOString() },
      ]).flat();
      // The attempt began a minute ago, so these client times are within it.
      await startedEarlier(attempt.id, 120);
      await api()
        .post(`/api/attempts/${attempt.id}/events`)
        .set(user.auth)
        .set(user.device)
        .send({ events: leaves })
        .expect(202);
      await submit(user, attempt.id);
      const row = (await flags(roundId)).find((r) => r.attemptId === attempt.id);
      expect(row?.kinds).toContain('focus_lost');
      expect(row?.detail).toContain('Rời khỏi trang thi 6 lần');
    });
  });

  describe('flags for the judges', () => {
    it('flags a scripted participant as too fast and not a normal one', async () => {
      const { roundId } = await contest();
      const script = await createUser(t, { fullName: 'Kịch Bản Tự Động' });
      const person = await createUser(t, { fullName: 'Phạm Văn Bình' });

      const fast = await start(script, roundId);
      const startedAt = Date.now();
      await answerAll(script, fast);
      await submit(script, fast.id);
      expect(Date.now() - startedAt).toBeLessThan(5_000);

      const normal = await start(person, roundId);
      await answerAll(person, normal, { wrongAt: [3] });
      await startedEarlier(normal.id, 600); // as if it took ten minutes
      await submit(person, normal.id);

      const rows = await flags(roundId);
      const fastRow = rows.find((r) => r.attemptId === fast.id);
      expect(fastRow).toMatchObject({ userId: script.id, fullName: 'Kịch Bản Tự Động' });
      expect(fastRow?.kinds).toContain('too_fast');
      expect(fastRow?.detail).toMatch(
        /Làm bài quá nhanh: trung bình [\d,]+ giây\/câu \(10 câu trong/,
      );
      expect(kindsOf(rows, normal.id)).not.toContain('too_fast');

      // The results' flags column carries them once the round is closed and computed.
      await t.dataSource.query(
        `UPDATE rounds SET opens_at = now() - interval '2 hours', closes_at = now() - interval '1 second' WHERE id = $1`,
        [roundId],
      );
      await t.dataSource.query('DELETE FROM attempt_flags WHERE round_id = $1', [roundId]);
      const results = await api()
        .post(`/api/rounds/${roundId}/results/compute`)
        .set(judge.auth)
        .expect(200);
      const entry = (results.body.entries as Array<{ attemptId: string; flags: string[] }>).find(
        (e) => e.attemptId === fast.id,
      );
      expect(entry?.flags).toContain('too_fast');
    });

    it('does not flag two identical wrong answers in a round of three: by the odds that is not unusual', async () => {
      // Judged by the chance of the match (docs/fairness.md); fairness-identical.e2e-spec.ts has
      // the copying pair that is flagged.
      const { roundId } = await contest();
      const [a, b, c] = await Promise.all([
        createUser(t, { fullName: 'Lê Văn A' }),
        createUser(t, { fullName: 'Lê Văn B' }),
        createUser(t, { fullName: 'Lê Văn C' }),
      ]);
      const attempts: Record<string, StartedAttempt> = {};
      for (const [name, user, wrongAt] of [
        ['a', a, [1, 4]],
        ['b', b, [1, 4]],
        ['c', c, [2]],
      ] as const) {
        attempts[name] = await start(user, roundId);
        await answerAll(user, attempts[name], { wrongAt: [...wrongAt] });
        await startedEarlier(attempts[name].id, 600);
        await submit(user, attempts[name].id);
      }
      const rows = await flags(roundId);
      for (const attempt of Object.values(attempts)) {
        expect(kindsOf(rows, attempt.id)).not.toContain('identical_answers');
      }
    });

    it('flags accounts sharing a phone number, a name with birth year and unit, or a device', async () => {
      const { roundId } = await contest();
      const [unit] = await t.dataSource.query(
        `INSERT INTO units (code, name, kind) VALUES ('CDCS-DET-MAY', 'Công đoàn Công ty Dệt May', 'grassroots') RETURNING id`,
      );
      // Two spellings of one number (accounts created before phone numbers were normalised).
      const phone1 = await createUser(t, { fullName: 'Đỗ Minh Khang', phone: '0912345678' });
      const phone2 = await createUser(t, { fullName: 'Đỗ M. Khang', phone: '+84912345678' });
      const twin1 = await createUser(t, {
        fullName: 'Trần Thị Hoa',
        birthYear: 1990,
        unitId: unit.id,
      });
      const twin2 = await createUser(t, {
        fullName: 'trần  thị hoa',
        birthYear: 1990,
        unitId: unit.id,
      });
      const device1 = await createUser(t, { fullName: 'Vũ Văn Một' });
      const device2 = await createUser(t, { fullName: 'Vũ Văn Hai' });
      const alone = await createUser(t, {
        fullName: 'Hoàng Thị Riêng',
        birthYear: 1990,
        unitId: unit.id,
      });

      const attemptOf = new Map<string, string>();
      const take = async (user: TestUser, device?: string) => {
        const attempt = await start(user, roundId, device);
        await answerAll(user, attempt, { device, wrongAt: [attemptOf.size % 10] });
        await startedEarlier(attempt.id, 600);
        await submit(user, attempt.id, device);
        attemptOf.set(user.id, attempt.id);
      };
      for (const user of [phone1, phone2, twin1, twin2, alone]) await take(user);
      await take(device1, 'shared-phone-01');
      await take(device2, 'shared-phone-01');

      const rows = await flags(roundId);
      const row = (u: TestUser) => rows.find((r) => r.attemptId === attemptOf.get(u.id));
      for (const u of [phone1, phone2]) {
        expect(row(u)?.kinds).toContain('duplicate_identity');
        expect(row(u)?.detail).toContain('dùng chung số điện thoại 0912***678');
      }
      for (const u of [twin1, twin2]) {
        expect(row(u)?.detail).toContain('trùng họ tên “');
        expect(row(u)?.detail).toContain('năm sinh 1990');
      }
      for (const u of [device1, device2])
        expect(row(u)?.detail).toContain('thi trên cùng một thiết bị');
      expect(row(alone)?.kinds ?? []).not.toContain('duplicate_identity');
    });

    it('shows flags to the judges of the contest and admins only', async () => {
      const { roundId } = await contest();
      const participant = await createUser(t);
      const otherJudge = await createUser(t, { roles: ['judge'] });
      const admin = await createUser(t, { roles: ['admin'] });
      await api().get(`/api/rounds/${roundId}/flags`).set(participant.auth).expect(403);
      await api().get(`/api/rounds/${roundId}/flags`).set(otherJudge.auth).expect(403);
      await api().get(`/api/rounds/${roundId}/flags`).expect(401);
      const res = await api().get(`/api/rounds/${roundId}/flags`).set(admin.auth).expect(200);
      expect(res.body).toEqual([]);
    });
  });

  describe('one active device per attempt', () => {
    it('refuses another device until the owner moves the attempt there, which is recorded and flagged', async () => {
      const { roundId } = await contest();
      const mai = await createUser(t, { fullName: 'Bùi Thị Mai' });
      const stranger = await createUser(t);
      const attempt = await start(mai, roundId, 'phone-A');
      expect(attempt.deviceToken).toBeUndefined();
      const [q1, q2, q3] = attempt.questions;
      const save = (q: { id: string; options: Array<{ id: string }> }, device?: string) => {
        const req = api().put(`/api/attempts/${attempt.id}/answers/${q.id}`).set(mai.auth);
        if (device) req.set('X-Device-Id', device);
        return req.send({ optionIds: [q.options[0].id] });
      };

      const refused = await save(q1, 'phone-B');
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('ATTEMPT_ON_OTHER_DEVICE');
      expect(refused.body.message).toContain('chuyển sang thiết bị này');
      const [{ n }] = await t.dataSource.query(
        'SELECT count(*)::int AS n FROM attempt_answers WHERE attempt_id = $1',
        [attempt.id],
      );
      expect(n).toBe(0);
      await save(q1, 'phone-A').expect(200);
      // Once bound, a call naming no device is refused like one from another device (issue 15).
      const headerless = await save(q2);
      expect(headerless.status).toBe(409);
      expect(headerless.body.code).toBe('ATTEMPT_ON_OTHER_DEVICE');
      const stored = await t.dataSource.query(
        'SELECT question_id FROM attempt_answers WHERE attempt_id = $1',
        [attempt.id],
      );
      expect(stored).toEqual([{ question_id: q1.id }]);
      const headerlessEvents = await api()
        .post(`/api/attempts/${attempt.id}/events`)
        .set(mai.auth)
        .send({ events: events(1) });
      expect(headerlessEvents.body.code).toBe('ATTEMPT_ON_OTHER_DEVICE');
      const headerlessSubmit = await api()
        .post(`/api/attempts/${attempt.id}/submit`)
        .set(mai.auth)
        .send({});
      expect(headerlessSubmit.body.code).toBe('ATTEMPT_ON_OTHER_DEVICE');
      await save(q2, 'phone-A').expect(200);

      const fromB = await api()
        .get(`/api/attempts/${attempt.id}`)
        .set(mai.auth)
        .set('X-Device-Id', 'phone-B')
        .expect(200);
      expect(fromB.body.boundToOtherDevice).toBe(true);
      expect(Object.keys(fromB.body.answers)).toHaveLength(2);
      const fromA = await api()
        .get(`/api/attempts/${attempt.id}`)
        .set(mai.auth)
        .set('X-Device-Id', 'phone-A')
        .expect(200);
      expect(fromA.body.boundToOtherDevice).toBe(false);
      const eventsFromB = await api()
        .post(`/api/attempts/${attempt.id}/events`)
        .set(mai.auth)
        .set('X-Device-Id', 'phone-B')
        .send({ events: events(1) });
      expect(eventsFromB.body.code).toBe('ATTEMPT_ON_OTHER_DEVICE');
      const submitFromB = await api()
        .post(`/api/attempts/${attempt.id}/submit`)
        .set(mai.auth)
        .set('X-Device-Id', 'phone-B')
        .send({});
      expect(submitFromB.status).toBe(409);
      expect(submitFromB.body.code).toBe('ATTEMPT_ON_OTHER_DEVICE');

      await api()
        .post(`/api/attempts/${attempt.id}/move-here`)
        .set(stranger.auth)
        .set('X-Device-Id', 'x')
        .expect(404);
      const moved = await api()
        .post(`/api/attempts/${attempt.id}/move-here`)
        .set(mai.auth)
        .set('X-Device-Id', 'phone-B')
        .expect(200);
      expect(moved.body).toMatchObject({
        id: attempt.id,
        status: 'in_progress',
        boundToOtherDevice: false,
      });
      await api()
        .post(`/api/attempts/${attempt.id}/move-here`)
        .set(mai.auth)
        .set('X-Device-Id', 'phone-B')
        .expect(200);
      const moves = await t.dataSource.query(
        'SELECT from_device_id, to_device_id FROM attempt_device_moves WHERE attempt_id = $1',
        [attempt.id],
      );
      expect(moves).toEqual([{ from_device_id: 'phone-A', to_device_id: 'phone-B' }]);

      expect((await save(q3, 'phone-A')).body.code).toBe('ATTEMPT_ON_OTHER_DEVICE');
      await save(q3, 'phone-B').expect(200);
      await submit(mai, attempt.id, 'phone-B');
      const closed = await api()
        .post(`/api/attempts/${attempt.id}/move-here`)
        .set(mai.auth)
        .set('X-Device-Id', 'phone-C');
      expect(closed.body.code).toBe('ATTEMPT_CLOSED');

      const row = (await flags(roundId)).find((r) => r.attemptId === attempt.id);
      expect(row?.kinds).toContain('second_device');
      expect(row?.detail).toContain('chuyển sang thiết bị khác 1 lần');
    });

    it('binds an attempt started without a device id to a token it returns once', async () => {
      const { roundId } = await contest();
      const user = await createUser(t);
      const attempt = (
        await api().post(`/api/rounds/${roundId}/attempts`).set(user.auth).expect(201)
      ).body as StartedAttempt;
      expect(attempt.deviceToken).toMatch(/^t-/);
      const again = await api().post(`/api/rounds/${roundId}/attempts`).set(user.auth).expect(200);
      expect(again.body.deviceToken).toBeUndefined();
      const q = attempt.questions[0];
      await api()
        .put(`/api/attempts/${attempt.id}/answers/${q.id}`)
        .set(user.auth)
        .set('X-Device-Id', attempt.deviceToken!)
        .send({ optionIds: [q.options[1].id] })
        .expect(200);
      const other = await api()
        .put(`/api/attempts/${attempt.id}/answers/${q.id}`)
        .set(user.auth)
        .set('X-Device-Id', 'a-second-phone')
        .send({ optionIds: [q.options[1].id] });
      expect(other.body.code).toBe('ATTEMPT_ON_OTHER_DEVICE');
      const headerless = await api()
        .put(`/api/attempts/${attempt.id}/answers/${q.id}`)
        .set(user.auth)
        .send({ optionIds: [q.options[0].id] });
      expect(headerless.body.code).toBe('ATTEMPT_ON_OTHER_DEVICE');
      const [answer] = await t.dataSource.query(
        'SELECT option_ids, revision FROM attempt_answers WHERE attempt_id = $1',
        [attempt.id],
      );
      expect(answer).toEqual({ option_ids: [q.options[1].id], revision: 1 });
    });
  });

  describe('bots', () => {
    it('refuses a submission sooner than the contest’s floor, then accepts it', async () => {
      const { roundId } = await contest({ minSubmitSeconds: 120 });
      const user = await createUser(t);
      const attempt = await start(user, roundId);
      await answerAll(user, attempt);
      const early = await api()
        .post(`/api/attempts/${attempt.id}/submit`)
        .set(user.auth)
        .set(user.device)
        .send({});
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('SUBMITTED_TOO_SOON');
      const [{ status }] = await t.dataSource.query('SELECT status FROM attempts WHERE id = $1', [
        attempt.id,
      ]);
      expect(status).toBe('in_progress');
      await startedEarlier(attempt.id, 121);
      await submit(user, attempt.id);
    });

    it('cuts a flood of answer saves with 429 and Retry-After, and never a person’s pace', async () => {
      const { roundId } = await contest();
      const person = await createUser(t);
      const script = await createUser(t);
      const personal = await start(person, roundId);
      const scripted = await start(script, roundId);

      // A person: a burst of 20 resent after reconnecting, then one answer a second.
      const q = personal.questions;
      const burst = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          api()
            .put(`/api/attempts/${personal.id}/answers/${q[i % q.length].id}`)
            .set(person.auth)
            .set(person.device)
            .send({ optionIds: [q[i % q.length].options[0].id] }),
        ),
      );
      expect(burst.map((r) => r.status)).toEqual(Array(20).fill(200));
      for (let i = 0; i < 5; i++) {
        await new Promise((r) => setTimeout(r, 200));
        await api()
          .put(`/api/attempts/${personal.id}/answers/${q[i].id}`)
          .set(person.auth)
          .set(person.device)
          .send({ optionIds: [q[i].options[1].id] })
          .expect(200);
      }

      // A script: 160 saves as fast as it can.
      const s = scripted.questions;
      const statuses: number[] = [];
      let limited: request.Response | undefined;
      for (let round = 0; round < 4; round++) {
        const responses = await Promise.all(
          Array.from({ length: 40 }, (_, i) =>
            api()
              .put(`/api/attempts/${scripted.id}/answers/${s[i % s.length].id}`)
              .set(script.auth)
              .set(script.device)
              .send({ optionIds: [s[i % s.length].options[0].id] }),
          ),
        );
        for (const r of responses) {
          statuses.push(r.status);
          if (r.status === 429) limited ??= r;
        }
      }
      expect(statuses.filter((x) => x === 200)).toHaveLength(120);
      expect(statuses.filter((x) => x === 429)).toHaveLength(40);
      expect(limited?.body.code).toBe('RATE_LIMITED');
      expect(Number(limited?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(limited?.headers['retry-after'])).toBeLessThanOrEqual(60);

      // The person is not affected by the script's limit.
      await api()
        .put(`/api/attempts/${personal.id}/answers/${q[0].id}`)
        .set(person.auth)
        .set(person.device)
        .send({ optionIds: [q[0].options[2].id] })
        .expect(200);
    });
  });
});
