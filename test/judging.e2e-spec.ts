import { createHash } from 'node:crypto';
import { EventEmitter2 } from '@nestjs/event-emitter';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { flagLabels } from '@app/judging';
import { MailSender } from '@app/mail';
import {
  correctOptions,
  createBank,
  createPublishedContest,
  type BankFixture,
} from './helpers/contest-fixtures';
import { startSmtpServer, type TestSmtp } from './helpers/smtp';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads a binary response body into a Buffer (supertest only buffers text by default). */
function binary(
  res: request.Response,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

jest.setTimeout(60_000);

interface ResultEntry {
  rank: number | null;
  fullName: string;
  email: string;
  phone: string;
  correctCount: number;
  score: number;
  durationMs: number;
  prize: string | null;
  flags: string[];
}

const INJECTED_NAME = '=HYPERLINK("http://x","y")';

describe('judging: results, prizes, disqualification, finalize, export (e2e)', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let organizer: TestUser;
  let judge: TestUser;
  let otherJudge: TestUser;
  let admin: TestUser;
  let bank: BankFixture;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, RUN_WORKERS: 'false' });
    organizer = await createUser(t, { roles: ['organizer'] });
    judge = await createUser(t, { roles: ['judge'], fullName: 'Trọng tài Chính' });
    otherJudge = await createUser(t, { roles: ['judge'] });
    admin = await createUser(t, { roles: ['admin'] });
    bank = await createBank(t, organizer, 20);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  const api = () => request(t.baseUrl);

  async function addStaff(
    contestId: string,
    user: TestUser,
    role: 'organizer' | 'judge',
  ): Promise<void> {
    await api()
      .post(`/api/contests/${contestId}/staff`)
      .set(organizer.auth)
      .send({ userId: user.id, role })
      .expect(201);
  }

  /** Starts, answers `correct` of the questions right (the rest wrong), waits `pauseMs`, submits. */
  async function takeAttempt(
    user: TestUser,
    roundId: string,
    correct: number,
    prediction: number,
    pauseMs = 0,
  ): Promise<string> {
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
    await Promise.all(
      attempt.questions.map((q, i) => {
        const right = key.get(q.id)![0];
        const wrong = q.options.find((o) => o.id !== right)!.id;
        return api()
          .put(`/api/attempts/${attempt.id}/answers/${q.id}`)
          .set(user.auth)
          .set(user.device)
          .send({ optionIds: [i < correct ? right : wrong] })
          .expect(200);
      }),
    );
    if (pauseMs) await sleep(pauseMs);
    await api()
      .post(`/api/attempts/${attempt.id}/submit`)
      .set(user.auth)
      .set(user.device)
      .send({ prediction })
      .expect(200);
    return attempt.id;
  }

  async function closeRound(roundId: string): Promise<void> {
    await t.dataSource.query(
      `UPDATE rounds SET opens_at = LEAST(opens_at, now() - interval '2 hours'), closes_at = now() - interval '1 second' WHERE id = $1`,
      [roundId],
    );
  }

  async function openRound(roundId: string): Promise<void> {
    await t.dataSource.query(
      `UPDATE rounds SET opens_at = now() - interval '1 minute', closes_at = now() + interval '1 hour' WHERE id = $1`,
      [roundId],
    );
  }

  describe('a two-round contest with a dozen participants', () => {
    let contestId: string;
    let roundIds: string[];
    const people: Record<string, TestUser> = {};
    const attemptOf: Record<string, string> = {};
    let unitMay: string;
    let unitHospital: string;
    let standingsEvents: Array<{ roundId: string }>;
    let finalizedEvents: Array<{ roundId: string }>;

    beforeAll(async () => {
      const may = await api()
        .post('/api/units')
        .set(admin.auth)
        .send({
          code: 'CDCS-MAY',
          name: 'CĐCS Công ty May Trà Vinh',
          kind: 'grassroots',
          memberCount: 10,
        })
        .expect(201);
      const hospital = await api()
        .post('/api/units')
        .set(admin.auth)
        .send({
          code: 'CDCS-BV',
          name: 'CĐCS Bệnh viện Đa khoa',
          kind: 'grassroots',
          memberCount: 4,
        })
        .expect(201);
      unitMay = may.body.id;
      unitHospital = hospital.body.id;

      const contest = await createPublishedContest(t, organizer, bank.id, {
        title: 'Tìm hiểu lịch sử Công đoàn Việt Nam',
        questionCount: 10,
        drawRules: [{ bankId: bank.id, count: 10 }],
        attemptsPerRound: 2,
        attemptPolicy: 'best',
        prizes: { first: 1, second: 2, third: 3, consolation: 2 },
      });
      contestId = contest.id;
      roundIds = contest.roundIds;
      const unitOf: Record<string, string | undefined> = {
        an: unitMay,
        binh: unitMay,
        giang: unitMay,
        cuong: unitHospital,
        ha: unitHospital,
        em: unitHospital,
      };
      const names: Record<string, string> = {
        an: 'Nguyễn Văn An',
        binh: 'Trần Thị Bình',
        cuong: 'Lê Văn Cường',
        staff: 'Phạm Dũng (ban tổ chức)',
        em: 'Hoàng Thị Em',
        giang: 'Võ Giang',
        ha: 'Đặng Thu Hà',
        khanh: 'Bùi Khánh',
        lan: 'Đỗ Lan',
        minh: 'Ngô Minh',
        injected: INJECTED_NAME,
        oanh: 'Dương Oanh',
      };
      for (const [key, fullName] of Object.entries(names)) {
        people[key] = await createUser(t, {
          fullName,
          unitId: unitOf[key],
          phone: `+8491234${String(Object.keys(people).length).padStart(4, '0')}`,
        });
      }
      await addStaff(contestId, judge, 'judge');
      await addStaff(contestId, people.staff, 'organizer');

      standingsEvents = [];
      finalizedEvents = [];
      const events = t.app.get(EventEmitter2);
      events.on('standings.changed', (e: { roundId: string }) => standingsEvents.push(e));
      events.on('results.finalized', (e: { roundId: string }) => finalizedEvents.push(e));
    });

    it('refuses to compute while the round is open, and answers 404 before any computation', async () => {
      await takeAttempt(people.em, roundIds[0], 10, 1);
      await takeAttempt(people.khanh, roundIds[0], 3, 1);
      const early = await api()
        .post(`/api/rounds/${roundIds[0]}/results/compute`)
        .set(judge.auth)
        .expect(409);
      expect(early.body.code).toBe('ROUND_NOT_CLOSED');
      await api().get(`/api/rounds/${roundIds[0]}/results`).set(judge.auth).expect(404);
    });

    it('keeps the collective ranking private until a round is finalized', async () => {
      await api().get(`/api/contests/${contestId}/units/ranking`).expect(401);
      await api().get(`/api/contests/${contestId}/units/ranking`).set(people.an.auth).expect(403);
      await api().get(`/api/contests/${contestId}/units/ranking`).set(judge.auth).expect(200);
    });

    it('finalizes round 1: its winner is mailed and will not win again', async () => {
      await closeRound(roundIds[0]);
      const computed = await api()
        .post(`/api/rounds/${roundIds[0]}/results/compute`)
        .set(judge.auth)
        .expect(200);
      expect(computed.body.perfectCount).toBe(1);
      expect(
        computed.body.entries.map((e: { userId: string; prize: string | null }) => [
          e.userId,
          e.prize,
        ]),
      ).toEqual([
        [people.em.id, 'first'],
        [people.khanh.id, null],
      ]);
      const finalized = await api()
        .post(`/api/rounds/${roundIds[0]}/results/finalize`)
        .set(judge.auth)
        .expect(200);
      expect(finalized.body.finalizedAt).toEqual(expect.any(String));
      expect(finalizedEvents).toEqual([{ roundId: roundIds[0] }]);
      await t.app.get(MailSender).flush();
      const mail = await smtp.waitForMail(people.em.email, /Chúc mừng/);
      expect(mail.subject).toBe(
        'Chúc mừng bạn đạt Giải Nhất Tuần 1 - Tìm hiểu lịch sử Công đoàn Việt Nam',
      );
      expect(mail.text).toContain('Xin chào Hoàng Thị Em,');
      expect(mail.text).toContain('hạng 1, 10/10 câu đúng, 10 điểm');
      expect(
        smtp.messages.filter((m) => m.to.includes(people.khanh.email.toLowerCase())),
      ).toHaveLength(0);
    });

    it('ranks round 2 with every tie-break, excludes staff, earlier winners and the disqualified, and caps the prizes', async () => {
      await openRound(roundIds[1]);
      const r = roundIds[1];
      // perfectCount will be 4: An, Bình, Cường and the staff member (Minh is disqualified).
      attemptOf.an = await takeAttempt(people.an, r, 10, 4); // error 0, faster than staff
      attemptOf.staff = await takeAttempt(people.staff, r, 10, 4, 1500); // error 0, slower
      attemptOf.cuong = await takeAttempt(people.cuong, r, 10, 2); // error 2, faster than Bình
      attemptOf.binh = await takeAttempt(people.binh, r, 10, 6, 1500); // error 2, slower
      attemptOf.em = await takeAttempt(people.em, r, 9, 4); // error 0, won round 1
      attemptOf.giang = await takeAttempt(people.giang, r, 9, 5); // error 1
      attemptOf.ha = await takeAttempt(people.ha, r, 9, 10); // error 6
      attemptOf.khanh = await takeAttempt(people.khanh, r, 8, 4);
      attemptOf.lan = await takeAttempt(people.lan, r, 7, 4);
      attemptOf.minh = await takeAttempt(people.minh, r, 10, 4);
      attemptOf.injected = await takeAttempt(people.injected, r, 6, 4);
      attemptOf.oanh = await takeAttempt(people.oanh, r, 5, 4);
      attemptOf.oanh2 = await takeAttempt(people.oanh, r, 7, 4);

      // Oanh's better attempt is disqualified: her first one counts again.
      standingsEvents.length = 0;
      const dq = await api()
        .post(`/api/attempts/${attemptOf.oanh2}/disqualify`)
        .set(judge.auth)
        .send({ reason: 'Làm bài hộ (có người báo cáo kèm ảnh chụp)' })
        .expect(200);
      expect(dq.body).toMatchObject({
        attemptId: attemptOf.oanh2,
        disqualified: true,
        changed: true,
      });
      expect(standingsEvents).toContainEqual({ roundId: r });
      // Lan is disqualified and reinstated: no change in the end, both recorded.
      await api()
        .post(`/api/attempts/${attemptOf.lan}/disqualify`)
        .set(judge.auth)
        .send({ reason: 'Nghi trùng tài khoản' })
        .expect(200);
      const again = await api()
        .post(`/api/attempts/${attemptOf.lan}/disqualify`)
        .set(judge.auth)
        .send({ reason: 'Lần nữa' })
        .expect(200);
      expect(again.body.changed).toBe(false);
      await api()
        .post(`/api/attempts/${attemptOf.lan}/reinstate`)
        .set(judge.auth)
        .send({ reason: 'Đã xác minh là hai người khác nhau' })
        .expect(200);
      // Minh is disqualified as a person.
      const person = await api()
        .post(`/api/rounds/${r}/participants/${people.minh.id}/disqualify`)
        .set(judge.auth)
        .send({ reason: 'Dùng nhiều tài khoản để dự thi' })
        .expect(200);
      expect(person.body).toEqual({
        roundId: r,
        userId: people.minh.id,
        disqualified: true,
        attemptIds: [attemptOf.minh],
      });
      const short = await api()
        .post(`/api/attempts/${attemptOf.lan}/disqualify`)
        .set(judge.auth)
        .send({ reason: 'x' })
        .expect(400);
      expect(short.body.code).toBe('VALIDATION_FAILED');

      await closeRound(r);
      const res = await api().post(`/api/rounds/${r}/results/compute`).set(judge.auth).expect(200);
      expect(res.body).toMatchObject({
        roundId: r,
        contestId,
        perfectCount: 4,
        participants: 11,
        prizeCap: 5,
        predictionEnabled: true,
        finalizedAt: null,
      });
      const rows = res.body.entries.map(
        (e: {
          rank: number | null;
          userId: string;
          prize: string | null;
          excludedReason: string | null;
          predictionError: number | null;
        }) => [
          e.rank,
          Object.keys(people).find((k) => people[k].id === e.userId),
          e.predictionError,
          e.prize,
          e.excludedReason,
        ],
      );
      expect(rows).toEqual([
        [1, 'an', 0, 'first', null],
        [2, 'staff', 0, null, 'staff'],
        [3, 'cuong', 2, 'second', null],
        [4, 'binh', 2, 'second', null],
        [5, 'em', 0, null, 'already_won'],
        [6, 'giang', 1, 'third', null],
        [7, 'ha', 6, 'third', null],
        [8, 'khanh', 0, null, null],
        [9, 'lan', 0, null, null],
        [10, 'injected', 0, null, null],
        [11, 'oanh', 0, null, null],
        [null, 'minh', 0, null, 'disqualified'],
      ]);
      const an = res.body.entries[0];
      expect(an).toMatchObject({
        fullName: 'Nguyễn Văn An',
        email: people.an.email,
        phone: expect.stringMatching(/^\+84/),
        unitName: 'CĐCS Công ty May Trà Vinh',
        attemptId: attemptOf.an,
        score: 10,
        correctCount: 10,
        prediction: 4,
        disqualified: false,
      });
      // The flags column carries the fairness toolkit's flags of each counted attempt (issue 8).
      for (const e of res.body.entries as Array<{ attemptId: string; flags: string[] }>) {
        const kinds = await t.dataSource.query<Array<{ kind: string }>>(
          `SELECT kind FROM attempt_flags WHERE attempt_id = $1 ORDER BY kind`,
          [e.attemptId],
        );
        expect(e.flags).toEqual(kinds.map((k) => k.kind));
      }
      const binh = res.body.entries[3];
      expect(binh.durationMs).toBeGreaterThan(res.body.entries[2].durationMs);
      expect(res.body.entries[1].durationMs).toBeGreaterThan(an.durationMs);
      const oanh = res.body.entries[10];
      expect(oanh).toMatchObject({ attemptId: attemptOf.oanh, correctCount: 5 });
      const minh = res.body.entries[11];
      expect(minh).toMatchObject({
        disqualified: true,
        disqualifiedReason: 'Dùng nhiều tài khoản để dự thi',
        attemptId: attemptOf.minh,
      });

      const stored = await api().get(`/api/rounds/${r}/results`).set(judge.auth).expect(200);
      expect(stored.body).toEqual(res.body);
    });

    it('lets only judges of the contest and admins see, compute or export the results', async () => {
      const r = roundIds[1];
      const routes: Array<[string, string]> = [
        ['post', `/api/rounds/${r}/results/compute`],
        ['get', `/api/rounds/${r}/results`],
        ['get', `/api/rounds/${r}/results/export?format=csv`],
        ['post', `/api/rounds/${r}/results/finalize`],
        ['post', `/api/attempts/${attemptOf.an}/disqualify`],
        ['post', `/api/rounds/${r}/participants/${people.an.id}/disqualify`],
      ];
      for (const [method, url] of routes) {
        const call = () =>
          method === 'get'
            ? api().get(url)
            : api().post(url).send({ reason: 'Thử quyền truy cập' });
        expect((await call()).status).toBe(401);
        const participant = await call().set(people.an.auth);
        expect([url, participant.status, participant.body.code]).toEqual([url, 403, 'FORBIDDEN']);
        expect((await call().set(otherJudge.auth)).status).toBe(403);
        expect((await call().set(people.staff.auth)).status).toBe(403); // an organizer of the contest is not a judge
      }
      await api().get(`/api/rounds/${r}/results`).set(admin.auth).expect(200);
      await api().get(`/api/audit?roundId=${r}`).set(people.an.auth).expect(403);
      await api().get(`/api/audit?roundId=${r}`).set(otherJudge.auth).expect(403);
      await api().get('/api/audit').set(judge.auth).expect(400);
    });

    it('exports the results as XLSX with the same rows, Vietnamese intact, injection neutralised and its SHA-256', async () => {
      const r = roundIds[1];
      const results = (await api().get(`/api/rounds/${r}/results`).set(judge.auth).expect(200))
        .body;
      const res = await api()
        .get(`/api/rounds/${r}/results/export?format=xlsx`)
        .set(judge.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const contest = (await api().get(`/api/contests/${contestId}`).expect(200)).body;
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="ket-qua-${contest.slug}-tuan-2.xlsx"; filename*=UTF-8''ket-qua-${contest.slug}-tuan-2.xlsx`,
      );
      const body: Buffer = res.body;
      expect(res.headers['x-content-sha256']).toBe(createHash('sha256').update(body).digest('hex'));

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(body);
      const sheet = workbook.getWorksheet('Kết quả')!;
      expect(sheet.getCell('A1').value).toBe('KẾT QUẢ TÌM HIỂU LỊCH SỬ CÔNG ĐOÀN VIỆT NAM');
      expect(sheet.getCell('A2').text).toMatch(
        /^Tuần 2 \(tuần thi thứ 2\): từ \d\d\/\d\d\/\d{4} \d\d:\d\d đến/,
      );
      expect(sheet.getCell('A4').text).toMatch(/tạm tính/);
      const header = (sheet.getRow(6).values as unknown[]).slice(1);
      expect(header).toEqual([
        'Hạng',
        'Họ và tên',
        'Đơn vị',
        'E-mail',
        'Số điện thoại',
        'Số câu đúng',
        'Điểm',
        'Dự đoán',
        'Sai số dự đoán',
        'Thời gian (mm:ss)',
        'Thời gian (giây)',
        'Nộp bài lúc (giờ Việt Nam)',
        'Giải',
        'Cờ cảnh báo',
        'Ghi chú',
      ]);
      const prizeLabel: Record<string, string> = {
        first: 'Giải Nhất',
        second: 'Giải Nhì',
        third: 'Giải Ba',
        consolation: 'Giải Khuyến khích',
      };
      const dataRows: ExcelJS.Row[] = [];
      for (let i = 7; i <= sheet.rowCount; i++) dataRows.push(sheet.getRow(i));
      expect(dataRows).toHaveLength(results.entries.length);
      results.entries.forEach((e: ResultEntry, i: number) => {
        const row = dataRows[i];
        const name = e.fullName === INJECTED_NAME ? `'${INJECTED_NAME}` : e.fullName;
        expect([
          row.getCell(1).value ?? null,
          row.getCell(2).value,
          row.getCell(4).value,
          row.getCell(6).value,
          row.getCell(7).value,
        ]).toEqual([e.rank, name, e.email, e.correctCount, e.score]);
        expect(row.getCell(5).value).toBe(`0${e.phone.slice(3)}`);
        expect(row.getCell(11).value).toBe(e.durationMs / 1000);
        expect(row.getCell(13).value ?? '').toBe(e.prize ? prizeLabel[e.prize] : '');
        expect(row.getCell(14).text).toBe(flagLabels(e.flags));
      });
      expect(dataRows[0].getCell(3).value).toBe('CĐCS Công ty May Trà Vinh');
      expect(dataRows[11].getCell(15).text).toBe('Bị loại kết quả: Dùng nhiều tài khoản để dự thi');
      expect(dataRows[1].getCell(15).text).toMatch(/ban tổ chức/);

      const winners = workbook.getWorksheet('Danh sách đạt giải')!;
      const winnerNames: unknown[] = [];
      for (let i = 7; i <= winners.rowCount; i++)
        winnerNames.push(winners.getRow(i).getCell(2).value);
      expect(winnerNames).toEqual([
        'Nguyễn Văn An',
        'Lê Văn Cường',
        'Trần Thị Bình',
        'Võ Giang',
        'Đặng Thu Hà',
      ]);
    });

    it('exports the results as CSV in UTF-8 with a BOM, neutralised too', async () => {
      const r = roundIds[1];
      const res = await api()
        .get(`/api/rounds/${r}/results/export?format=csv`)
        .set(judge.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const body = res.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['x-content-sha256']).toBe(createHash('sha256').update(body).digest('hex'));
      const text = body.toString('utf8');
      const lines = text.slice(1).split('\r\n');
      expect(lines[0]).toBe('"KẾT QUẢ TÌM HIỂU LỊCH SỬ CÔNG ĐOÀN VIỆT NAM"');
      expect(lines[5]).toMatch(/^"Hạng","Họ và tên","Đơn vị",/);
      expect(lines[6]).toMatch(/^1,"Nguyễn Văn An","CĐCS Công ty May Trà Vinh",/);
      expect(text).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
      expect(text).not.toContain(',"=HYPERLINK');
      expect(lines.filter((l) => /^\d+,|^,/.test(l))).toHaveLength(12);
      await api().get(`/api/rounds/${r}/results/export?format=pdf`).set(judge.auth).expect(400);
    });

    it('finalizes round 2: locks it, mails every winner, publishes the board and the collective ranking', async () => {
      const r = roundIds[1];
      const finalized = await api()
        .post(`/api/rounds/${r}/results/finalize`)
        .set(judge.auth)
        .expect(200);
      expect(
        finalized.body.entries
          .filter((e: { prize: string | null }) => e.prize)
          .map((e: { userId: string }) => e.userId),
      ).toEqual([people.an.id, people.cuong.id, people.binh.id, people.giang.id, people.ha.id]);

      const twice = await api()
        .post(`/api/rounds/${r}/results/finalize`)
        .set(judge.auth)
        .expect(409);
      expect(twice.body.code).toBe('RESULTS_FINALIZED');
      for (const call of [
        api()
          .post(`/api/attempts/${attemptOf.khanh}/disqualify`)
          .set(judge.auth)
          .send({ reason: 'Quá muộn để loại' }),
        api().post(`/api/attempts/${attemptOf.oanh2}/reinstate`).set(judge.auth).send({}),
        api()
          .post(`/api/rounds/${r}/participants/${people.minh.id}/reinstate`)
          .set(judge.auth)
          .send({}),
        api().post(`/api/rounds/${r}/results/compute`).set(judge.auth),
      ]) {
        const refused = await call;
        expect([refused.status, refused.body.code]).toEqual([409, 'RESULTS_FINALIZED']);
      }
      const [{ disqualified_at }] = await t.dataSource.query(
        'SELECT disqualified_at FROM attempts WHERE id = $1',
        [attemptOf.khanh],
      );
      expect(disqualified_at).toBeNull();

      await t.app.get(MailSender).flush();
      for (const [key, prize] of [
        ['an', 'Giải Nhất'],
        ['cuong', 'Giải Nhì'],
        ['binh', 'Giải Nhì'],
        ['giang', 'Giải Ba'],
        ['ha', 'Giải Ba'],
      ]) {
        const mail = await smtp.waitForMail(people[key].email, /Tuần 2/);
        expect(mail.subject).toBe(
          `Chúc mừng bạn đạt ${prize} Tuần 2 - Tìm hiểu lịch sử Công đoàn Việt Nam`,
        );
        expect(mail.text).toContain(`Xin chào ${people[key].fullName},`);
      }
      for (const key of ['staff', 'em', 'minh', 'khanh']) {
        expect(
          smtp.messages.filter(
            (m) => m.to.includes(people[key].email.toLowerCase()) && /Tuần 2/.test(m.subject),
          ),
        ).toHaveLength(0);
      }
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'round_winner'`,
      );
      expect(n).toBe(6);

      const board = await api().get(`/api/rounds/${r}/results/final`).expect(200);
      expect(
        board.body.winners.map((w: { fullName: string; prize: string }) => [w.fullName, w.prize]),
      ).toEqual([
        ['Nguyễn Văn An', 'first'],
        ['Lê Văn Cường', 'second'],
        ['Trần Thị Bình', 'second'],
        ['Võ Giang', 'third'],
        ['Đặng Thu Hà', 'third'],
      ]);
      expect(board.text).not.toContain('@');
      expect(board.text).not.toContain('+849');

      // Round 1: Em first (10). Round 2: An first (10), Cường second (8), Bình second (8), Giang third (6), Hà third (6).
      const ranking = await api().get(`/api/contests/${contestId}/units/ranking`).expect(200);
      expect(ranking.body).toEqual([
        {
          unitId: unitHospital,
          unitName: 'CĐCS Bệnh viện Đa khoa',
          participants: 3,
          memberCount: 4,
          participationRate: 0.75,
          prizePoints: 24,
        },
        {
          unitId: unitMay,
          unitName: 'CĐCS Công ty May Trà Vinh',
          participants: 3,
          memberCount: 10,
          participationRate: 0.3,
          prizePoints: 24,
        },
      ]);
    });

    it('records every judge action in the audit log, newest first, with who and why', async () => {
      const res = await api()
        .get(`/api/audit?contestId=${contestId}&pageSize=100`)
        .set(judge.auth)
        .expect(200);
      const actions = res.body.items.map((i: { action: string }) => i.action);
      expect(actions).toEqual([
        'results.finalize',
        'results.export',
        'results.export',
        'results.compute',
        'participant.disqualify',
        'attempt.reinstate',
        'attempt.disqualify',
        'attempt.disqualify',
        'results.finalize',
        'results.compute',
      ]);
      expect(res.body.total).toBe(10);
      const dq = res.body.items.find(
        (i: { action: string; attemptId: string }) =>
          i.action === 'attempt.disqualify' && i.attemptId === attemptOf.oanh2,
      );
      expect(dq).toMatchObject({
        actorId: judge.id,
        actorName: 'Trọng tài Chính',
        roundId: roundIds[1],
        targetUserId: people.oanh.id,
        targetUserName: 'Dương Oanh',
        reason: 'Làm bài hộ (có người báo cáo kèm ảnh chụp)',
      });
      const exported = res.body.items.find(
        (i: { action: string }) => i.action === 'results.export',
      );
      expect(exported.details).toMatchObject({
        format: 'csv',
        rows: 12,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
      const page2 = await api()
        .get(`/api/audit?roundId=${roundIds[1]}&page=2&pageSize=3`)
        .set(admin.auth)
        .expect(200);
      expect(page2.body).toMatchObject({ total: 8, page: 2, pageSize: 3 });
      expect(page2.body.items.map((i: { action: string }) => i.action)).toEqual([
        'results.compute',
        'participant.disqualify',
        'attempt.reinstate',
      ]);
    });
  });

  describe('essay grading gate', () => {
    it('refuses to finalize while an essay is ungraded, and finalizes once graded', async () => {
      const essayBank = (
        await api()
          .post('/api/banks')
          .set(organizer.auth)
          .send({ title: 'Tự luận', theme: 'tu-luan' })
          .expect(201)
      ).body;
      const essay = await api()
        .post(`/api/banks/${essayBank.id}/questions`)
        .set(organizer.auth)
        .send({
          type: 'essay',
          prompt: 'Nêu ý nghĩa của ngày 28/7/1929 đối với Công đoàn Việt Nam.',
          points: 5,
        })
        .expect(201);
      const contest = await createPublishedContest(t, organizer, bank.id, {
        questionCount: 3,
        drawRules: [
          { bankId: essayBank.id, count: 1 },
          { bankId: bank.id, count: 2 },
        ],
        attemptsPerRound: 1,
        prediction: { enabled: false, prompt: '' },
      });
      await addStaff(contest.id, otherJudge, 'judge');
      const r = contest.roundIds[0];
      const writers = [
        await createUser(t, { fullName: 'Lý Thị Phương' }),
        await createUser(t, { fullName: 'Mai Văn Quang' }),
      ];
      const attempts: string[] = [];
      for (const writer of writers) {
        const started = (
          await api()
            .post(`/api/rounds/${r}/attempts`)
            .set(writer.auth)
            .set(writer.device)
            .expect(201)
        ).body;
        const key = await correctOptions(t, started.id);
        for (const q of started.questions) {
          const answer =
            q.type === 'essay'
              ? { text: 'Ngày thành lập Tổng Công hội Đỏ Bắc Kỳ, tổ chức tiền thân.' }
              : { optionIds: key.get(q.id) };
          await api()
            .put(`/api/attempts/${started.id}/answers/${q.id}`)
            .set(writer.auth)
            .set(writer.device)
            .send(answer)
            .expect(200);
        }
        const submitted = await api()
          .post(`/api/attempts/${started.id}/submit`)
          .set(writer.auth)
          .set(writer.device)
          .send({})
          .expect(200);
        expect(submitted.body).toMatchObject({ score: 2, maxScore: 7, pendingEssays: 1 });
        attempts.push(started.id);
      }
      await closeRound(r);

      const computed = await api()
        .post(`/api/rounds/${r}/results/compute`)
        .set(otherJudge.auth)
        .expect(200);
      expect(computed.body.perfectCount).toBe(0);
      expect(computed.body.entries.map((e: { pendingEssays: number }) => e.pendingEssays)).toEqual([
        1, 1,
      ]);
      const refused = await api()
        .post(`/api/rounds/${r}/results/finalize`)
        .set(otherJudge.auth)
        .expect(409);
      expect(refused.body.code).toBe('ESSAYS_PENDING');
      expect(refused.body.message).toMatch(/chưa chấm/);

      const tooMany = await api()
        .put(`/api/attempts/${attempts[0]}/grades/${essay.body.id}`)
        .set(otherJudge.auth)
        .send({ points: 6 })
        .expect(400);
      expect(tooMany.body.code).toBe('VALIDATION_FAILED');
      const [mcq] = await t.dataSource.query<Array<{ id: string }>>(
        `SELECT q->>'questionId' AS id FROM attempts a, jsonb_array_elements(a.questions) q WHERE a.id = $1 AND q->>'bankId' = $2`,
        [attempts[0], bank.id],
      );
      await api()
        .put(`/api/attempts/${attempts[0]}/grades/${mcq.id}`)
        .set(otherJudge.auth)
        .send({ points: 1 })
        .expect(400);
      await api()
        .put(`/api/attempts/${attempts[0]}/grades/${essay.body.id}`)
        .set(judge.auth)
        .send({ points: 5 })
        .expect(403);

      const full = await api()
        .put(`/api/attempts/${attempts[0]}/grades/${essay.body.id}`)
        .set(otherJudge.auth)
        .send({ points: 5 })
        .expect(200);
      expect(full.body).toMatchObject({
        points: 5,
        maxPoints: 5,
        score: 7,
        maxScore: 7,
        correctCount: 3,
        pendingEssays: 0,
      });
      const stillOne = await api()
        .post(`/api/rounds/${r}/results/finalize`)
        .set(otherJudge.auth)
        .expect(409);
      expect(stillOne.body.details).toEqual([
        { attemptId: attempts[1], userId: writers[1].id, pendingEssays: 1 },
      ]);
      await api()
        .put(`/api/attempts/${attempts[1]}/grades/${essay.body.id}`)
        .set(otherJudge.auth)
        .send({ points: 3.5 })
        .expect(200);
      const regraded = await api()
        .put(`/api/attempts/${attempts[1]}/grades/${essay.body.id}`)
        .set(otherJudge.auth)
        .send({ points: 2.5 })
        .expect(200);
      expect(regraded.body).toMatchObject({ score: 4.5, correctCount: 2, pendingEssays: 0 });

      const finalized = await api()
        .post(`/api/rounds/${r}/results/finalize`)
        .set(otherJudge.auth)
        .expect(200);
      expect(finalized.body.perfectCount).toBe(1);
      expect(
        finalized.body.entries.map((e: { userId: string; score: number; prize: string | null }) => [
          e.userId,
          e.score,
          e.prize,
        ]),
      ).toEqual([
        [writers[0].id, 7, 'first'],
        [writers[1].id, 4.5, null],
      ]);
      const late = await api()
        .put(`/api/attempts/${attempts[1]}/grades/${essay.body.id}`)
        .set(otherJudge.auth)
        .send({ points: 5 })
        .expect(409);
      expect(late.body.code).toBe('RESULTS_FINALIZED');
      const disqualify = await api()
        .post(`/api/attempts/${attempts[0]}/disqualify`)
        .set(otherJudge.auth)
        .send({ reason: 'Sau khi công bố' })
        .expect(409);
      expect(disqualify.body.code).toBe('RESULTS_FINALIZED');

      const audit = await api()
        .get(`/api/audit?roundId=${r}&action=attempt.grade`)
        .set(otherJudge.auth)
        .expect(200);
      expect(
        audit.body.items.map(
          (i: { details: { points: number; previousPoints: number | null } }) => [
            i.details.points,
            i.details.previousPoints,
          ],
        ),
      ).toEqual([
        [2.5, 3.5],
        [3.5, null],
        [5, null],
      ]);
    });
  });
});
