import { normalizeShortCode, RemindersService } from '@app/sharing';
import request from 'supertest';
import { createBank, createPublishedContest } from './helpers/contest-fixtures';
import { pdfQrCode, pdfText, pngQrCode } from './helpers/pdf-reader';
import { takeAttempt } from './helpers/leaderboard-fixtures';
import { createTestApp, createTestAppOn, type TestApp } from './helpers/test-app';
import { createUser, type TestUser } from './helpers/users';

jest.setTimeout(90_000);

const PUBLIC = 'https://thi.example.vn';
const PORTAL = 'https://portal.congdoan-travinh.vn';
const FACEBOOK = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)';
const ZALO =
  'Mozilla/5.0 (Linux; Android 12; SM-A525F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12100663 ZaloTheme/light ZaloLanguage/vi';
const BROWSER =
  'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';

function metaContent(html: string, attr: 'property' | 'name', key: string): string | null {
  const m = html.match(new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`));
  return m ? m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"') : null;
}

/** Width and height from a PNG's IHDR chunk (null when it is not a PNG). */
function pngSize(buf: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!buf.subarray(0, 8).equals(signature) || buf.toString('ascii', 12, 16) !== 'IHDR')
    return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe('sharing and public pages', () => {
  let t: TestApp;
  let organizer: TestUser;
  let mai: TestUser;
  let contest: { id: string; roundIds: string[]; body: Record<string, unknown> };
  let shortCode: string;
  let slug: string;

  beforeAll(async () => {
    t = await createTestApp({
      PUBLIC_URL: PUBLIC,
      EMBED_ORIGINS: `${PORTAL}, https://www.congdoan.vn`,
      RUN_WORKERS: 'false',
    });
    organizer = await createUser(t, { roles: ['organizer'] });
    mai = await createUser(t, { fullName: 'Nguyễn Thị Mai', email: 'mai.nguyen@example.vn' });
    const bank = await createBank(t, organizer, 10);
    contest = await createPublishedContest(t, organizer, bank.id, {
      title: 'Tìm hiểu lịch sử Công đoàn Việt Nam',
      theme: 'Lịch sử Công đoàn',
      description: 'Cuộc thi dành cho đoàn viên & người lao động',
      attemptsPerRound: 2,
      prediction: { enabled: false, prompt: '' },
    });
    slug = contest.body.slug as string;
    const got = await request(t.baseUrl).get(`/api/contests/${contest.id}`).expect(200);
    shortCode = got.body.shortCode;
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('link previews', () => {
    let shareCode: string;

    beforeAll(async () => {
      const { attemptId } = await takeAttempt(t, mai, contest.roundIds[0], 8);
      const share = await request(t.baseUrl)
        .post(`/api/attempts/${attemptId}/share`)
        .set(mai.auth)
        .expect(201);
      shareCode = share.body.code;
      expect(share.body.url).toBe(`${PUBLIC}/thanh-tich/${shareCode}`);
    });

    const pages = () => [
      {
        path: `/cuoc-thi/${slug}`,
        title: 'Tìm hiểu lịch sử Công đoàn Việt Nam — Cuộc thi trực tuyến',
        description: 'Cuộc thi dành cho đoàn viên & người lao động',
      },
      {
        path: `/cuoc-thi/${slug}/vong/${contest.roundIds[0]}`,
        title: 'Tuần 1 — Tìm hiểu lịch sử Công đoàn Việt Nam',
        description: 'Mở từ ',
      },
      {
        path: `/bang-xep-hang/${contest.roundIds[0]}`,
        title: 'Bảng xếp hạng Tuần 1 — Tìm hiểu lịch sử Công đoàn Việt Nam',
        description: 'Bảng xếp hạng trực tiếp Tuần 1',
      },
      {
        path: `/ket-qua/${contest.roundIds[0]}`,
        title: 'Kết quả Tuần 1 — Tìm hiểu lịch sử Công đoàn Việt Nam',
        description: 'Kết quả được công bố sau khi ban giám khảo chấm xong',
      },
      {
        path: `/thanh-tich/${shareCode}`,
        title: 'Mai: đạt 8/10 — hạng 1 — Tìm hiểu lịch sử Công đoàn Việt Nam',
        description: 'Mai đạt 8/10 điểm ở Tuần 1',
      },
    ];

    it.each([
      ['facebookexternalhit', FACEBOOK],
      ['Zalo', ZALO],
    ])(
      'gives a %s crawler (no JS, Accept */*) the title, description and a 1200×630 PNG of each page',
      async (_name, ua) => {
        for (const page of pages()) {
          const res = await request(t.baseUrl)
            .get(page.path)
            .set('User-Agent', ua)
            .set('Accept', '*/*')
            .expect(200);
          expect(res.headers['content-type']).toMatch(/^text\/html/);
          const html = res.text;
          expect(html).toContain(`<title>${page.title.replace(/&/g, '&amp;')}</title>`);
          expect(metaContent(html, 'property', 'og:title')).toBe(page.title);
          expect(metaContent(html, 'name', 'description')).toContain(page.description);
          expect(metaContent(html, 'property', 'og:description')).toContain(page.description);
          expect(metaContent(html, 'property', 'og:url')).toBe(`${PUBLIC}${page.path}`);
          expect(metaContent(html, 'name', 'twitter:card')).toBe('summary_large_image');
          expect(html).not.toContain('mai.nguyen@example.vn');
          expect(html).not.toContain('Nguyễn Thị');
          const image = metaContent(html, 'property', 'og:image');
          expect(image).toMatch(
            new RegExp(`^${PUBLIC}/api/share-images/.+\\.png\\?v=[0-9a-f]{12}$`),
          );
          const png = await request(t.baseUrl)
            .get(image!.slice(PUBLIC.length))
            .set('User-Agent', ua)
            .set('Accept', '*/*')
            .buffer(true)
            .parse((r, cb) => {
              const chunks: Buffer[] = [];
              r.on('data', (c: Buffer) => chunks.push(c));
              r.on('end', () => cb(null, Buffer.concat(chunks)));
            })
            .expect(200);
          expect(png.headers['content-type']).toBe('image/png');
          expect(png.headers['cache-control']).toBe('public, max-age=31536000, immutable');
          expect(pngSize(png.body as Buffer)).toEqual({ width: 1200, height: 630 });
        }
      },
    );

    it('changes the image URL after an edit (so Zalo and Facebook fetch it again)', async () => {
      const before = metaContent(
        (await request(t.baseUrl).get(`/cuoc-thi/${slug}`).set('Accept', '*/*')).text,
        'property',
        'og:image',
      );
      await request(t.baseUrl)
        .patch(`/api/contests/${contest.id}`)
        .set(organizer.auth)
        .send({ theme: 'Lịch sử 95 năm Công đoàn Việt Nam' })
        .expect(200);
      const after = metaContent(
        (await request(t.baseUrl).get(`/cuoc-thi/${slug}`).set('Accept', '*/*')).text,
        'property',
        'og:image',
      );
      expect(after).not.toBe(before);
      // The old URL still answers (with the new picture), but is no longer cached for a year.
      const old = await request(t.baseUrl).get(before!.slice(PUBLIC.length)).expect(200);
      expect(old.headers['cache-control']).toBe('public, max-age=300');
    });

    it('answers unknown pages with the app (which says not found) and no preview', async () => {
      const res = await request(t.baseUrl)
        .get('/cuoc-thi/khong-co-cuoc-thi-nay')
        .set('Accept', '*/*')
        .expect(200);
      expect(res.text).toContain('<div id="root">');
      expect(res.text).not.toContain('og:image');
    });

    it('shows only the first name, and a withdrawn share disappears', async () => {
      const shared = await request(t.baseUrl).get(`/api/shared-results/${shareCode}`).expect(200);
      expect(shared.body).toEqual(
        expect.objectContaining({ firstName: 'Mai', score: 8, maxScore: 10, rank: 1 }),
      );
      expect(JSON.stringify(shared.body)).not.toMatch(/Nguyễn|mai\.nguyen|userId/);
      const attemptId = (
        await t.dataSource.query(`SELECT attempt_id FROM result_shares WHERE code = $1`, [
          shareCode,
        ])
      )[0].attempt_id as string;
      const other = await createUser(t);
      await request(t.baseUrl).post(`/api/attempts/${attemptId}/share`).set(other.auth).expect(404);
      await request(t.baseUrl).delete(`/api/attempts/${attemptId}/share`).set(mai.auth).expect(204);
      await request(t.baseUrl).get(`/api/shared-results/${shareCode}`).expect(404);
      const gone = await request(t.baseUrl).get(`/thanh-tich/${shareCode}`).set('Accept', '*/*');
      expect(gone.text).not.toContain('og:image');
    });
  });

  describe('short links and sources', () => {
    it('gives every contest a code the database makes by the same rule', async () => {
      expect(normalizeShortCode(shortCode)).toBe(shortCode);
      expect(shortCode).toHaveLength(7);
      const rows: Array<{ code: string }> = await t.dataSource.query(
        `SELECT hoithi_short_code() AS code FROM generate_series(1, 500)`,
      );
      for (const { code } of rows) expect(normalizeShortCode(code)).toBe(code);
    });

    it('redirects /c/<code> to the contest keeping ?src=, in any case, and a round by number', async () => {
      const res = await request(t.baseUrl).get(`/c/${shortCode}?src=zalo-oa`).expect(302);
      expect(res.headers.location).toBe(`/cuoc-thi/${slug}?src=zalo-oa`);
      const upper = await request(t.baseUrl).get(`/c/${shortCode.toUpperCase()}`).expect(302);
      expect(upper.headers.location).toBe(`/cuoc-thi/${slug}`);
      const round = await request(t.baseUrl).get(`/c/${shortCode}/2?src=facebook`).expect(302);
      expect(round.headers.location).toBe(
        `/cuoc-thi/${slug}/vong/${contest.roundIds[1]}?src=facebook`,
      );
      await request(t.baseUrl).get('/c/zzzzzzz').set('Accept', '*/*').expect(404);
      await request(t.baseUrl).get(`/c/${shortCode}/9`).set('Accept', '*/*').expect(404);
    });

    it('refuses the short link of a draft', async () => {
      const bank = await createBank(t, organizer, 3);
      const draft = await request(t.baseUrl)
        .post('/api/contests')
        .set(organizer.auth)
        .send({
          ...(contest.body as object),
          slug: `nhap-${Date.now()}`,
          questionCount: 3,
          drawRules: [{ bankId: bank.id, count: 3 }],
        })
        .expect(201);
      expect(normalizeShortCode(draft.body.shortCode)).toBe(draft.body.shortCode);
      await request(t.baseUrl).get(`/c/${draft.body.shortCode}`).set('Accept', '*/*').expect(404);
    });

    it('counts visits and people per source in the dashboard', async () => {
      for (let i = 0; i < 2; i++) {
        await request(t.baseUrl)
          .get(`/cuoc-thi/${slug}?src=zalo-oa`)
          .set('User-Agent', BROWSER)
          .set('Accept', 'text/html')
          .expect(200);
      }
      await request(t.baseUrl).get(`/cuoc-thi/${slug}?src=website`).set('User-Agent', BROWSER);
      // Link-preview crawlers are not visitors.
      await request(t.baseUrl).get(`/cuoc-thi/${slug}?src=zalo-oa`).set('User-Agent', FACEBOOK);
      await request(t.baseUrl).get(`/cuoc-thi/${slug}?src=zalo-oa`).set('User-Agent', ZALO);

      const an = await createUser(t, { fullName: 'Trần Văn An' });
      const binh = await createUser(t, { fullName: 'Lê Thị Bình' });
      for (const [user, src] of [
        [an, 'zalo-oa'],
        [an, 'facebook'], // the first source stays
        [binh, 'zalo-oa'],
      ] as const) {
        await request(t.baseUrl)
          .post(`/api/contests/${contest.id}/source`)
          .set(user.auth)
          .send({ src })
          .expect(204);
      }
      await takeAttempt(t, an, contest.roundIds[0], 5);

      await request(t.baseUrl).get(`/api/contests/${contest.id}/sources`).set(mai.auth).expect(403);
      const res = await request(t.baseUrl)
        .get(`/api/contests/${contest.id}/sources`)
        .set(organizer.auth)
        .expect(200);
      expect(res.body.items).toEqual([
        { source: 'zalo-oa', visits: 2, people: 2, participants: 1 },
        { source: 'website', visits: 1, people: 0, participants: 0 },
      ]);
    });
  });

  describe('QR codes, poster and the send-out kit', () => {
    const binary = (r: request.Test) =>
      r.buffer(true).parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      });

    it('encodes the short link of the contest and of a round, publicly once published', async () => {
      const png = await binary(request(t.baseUrl).get(`/api/contests/${contest.id}/qr.png`)).expect(
        200,
      );
      expect(png.headers['content-type']).toBe('image/png');
      expect(pngQrCode(png.body as Buffer)).toBe(`${PUBLIC}/c/${shortCode}`);
      const round = await binary(
        request(t.baseUrl).get(`/api/contests/${contest.id}/qr.png?round=2`),
      ).expect(200);
      expect(pngQrCode(round.body as Buffer)).toBe(`${PUBLIC}/c/${shortCode}/2`);
      const svg = await request(t.baseUrl).get(`/api/contests/${contest.id}/qr.svg`).expect(200);
      expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
      expect(String(svg.body ?? svg.text)).toContain('<svg');
      await request(t.baseUrl).get(`/api/contests/${contest.id}/qr.png?round=9`).expect(404);
    });

    it('gives organizers an A4 poster whose text reads back and whose QR scans to the short link', async () => {
      await request(t.baseUrl)
        .get(`/api/contests/${contest.id}/poster.pdf`)
        .set(mai.auth)
        .expect(403);
      const res = await binary(
        request(t.baseUrl).get(`/api/contests/${contest.id}/poster.pdf`).set(organizer.auth),
      ).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const pdf = res.body as Buffer;
      const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
      expect(text).toContain('Tìm hiểu lịch sử Công đoàn Việt Nam');
      expect(text).toMatch(/Từ \d\d\/\d\d\/\d{4} đến \d\d\/\d\d\/\d{4}/);
      expect(text).toContain('Thể lệ');
      expect(text).toContain(`thi.example.vn/c/${shortCode}`);
      expect(await pdfQrCode(pdf)).toBe(`${PUBLIC}/c/${shortCode}`);
    });

    it('gives the organizer the send-out kit: short link, QR, poster, announcement, embed code', async () => {
      await request(t.baseUrl)
        .get(`/api/contests/${contest.id}/share-kit`)
        .set(mai.auth)
        .expect(403);
      const kit = await request(t.baseUrl)
        .get(`/api/contests/${contest.id}/share-kit`)
        .set(organizer.auth)
        .expect(200);
      expect(kit.body).toEqual(
        expect.objectContaining({
          shortCode,
          shortUrl: `${PUBLIC}/c/${shortCode}`,
          qrPngUrl: `${PUBLIC}/api/contests/${contest.id}/qr.png`,
          posterUrl: `${PUBLIC}/api/contests/${contest.id}/poster.pdf`,
          embedCode: `<script src="${PUBLIC}/nhung/nhung.js" data-hoithi-contest="${slug}" async></script>`,
        }),
      );
      expect(kit.body.announcement).toContain('"Tìm hiểu lịch sử Công đoàn Việt Nam"');
      expect(kit.body.announcement).toContain(`${PUBLIC}/c/${shortCode}?src=zalo`);
    });
  });

  describe('embedding', () => {
    it('lets only EMBED_ORIGINS frame the widget; every other page refuses framing', async () => {
      const widget = await request(t.baseUrl).get(`/nhung/cuoc-thi/${slug}`).expect(200);
      expect(widget.headers['content-security-policy']).toContain(
        `frame-ancestors ${PORTAL} https://www.congdoan.vn`,
      );
      expect(widget.headers['x-frame-options']).toBeUndefined();
      expect(widget.text).toContain('Tìm hiểu lịch sử Công đoàn Việt Nam');
      expect(widget.text).toContain('Vào thi');
      expect(widget.text).toContain('Bảng xếp hạng — Tuần 1');

      const page = await request(t.baseUrl).get(`/cuoc-thi/${slug}`).set('Accept', 'text/html');
      expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      const api = await request(t.baseUrl).get('/api/health');
      expect(api.headers['content-security-policy']).toContain("frame-ancestors 'none'");

      const loader = await request(t.baseUrl).get('/nhung/nhung.js').expect(200);
      expect(loader.headers['content-type']).toMatch(/^text\/javascript/);
      expect(loader.text).toContain('/nhung/cuoc-thi/');
    });

    it('answers oEmbed for contest URLs and short links, 404 for others', async () => {
      const res = await request(t.baseUrl)
        .get('/api/oembed')
        .query({ url: `${PUBLIC}/cuoc-thi/${slug}`, maxwidth: 400 })
        .expect(200);
      expect(res.body).toEqual(
        expect.objectContaining({
          version: '1.0',
          type: 'rich',
          title: 'Tìm hiểu lịch sử Công đoàn Việt Nam',
          provider_name: 'HoiThi',
          width: 400,
        }),
      );
      expect(res.body.html).toContain(`src="${PUBLIC}/nhung/cuoc-thi/${slug}"`);
      await request(t.baseUrl)
        .get('/api/oembed')
        .query({ url: `${PUBLIC}/c/${shortCode}` })
        .expect(200);
      await request(t.baseUrl)
        .get('/api/oembed')
        .query({ url: `https://elsewhere.example/cuoc-thi/${slug}` })
        .expect(404);
      await request(t.baseUrl).get('/api/oembed').query({ url: 'not a url' }).expect(400);
      const page = await request(t.baseUrl).get(`/cuoc-thi/${slug}`).set('Accept', '*/*');
      expect(page.text).toContain('type="application/json+oembed"');
    });
  });

  describe('reminders', () => {
    it('mails each subscriber once when the next round opens, across instances, and the link unsubscribes', async () => {
      const other = await createTestAppOn(t.databaseUrl, {
        PUBLIC_URL: PUBLIC,
        RUN_WORKERS: 'false',
      });
      try {
        const an = await createUser(t, { fullName: 'Phạm Văn An' });
        await request(t.baseUrl)
          .put(`/api/contests/${contest.id}/reminder`)
          .set(an.auth)
          .expect(200, { subscribed: true });
        await request(t.baseUrl)
          .get(`/api/contests/${contest.id}/reminder`)
          .set(an.auth)
          .expect(200, { subscribed: true });

        const here = t.app.get(RemindersService);
        const there = other.app.get(RemindersService);
        // Round 1 was already open when An subscribed: nothing to send.
        expect(await here.runOnce()).toBe(0);

        // Round 2 opens.
        await t.dataSource.query(`UPDATE rounds SET opens_at = now() WHERE id = $1`, [
          contest.roundIds[1],
        ]);
        const [a, b] = await Promise.all([here.runOnce(), there.runOnce()]);
        expect(a + b).toBe(1);
        expect(await here.runOnce()).toBe(0);
        const mails: Array<{ subject: string; text_body: string; recipient: string }> =
          await t.dataSource.query(
            `SELECT subject, text_body, recipient FROM mail_outbox WHERE kind = 'round_open_reminder'`,
          );
        expect(mails).toHaveLength(1);
        expect(mails[0].recipient).toBe(an.email);
        expect(mails[0].subject).toBe('Tuần 2 đã mở - Tìm hiểu lịch sử Công đoàn Việt Nam');
        expect(mails[0].text_body).toContain(`${PUBLIC}/cuoc-thi/${slug}?src=email-nhac`);

        const link = mails[0].text_body.match(
          /https:\/\/thi\.example\.vn(\/api\/reminders\/unsubscribe\?token=[\w%-]+)/,
        );
        expect(link).not.toBeNull();
        const page = await request(t.baseUrl).get(link![1]).expect(200);
        expect(page.text).toContain('Hủy nhận thư nhắc');
        // Opening the page alone changes nothing (mail scanners follow links).
        await request(t.baseUrl)
          .get(`/api/contests/${contest.id}/reminder`)
          .set(an.auth)
          .expect(200, { subscribed: true });
        await request(t.baseUrl).post(link![1]).expect(200);
        await request(t.baseUrl)
          .get(`/api/contests/${contest.id}/reminder`)
          .set(an.auth)
          .expect(200, { subscribed: false });
        await request(t.baseUrl).get('/api/reminders/unsubscribe?token=nope').expect(404);
      } finally {
        await other.close();
      }
    });
  });
});
