import request from 'supertest';
import { createBank, createPublishedContest } from './helpers/contest-fixtures';
import { takeAttempt } from './helpers/leaderboard-fixtures';
import { pdfQrCode, pdfText } from './helpers/pdf-reader';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

jest.setTimeout(120_000);

/**
 * Link previews of the certificate check page (`/chung-nhan/:code`, what a certificate's QR
 * opens and what winners paste into Zalo/Facebook), and the poster's plain download link of the
 * send-out kit (docs/sharing.md).
 */
const PUBLIC = 'https://thi.example.vn';
const FACEBOOK = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)';
const ZALO =
  'Mozilla/5.0 (Linux; Android 12; SM-A525F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12100663 ZaloTheme/light ZaloLanguage/vi';

function metaContent(html: string, attr: 'property' | 'name', key: string): string | null {
  const m = html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`));
  return m ? m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"') : null;
}

function pngSize(buf: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature) || buf.toString('ascii', 12, 16) !== 'IHDR')
    return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const binary = (r: request.Test) =>
  r.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

describe('certificate previews and the poster download link', () => {
  let t: TestApp;
  let organizer: TestUser;
  let contest: { id: string; roundIds: string[] };
  let code: string;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: PUBLIC, RUN_WORKERS: 'false' });
    const admin = await createUser(t, { roles: ['admin'] });
    organizer = await createUser(t, { roles: ['organizer'] });
    const bank = await createBank(t, organizer, 6);
    contest = await createPublishedContest(t, organizer, bank.id, {
      title: 'Tìm hiểu Bộ luật Lao động 2019',
      questionCount: 3,
      drawRules: [{ bankId: bank.id, count: 3 }],
      prediction: { enabled: false, prompt: '' },
      prizes: { first: 1, second: 0, third: 0, consolation: 0, maxShareOfParticipants: 1 },
    });
    const roundId = contest.roundIds[0];
    const winner = await createUser(t, {
      fullName: 'Huỳnh Thị Ngọc Hân',
      email: 'ngoc.han@example.vn',
    });
    const won = await takeAttempt(t, winner, roundId, 3);
    await t.dataSource.query(
      `UPDATE rounds SET opens_at = LEAST(opens_at, now() - interval '2 hours'), closes_at = now() - interval '1 second' WHERE id = $1`,
      [roundId],
    );
    await request(t.baseUrl)
      .post(`/api/rounds/${roundId}/results/compute`)
      .set(admin.auth)
      .expect(200);
    await request(t.baseUrl)
      .post(`/api/rounds/${roundId}/results/finalize`)
      .set(admin.auth)
      .expect(200);
    const link = await request(t.baseUrl)
      .get(`/api/attempts/${won.attemptId}/certificate/link`)
      .set(winner.auth)
      .expect(200);
    code = link.body.code;
  });

  afterAll(async () => {
    await t?.close();
  });

  it.each([
    ['facebookexternalhit', FACEBOOK],
    ['Zalo', ZALO],
  ])(
    'gives a %s crawler the certificate page with its own title, description and 1200×630 PNG, without the name',
    async (_name, ua) => {
      const res = await request(t.baseUrl)
        .get(`/chung-nhan/${code}`)
        .set('User-Agent', ua)
        .set('Accept', '*/*')
        .expect(200);
      const html = res.text;
      const title = 'Giấy chứng nhận Giải Nhất Tuần 1 — Tìm hiểu Bộ luật Lao động 2019';
      expect(html).toContain(`<title>${title}</title>`);
      expect(metaContent(html, 'property', 'og:title')).toBe(title);
      expect(metaContent(html, 'name', 'description')).toContain(`Giấy chứng nhận số ${code}`);
      expect(metaContent(html, 'property', 'og:description')).toContain('hợp lệ');
      expect(metaContent(html, 'property', 'og:url')).toBe(`${PUBLIC}/chung-nhan/${code}`);
      expect(html).not.toContain('Ngọc Hân');
      expect(html).not.toContain('ngoc.han@example.vn');
      const image = metaContent(html, 'property', 'og:image');
      expect(image).toMatch(
        new RegExp(`^${PUBLIC}/api/share-images/certificate/${code}\\.png\\?v=[0-9a-f]{12}$`),
      );
      const png = await binary(
        request(t.baseUrl).get(image!.slice(PUBLIC.length)).set('User-Agent', ua),
      ).expect(200);
      expect(png.headers['content-type']).toBe('image/png');
      expect(pngSize(png.body as Buffer)).toEqual({ width: 1200, height: 630 });
    },
  );

  it('says a revoked certificate is revoked, and an unknown code gets no preview', async () => {
    await t.dataSource.query(
      `UPDATE attempts SET disqualified_at = now(), disqualified_reason = 'Thi hộ' WHERE id = (SELECT attempt_id FROM certificates WHERE code = $1)`,
      [code],
    );
    const res = await request(t.baseUrl)
      .get(`/chung-nhan/${code}`)
      .set('User-Agent', FACEBOOK)
      .set('Accept', '*/*')
      .expect(200);
    expect(metaContent(res.text, 'property', 'og:title')).toBe(
      'Giấy chứng nhận đã bị thu hồi — Tìm hiểu Bộ luật Lao động 2019',
    );
    expect(metaContent(res.text, 'property', 'og:description')).not.toContain('hợp lệ');
    const unknown = await request(t.baseUrl)
      .get('/chung-nhan/ABCD-EFGH-JKMN')
      .set('User-Agent', FACEBOOK)
      .set('Accept', '*/*')
      .expect(200);
    expect(unknown.text).not.toContain('og:image');
  });

  it('gives the organizer a plain poster link that works without the token, for this contest only', async () => {
    const kit = await request(t.baseUrl)
      .get(`/api/contests/${contest.id}/share-kit`)
      .set(organizer.auth)
      .expect(200);
    const url: string = kit.body.posterDownloadUrl;
    expect(url).toMatch(
      new RegExp(
        `^${PUBLIC}/api/contests/${contest.id}/poster-download\\.pdf\\?token=\\d+\\.[\\w-]{43}$`,
      ),
    );
    const path = url.slice(PUBLIC.length);
    const res = await binary(request(t.baseUrl).get(path)).expect(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ap-phich-/);
    const pdf = res.body as Buffer;
    expect((await pdfText(pdf)).replace(/\s+/g, ' ')).toContain('Tìm hiểu Bộ luật Lao động 2019');
    const shortCode = kit.body.shortCode as string;
    expect(await pdfQrCode(pdf)).toBe(`${PUBLIC}/c/${shortCode}`);

    // The token opens this contest's poster only, and not once altered or expired.
    const token = new URL(url).searchParams.get('token')!;
    const otherBank = await createBank(t, organizer, 3);
    const other = await createPublishedContest(t, organizer, otherBank.id, {
      questionCount: 3,
      drawRules: [{ bankId: otherBank.id, count: 3 }],
    });
    await request(t.baseUrl)
      .get(`/api/contests/${other.id}/poster-download.pdf?token=${token}`)
      .expect(404);
    const [exp, sig] = token.split('.');
    await request(t.baseUrl)
      .get(`/api/contests/${contest.id}/poster-download.pdf?token=${Number(exp) + 60}.${sig}`)
      .expect(404);
    await request(t.baseUrl)
      .get(
        `/api/contests/${contest.id}/poster-download.pdf?token=${Math.floor(Date.now() / 1000) - 1}.${sig}`,
      )
      .expect(404);
    await request(t.baseUrl).get(`/api/contests/${contest.id}/poster-download.pdf`).expect(404);
  });
});
