import ExcelJS from 'exceljs';
import request from 'supertest';
import { ParticipationRepository, vietnamWeekStart } from '@app/reports';
import { createBank, createPublishedContest } from './helpers/contest-fixtures';
import { takeAttempt } from './helpers/leaderboard-fixtures';
import { pdfFonts, pdfPageSize, pdfText } from './helpers/pdf-reader';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

jest.setTimeout(90_000);

/** Reads a binary response body into a Buffer. */
function binary(
  res: request.Response,
  callback: (error: Error | null, body: Buffer) => void,
): void {
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

interface Row {
  rank: number | null;
  kind: string;
  unitId: string | null;
  unitName: string;
  memberCount: number;
  participants: number;
  attempts: number;
  participationRate: number | null;
  completionRate: number | null;
  averageScore: number | null;
  prizes: number;
  prizePoints: number;
  collectiveScore: number;
  hasChildren: boolean;
}

/**
 * A province federation with two district federations and three grassroots unions; people take
 * part at every level; the report is checked against a count made by hand.
 */
describe('participation reports per unit subtree (e2e)', () => {
  let t: TestApp;
  let admin: TestUser;
  let organizer: TestUser;
  let officerD1: TestUser;
  let contestId: string;
  let roundIds: string[];
  const unit: Record<string, string> = {};
  const scores: Record<string, number> = {};

  const api = () => request(t.baseUrl);

  async function createUnit(
    code: string,
    name: string,
    kind: string,
    memberCount: number,
    parentId?: string,
  ): Promise<string> {
    const res = await api()
      .post('/api/units')
      .set(admin.auth)
      .send({ code, name, kind, memberCount, ...(parentId ? { parentId } : {}) })
      .expect(201);
    return res.body.id as string;
  }

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    admin = await createUser(t, { roles: ['admin'] });
    organizer = await createUser(t, { roles: ['organizer'] });
    officerD1 = await createUser(t, { fullName: 'Cán bộ Huyện Một' });
    unit.P = await createUnit('TV', 'LĐLĐ tỉnh Trà Vinh', 'province_federation', 10);
    unit.D1 = await createUnit('TV-CL', 'LĐLĐ huyện Càng Long', 'district_federation', 0, unit.P);
    unit.D2 = await createUnit('TV-CK', 'LĐLĐ huyện Cầu Kè', 'district_federation', 2, unit.P);
    unit.G1a = await createUnit('TV-CL-1', 'CĐCS Trường Tiểu học A', 'grassroots', 4, unit.D1);
    unit.G1b = await createUnit('TV-CL-2', 'CĐCS Bệnh viện huyện', 'grassroots', 5, unit.D1);
    unit.G2a = await createUnit('TV-CK-1', 'CĐCS Công ty Điện lực', 'grassroots', 3, unit.D2);

    const bank = await createBank(t, organizer, 6);
    const contest = await createPublishedContest(t, organizer, bank.id, {
      questionCount: 3,
      drawRules: [{ bankId: bank.id, count: 3 }],
      prediction: { enabled: false, prompt: '' },
      prizes: { first: 1, second: 1, third: 1, consolation: 0, maxShareOfParticipants: 0.5 },
    });
    contestId = contest.id;
    roundIds = contest.roundIds;

    const person = (name: string, unitId: string | null) =>
      createUser(t, { fullName: name, unitId });
    const u1 = await person('Nguyễn Văn Một', unit.G1a);
    const u2 = await person('Trần Thị Hai', unit.G1a);
    const u3 = await person('Lê Văn Ba', unit.G1b);
    const u4 = await person('Phạm Thị Bốn', unit.D2);
    const u5 = await person('Hoàng Văn Năm', unit.G2a);
    const u6 = await person('Đỗ Thị Sáu', null);
    const r = roundIds[0];
    scores.u1a = (await takeAttempt(t, u1, r, 3)).score;
    scores.u1b = (await takeAttempt(t, u1, r, 1)).score;
    scores.u2 = (await takeAttempt(t, u2, r, 2)).score;
    scores.u3 = (await takeAttempt(t, u3, r, 3)).score;
    scores.u4 = (await takeAttempt(t, u4, r, 0)).score;
    scores.u5 = (await takeAttempt(t, u5, r, 1)).score;
    scores.u6 = (await takeAttempt(t, u6, r, 1)).score;

    await t.dataSource.query(
      `UPDATE rounds SET opens_at = LEAST(opens_at, now() - interval '2 hours'), closes_at = now() - interval '1 second' WHERE id = $1`,
      [r],
    );
    await api().post(`/api/rounds/${r}/results/compute`).set(admin.auth).expect(200);
    await api().post(`/api/rounds/${r}/results/finalize`).set(admin.auth).expect(200);
    await api()
      .put(`/api/contests/${contestId}/report-settings`)
      .set(organizer.auth)
      .send({
        organizationName: 'Liên đoàn Lao động tỉnh Trà Vinh',
        collectiveWeights: { participation: 1, prizes: 1, averageScore: 1 },
      })
      .expect(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  const report = (user: TestUser, query: Record<string, string> = {}) =>
    api().get(`/api/contests/${contestId}/participation`).query(query).set(user.auth);
  const byName = (rows: Row[]) => new Map(rows.map((row) => [row.unitName, row]));

  it('counts the top level: the province subtree and the people without a unit', async () => {
    const res = await report(organizer).expect(200);
    const rows = byName(res.body.items);
    const province = rows.get('LĐLĐ tỉnh Trà Vinh')!;
    expect(province).toMatchObject({
      kind: 'unit',
      rank: 1,
      memberCount: 10 + 0 + 2 + 4 + 5 + 3,
      participants: 5,
      attempts: 6,
      prizes: 3,
      hasChildren: true,
    });
    expect(province.participationRate).toBeCloseTo(5 / 24, 4);
    const noUnit = rows.get('Chưa có đơn vị')!;
    expect(noUnit).toMatchObject({ kind: 'no_unit', rank: null, participants: 1, attempts: 1 });
    expect(res.body.totals).toMatchObject({ participants: 6, attempts: 7, memberCount: 24 });
    expect(res.body.organizationName).toBe('Liên đoàn Lao động tỉnh Trà Vinh');
    expect(res.body.collectiveRule).toContain('1 × tỷ lệ tham gia (%)');
    expect(res.body.collectiveRule).toContain('Giải Nhất 10');
    expect(res.body.weekly).toEqual([
      { weekStart: vietnamWeekStart(new Date()), participants: 6, attempts: 7 },
    ]);
  });

  it('drills into the province: districts with their subtrees, ranked by collective score, and the members registered at the province', async () => {
    const res = await report(organizer, { unitId: unit.P, roundId: roundIds[0] }).expect(200);
    expect(res.body.path.map((p: { name: string }) => p.name)).toEqual(['LĐLĐ tỉnh Trà Vinh']);
    const rows = byName(res.body.items);
    const d1 = rows.get('LĐLĐ huyện Càng Long')!;
    const d2 = rows.get('LĐLĐ huyện Cầu Kè')!;
    // Hand count: D1 = G1a (4 members: u1 two attempts, u2) + G1b (5 members: u3); three prizes.
    const d1Average = (Math.max(scores.u1a, scores.u1b) + scores.u2 + scores.u3) / 3;
    expect(d1).toMatchObject({ memberCount: 9, participants: 3, attempts: 4, prizes: 3 });
    expect(d1.participationRate).toBeCloseTo(3 / 9, 4);
    expect(d1.averageScore).toBeCloseTo(d1Average, 2);
    expect(d1.prizePoints).toBe(10 + 8 + 6);
    expect(d1.collectiveScore).toBeCloseTo((3 / 9) * 100 + 24 + d1Average, 1);
    // D2 = its own 2 members (u4) + G2a (3 members: u5); no prize.
    const d2Average = (scores.u4 + scores.u5) / 2;
    expect(d2).toMatchObject({ memberCount: 5, participants: 2, attempts: 2, prizes: 0 });
    expect(d2.participationRate).toBeCloseTo(2 / 5, 4);
    expect(d2.collectiveScore).toBeCloseTo(40 + d2Average, 1);
    expect(d1.rank).toBe(1);
    expect(d2.rank).toBe(2);
    const direct = rows.get('LĐLĐ tỉnh Trà Vinh (trực thuộc)')!;
    expect(direct).toMatchObject({ kind: 'direct', rank: null, memberCount: 10, participants: 0 });
    expect(res.body.totals).toMatchObject({ memberCount: 24, participants: 5, attempts: 6 });
    expect(res.body.items.map((r: Row) => r.kind)).toEqual(['unit', 'unit', 'direct']);
  });

  it('counts nothing for a round nobody has taken yet', async () => {
    const res = await report(organizer, { unitId: unit.P, roundId: roundIds[1] }).expect(200);
    for (const row of res.body.items as Row[]) {
      expect(row.participants).toBe(0);
      expect(row.averageScore).toBeNull();
    }
    expect(res.body.weekly).toEqual([]);
  });

  it('lets an officer of a district read his district and the unions below it, and refuses another district (403)', async () => {
    await api()
      .post(`/api/units/${unit.D1}/officers`)
      .set(organizer.auth)
      .send({ userId: officerD1.id })
      .expect(403);
    const named = await api()
      .post(`/api/units/${unit.D1}/officers`)
      .set(admin.auth)
      .send({ userId: officerD1.id })
      .expect(201);
    expect(named.body).toMatchObject({ unitId: unit.D1, userId: officerD1.id });

    const own = await report(officerD1, { unitId: unit.D1 }).expect(200);
    const rows = byName(own.body.items);
    expect(rows.get('CĐCS Trường Tiểu học A')).toMatchObject({
      memberCount: 4,
      participants: 2,
      attempts: 3,
    });
    expect(rows.get('CĐCS Bệnh viện huyện')).toMatchObject({ memberCount: 5, participants: 1 });
    await report(officerD1, { unitId: unit.G1a }).expect(200);

    const other = await report(officerD1, { unitId: unit.D2 }).expect(403);
    expect(other.body.code).toBe('FORBIDDEN');
    await report(officerD1, { unitId: unit.G2a }).expect(403);
    await report(officerD1, { unitId: unit.P }).expect(403);
    await report(officerD1).expect(403);
  });

  it('refuses participants and judges who are not organizers of the contest', async () => {
    const someone = await createUser(t, { unitId: unit.G1a });
    await report(someone, { unitId: unit.G1a }).expect(403);
    await api().get(`/api/contests/${contestId}/participation`).expect(401);
    await api().get(`/api/contests/${contestId}/report-settings`).set(someone.auth).expect(403);
  });

  it('groups weeks in the database exactly as the rule does (Monday 00:00 Vietnam time)', async () => {
    const dates = [
      new Date('2026-11-29T16:59:59Z'), // Sunday 23:59:59 in Vietnam
      new Date('2026-11-29T17:00:00Z'), // Monday 00:00 in Vietnam
      new Date('2026-12-03T05:00:00Z'),
      new Date('2027-01-03T20:00:00Z'),
      new Date('2026-02-28T23:30:00Z'),
    ];
    const inDatabase = await t.app.get(ParticipationRepository).weekStartsOf(dates);
    expect(inDatabase).toEqual(dates.map(vietnamWeekStart));
    expect(inDatabase.slice(0, 2)).toEqual(['2026-11-23', '2026-11-30']);
  });

  describe('export to XLSX and PDF', () => {
    const exportPath = () => `/api/contests/${contestId}/participation/export`;

    it('writes the XLSX with the very numbers of the JSON report, totals and the rule', async () => {
      const query = { unitId: unit.P, roundId: roundIds[0] };
      const json = (await report(organizer, query).expect(200)).body;
      const res = await api()
        .get(exportPath())
        .query({ ...query, format: 'xlsx' })
        .set(organizer.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="bao-cao-tham-gia-[a-z0-9-]+-tuan-1\.xlsx"$/,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.body as Buffer);
      const sheet = workbook.getWorksheet('Báo cáo')!;
      const values: unknown[][] = [];
      sheet.eachRow((row) => values.push((row.values as unknown[]).slice(1)));
      const flat = values.map((v) => Array.from(v, (c) => (c === undefined ? null : c)));
      expect(flat[0][0]).toBe('BÁO CÁO KẾT QUẢ THAM GIA CUỘC THI');
      expect(flat.map((r) => r[0])).toContain('Phạm vi: LĐLĐ tỉnh Trà Vinh');
      const headerAt = flat.findIndex((r) => r[0] === 'Hạng');
      const rows = flat.slice(headerAt + 1, headerAt + 1 + json.items.length);
      rows.forEach((cells, i) => {
        const item = json.items[i] as Row;
        expect(cells.slice(0, 11)).toEqual([
          item.rank,
          item.unitName,
          item.memberCount,
          item.participants,
          item.attempts,
          item.participationRate,
          item.completionRate,
          item.averageScore,
          item.prizes,
          item.prizePoints,
          item.collectiveScore,
        ]);
      });
      // Against the hand count as well, not only against the JSON.
      const d1 = rows.find((r) => r[1] === 'LĐLĐ huyện Càng Long')!;
      expect(d1.slice(2, 5)).toEqual([9, 3, 4]);
      const total = flat[headerAt + 1 + json.items.length];
      expect(total[1]).toBe('Tổng cộng: LĐLĐ tỉnh Trà Vinh');
      expect(total.slice(2, 5)).toEqual([24, 5, 6]);
      const texts = flat.map((r) => r[0]);
      expect(texts).toContain(json.collectiveRule);
      expect(texts).toContain('Trọng số: tỷ lệ tham gia 1; điểm giải thưởng 1; điểm trung bình 1.');
      const weekly = workbook.getWorksheet('Theo tuần')!;
      const [y, m, d] = (json.weekly[0].weekStart as string).split('-');
      expect((weekly.getRow(2).values as unknown[]).slice(1)).toEqual([`${d}/${m}/${y}`, 5, 6]);
    });

    it('prints an A4 PDF with the fonts embedded, the federation, the date, the table, the rule and the weekly chart, diacritics intact', async () => {
      const res = await api()
        .get(exportPath())
        .query({ format: 'pdf', unitId: unit.P })
        .set(organizer.auth)
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toMatch(
        /^attachment; filename="bao-cao-tham-gia-[a-z0-9-]+\.pdf"$/,
      );
      const pdf = res.body as Buffer;
      const size = await pdfPageSize(pdf);
      expect(Math.round(size.width)).toBe(595);
      expect(Math.round(size.height)).toBe(842);
      const fonts = await pdfFonts(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((f) => f.embedded)).toBe(true);
      const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
      const now = new Date(Date.now() + 7 * 3600_000);
      const day = String(now.getUTCDate()).padStart(2, '0');
      const month = String(now.getUTCMonth() + 1).padStart(2, '0');
      for (const piece of [
        'LIÊN ĐOÀN LAO ĐỘNG TỈNH TRÀ VINH',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        `Ngày ${day} tháng ${month} năm ${now.getUTCFullYear()}`,
        'BÁO CÁO KẾT QUẢ THAM GIA CUỘC THI',
        'Phạm vi: LĐLĐ tỉnh Trà Vinh',
        'Tuần thi: Tất cả các tuần',
        'LĐLĐ huyện Càng Long',
        'LĐLĐ huyện Cầu Kè',
        'LĐLĐ tỉnh Trà Vinh (trực thuộc)',
        'Tổng cộng: LĐLĐ tỉnh Trà Vinh',
        '33,33 %',
        'Cách tính điểm tập thể',
        'Điểm tập thể = 1 × tỷ lệ tham gia (%) + 1 × điểm giải thưởng + 1 × điểm trung bình.',
        'Trọng số: tỷ lệ tham gia 1; điểm giải thưởng 1; điểm trung bình 1.',
        'Số người tham gia theo tuần',
      ]) {
        expect(text).toContain(piece);
      }
    });

    it('gives plain download links that work without a header, for the same people and only for their report', async () => {
      const links = await api()
        .get(`/api/contests/${contestId}/participation/export-links`)
        .query({ unitId: unit.D1 })
        .set(officerD1.auth)
        .expect(200);
      expect(links.body.pdf).toMatch(
        new RegExp(
          `^/api/contests/${contestId}/participation/export\\?format=pdf&unitId=${unit.D1}&token=`,
        ),
      );
      const pdf = await api().get(links.body.pdf).buffer(true).parse(binary).expect(200);
      const text = (await pdfText(pdf.body as Buffer)).replace(/\s+/g, ' ');
      expect(text).toContain('Phạm vi: LĐLĐ tỉnh Trà Vinh › LĐLĐ huyện Càng Long');
      expect(text).toContain('CĐCS Trường Tiểu học A');
      expect(text).not.toContain('Cầu Kè');
      await api().get(links.body.xlsx).expect(200);

      // The link is bound to its unit and format: reused for another district, refused.
      const token = new URL(links.body.pdf, 'http://x').searchParams.get('token')!;
      for (const query of [
        { format: 'pdf', unitId: unit.D2, token },
        { format: 'xlsx', unitId: unit.D1, token },
        { format: 'pdf', token },
        { format: 'pdf', unitId: unit.D1, token: 'garbage' },
        { format: 'pdf', unitId: unit.D1 },
      ]) {
        const res = await api().get(exportPath()).query(query).expect(401);
        expect(res.body.code).toBe('UNAUTHORIZED');
      }
      // A download token is not an access token.
      await api().get('/api/ping').set('Authorization', `Bearer ${token}`).expect(401);

      // Another district: no links, no file.
      await api()
        .get(`/api/contests/${contestId}/participation/export-links`)
        .query({ unitId: unit.D2 })
        .set(officerD1.auth)
        .expect(403);
      await api()
        .get(exportPath())
        .query({ format: 'xlsx', unitId: unit.D2 })
        .set(officerD1.auth)
        .expect(403);
      await api()
        .get(exportPath())
        .query({ format: 'doc', unitId: unit.D1 })
        .set(officerD1.auth)
        .expect(400);
    });
  });
});
