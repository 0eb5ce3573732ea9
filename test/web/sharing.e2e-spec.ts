import * as fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import { takeAttempt } from '../helpers/leaderboard-fixtures';
import { pdfQrCode, pdfText, pngQrCode } from '../helpers/pdf-reader';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser, type TestUser } from '../helpers/users';
import {
  ensureWebBuild,
  laptopContext,
  launchChromium,
  phoneContext,
  recordProblems,
  screenshot,
} from './browser';

jest.setTimeout(240_000);

/** What the links printed and shared say (PUBLIC_URL); the browser itself talks to baseUrl. */
const PUBLIC = 'https://thi.example.vn';
const BROWSER_UA =
  'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';

/**
 * Replaces the clipboard (what the page copies is recorded) and, when `share` is true, gives the
 * page a `navigator.share` that records what it is asked to share; when false there is none.
 * Runs in the page, compiled without DOM types.
 */
async function stubSharing(context: BrowserContext, share: boolean): Promise<void> {
  await context.addInitScript((withShare: boolean) => {
    const w = globalThis as unknown as Record<string, unknown> & { navigator: object };
    const copied: string[] = [];
    const shared: unknown[] = [];
    w.__copied = copied;
    w.__shared = shared;
    Object.defineProperty(w.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    });
    const proto = Object.getPrototypeOf(w.navigator) as Record<string, unknown>;
    delete proto.share;
    if (withShare) {
      Object.defineProperty(w.navigator, 'share', {
        configurable: true,
        value: (data: unknown) => (shared.push(data), Promise.resolve()),
      });
    }
  }, share);
}

const recorded = (page: Page, name: '__copied' | '__shared') =>
  page.evaluate((n) => (globalThis as unknown as Record<string, unknown>)[n], name) as Promise<
    unknown[]
  >;

async function signIn(page: Page, user: TestUser, next: string): Promise<void> {
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail hoặc số điện thoại').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

describe('sharing in the web app (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let organizer: TestUser;
  let mai: TestUser;
  let contest: { id: string; roundIds: string[]; body: Record<string, unknown> };
  let slug: string;
  let shortCode: string;
  let attemptId: string;

  beforeAll(async () => {
    ensureWebBuild();
    t = await createTestApp({ PUBLIC_URL: PUBLIC, RUN_WORKERS: 'false' });
    organizer = await createUser(t, { roles: ['organizer'] });
    mai = await createUser(t, { fullName: 'Nguyễn Thị Mai', email: 'mai.nguyen@example.vn' });
    const bank = await createBank(t, organizer, 10);
    contest = await createPublishedContest(t, organizer, bank.id, {
      title: 'Tìm hiểu lịch sử Công đoàn Việt Nam',
      theme: 'Lịch sử Công đoàn',
      rules: 'Mỗi tuần thi gồm 10 câu hỏi trắc nghiệm.\nLượt thi có kết quả cao nhất được tính.',
      prediction: { enabled: false, prompt: '' },
    });
    slug = contest.body.slug as string;
    shortCode = (await request(t.baseUrl).get(`/api/contests/${contest.id}`).expect(200)).body
      .shortCode;
    attemptId = (await takeAttempt(t, mai, contest.roundIds[0], 8)).attemptId;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('shares a result by choice from the result page: Facebook link, copy link, Zalo (copy, then zalo.me), withdraw', async () => {
    const context = await phoneContext(browser, t.baseUrl);
    await stubSharing(context, false);
    await context.route('https://zalo.me/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Zalo</title>' }),
    );
    const page = await context.newPage();
    const problems = recordProblems(page);
    await signIn(page, mai, `/luot-thi/${attemptId}/ket-qua`);
    await page.getByRole('heading', { name: 'Kết quả lượt thi' }).waitFor();

    // Nothing is public until the person chooses.
    expect(await t.dataSource.query('SELECT 1 FROM result_shares')).toHaveLength(0);
    await page.getByRole('button', { name: 'Tạo trang chia sẻ kết quả' }).click();
    const sheet = page.getByTestId('share-sheet');
    await sheet.waitFor();
    const [{ code }] = await t.dataSource.query<Array<{ code: string }>>(
      'SELECT code FROM result_shares WHERE attempt_id = $1',
      [attemptId],
    );
    const url = `${PUBLIC}/thanh-tich/${code}`;

    // No navigator.share here: no "Chia sẻ…" button, plain links instead.
    expect(await sheet.getByRole('button', { name: 'Chia sẻ…' }).count()).toBe(0);
    expect(await sheet.getByRole('link', { name: 'Facebook' }).getAttribute('href')).toBe(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(`${url}?src=facebook`)}`,
    );
    await sheet.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await sheet.getByText('Đã sao chép liên kết').waitFor();
    expect(await recorded(page, '__copied')).toEqual([`${url}?src=lien-ket`]);

    const zalo = sheet.getByRole('link', { name: 'Zalo' });
    expect(await zalo.getAttribute('href')).toBe('https://zalo.me/');
    const [popup] = await Promise.all([page.waitForEvent('popup'), zalo.click()]);
    await popup.close();
    await sheet.getByText('dán vào cuộc trò chuyện Zalo').waitFor();
    const copied = await recorded(page, '__copied');
    expect(copied[1]).toContain('Tìm hiểu lịch sử Công đoàn Việt Nam');
    expect(copied[1]).toContain(`${url}?src=zalo`);
    await screenshot(page, 'share-result-360', true);
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(360);

    // The shared page: first name, score, rank; a way in for whoever opens it.
    await page.goto(`/thanh-tich/${code}`);
    await page.getByRole('heading', { name: 'Mai đạt 8/10 điểm' }).waitFor();
    await page.getByText('Hạng 1').waitFor();
    expect(await page.locator('body').innerText()).not.toContain('Nguyễn');
    await page.getByRole('link', { name: 'Thử sức ngay' }).click();
    await page.waitForURL(`**/cuoc-thi/${slug}?src=thanh-tich`);
    await page.getByRole('heading', { name: 'Tìm hiểu lịch sử Công đoàn Việt Nam' }).waitFor();

    // Withdrawn: the page is gone.
    await page.goto(`/luot-thi/${attemptId}/ket-qua`);
    await page.getByRole('button', { name: 'Ngừng chia sẻ' }).click();
    await page.getByText('Đã ngừng chia sẻ').waitFor();
    await page.goto(`/thanh-tich/${code}`);
    await page.getByText('Không tìm thấy kết quả này').waitFor();
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
    await context.close();
  });

  it("uses the phone's own share sheet when there is one, with the short link and its source", async () => {
    const context = await phoneContext(browser, t.baseUrl);
    await stubSharing(context, true);
    const page = await context.newPage();
    await page.goto(`/cuoc-thi/${slug}`);
    const sheet = page.getByTestId('share-sheet');
    await sheet.getByRole('heading', { name: 'Mời bạn bè cùng thi' }).waitFor();
    await sheet.getByRole('button', { name: 'Chia sẻ…' }).click();
    await sheet.getByRole('link', { name: 'Zalo' }).click(); // the phone's sheet lists Zalo
    await page.waitForFunction(
      () => ((globalThis as unknown as { __shared: unknown[] }).__shared ?? []).length === 2,
    );
    const shared = (await recorded(page, '__shared')) as Array<{ url: string; title: string }>;
    expect(shared.map((s) => s.url)).toEqual([
      `${t.baseUrl}/c/${shortCode}?src=chia-se`,
      `${t.baseUrl}/c/${shortCode}?src=zalo`,
    ]);
    expect(shared[0].title).toBe('Tìm hiểu lịch sử Công đoàn Việt Nam');
    expect(page.url()).toBe(`${t.baseUrl}/cuoc-thi/${slug}`); // no navigation, no popup

    // The short link leads back here with its source.
    await page.goto(shared[0].url.slice(t.baseUrl.length));
    await page.waitForURL(`**/cuoc-thi/${slug}?src=chia-se`);
    await context.close();
  });

  it('remembers ?src= across sign-in and counts the person for that channel', async () => {
    const lan = await createUser(t, { fullName: 'Trần Thị Lan' });
    const context = await phoneContext(browser, t.baseUrl);
    const page = await context.newPage();
    await page.goto(`/c/${shortCode}/1?src=zalo-oa`);
    await page.waitForURL(`**/cuoc-thi/${slug}/vong/${contest.roundIds[0]}?src=zalo-oa`);
    await page.getByRole('button', { name: 'Đăng nhập để dự thi' }).first().click();
    await page.getByLabel('E-mail hoặc số điện thoại').fill(lan.email);
    await page.getByLabel('Mật khẩu').fill(lan.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Vào thi' }).first().waitFor();
    const sourceOf = () =>
      t.dataSource.query<Array<{ source: string }>>(
        'SELECT source FROM contest_participant_sources WHERE contest_id = $1 AND user_id = $2',
        [contest.id, lan.id],
      );
    for (let i = 0; i < 50 && (await sourceOf()).length === 0; i++) {
      await page.waitForTimeout(100);
    }
    expect(await sourceOf()).toEqual([{ source: 'zalo-oa' }]);

    // While a round is still to come, the page offers the reminder e-mail.
    await page.getByLabel('Gửi e-mail cho tôi khi tuần thi tiếp theo mở').check();
    await page.getByText('Bạn sẽ nhận e-mail khi tuần thi tiếp theo mở.').waitFor();
    await request(t.baseUrl)
      .get(`/api/contests/${contest.id}/reminder`)
      .set(lan.auth)
      .expect(200, { subscribed: true });
    await context.close();
  });

  it("gives the organizer the send-out panel: links per channel, QR and poster as plain downloads, announcement, embed code, and the channels' counts", async () => {
    for (const src of ['zalo', 'zalo', 'facebook']) {
      await request(t.baseUrl)
        .get(`/cuoc-thi/${slug}?src=${src}`)
        .set('User-Agent', BROWSER_UA)
        .set('Accept', 'text/html')
        .expect(200);
    }
    const context = await laptopContext(browser, t.baseUrl);
    const page = await context.newPage();
    await signIn(page, organizer, `/quan-tri/cuoc-thi/${contest.id}/gui-di`);
    const panel = page.getByTestId('send-out');
    await panel.getByRole('heading', { name: 'Gửi cuộc thi đi' }).waitFor();
    for (const channel of ['zalo', 'facebook', 'website']) {
      expect(await panel.getByTestId(`channel-${channel}`).locator('code').innerText()).toBe(
        `${PUBLIC}/c/${shortCode}?src=${channel}`,
      );
    }
    expect(await panel.locator('textarea').first().inputValue()).toContain(
      `${PUBLIC}/c/${shortCode}?src=zalo`,
    );
    expect(await panel.locator('textarea').nth(1).inputValue()).toBe(
      `<script src="${PUBLIC}/nhung/nhung.js" data-hoithi-contest="${slug}" async></script>`,
    );

    // Downloads are plain links (no blob:, no token header): the browser fetches them itself.
    const poster = panel.getByRole('link', { name: 'Tải áp phích (PDF)' });
    const posterHref = (await poster.getAttribute('href'))!;
    expect(posterHref).toMatch(/^\/api\/contests\/[0-9a-f-]{36}\/poster-download\.pdf\?token=/);
    const [posterDownload] = await Promise.all([page.waitForEvent('download'), poster.click()]);
    const pdf = fs.readFileSync(await posterDownload.path());
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Tìm hiểu lịch sử Công đoàn Việt Nam');
    expect(text).toContain(`thi.example.vn/c/${shortCode}`);
    expect(await pdfQrCode(pdf)).toBe(`${PUBLIC}/c/${shortCode}`);

    const qr = panel.getByRole('link', { name: 'Tải mã QR (PNG)' });
    expect(await qr.getAttribute('href')).toBe(`/api/contests/${contest.id}/qr.png`);
    const [qrDownload] = await Promise.all([page.waitForEvent('download'), qr.click()]);
    expect(pngQrCode(fs.readFileSync(await qrDownload.path()))).toBe(`${PUBLIC}/c/${shortCode}`);
    for (const href of await page
      .locator('a[href]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href.startsWith('blob:')).toBe(false);
    }

    // The channels' counts, as the API gives them.
    const api = await request(t.baseUrl)
      .get(`/api/contests/${contest.id}/sources`)
      .set(organizer.auth)
      .expect(200);
    const sources = page.getByTestId('sources');
    const items = api.body.items as Array<{
      source: string;
      visits: number;
      people: number;
      participants: number;
    }>;
    expect(items.length).toBeGreaterThanOrEqual(3);
    for (const row of items) {
      const cells = await sources
        .getByRole('row', { name: new RegExp(`^${row.source} `) })
        .getByRole('cell')
        .allInnerTexts();
      expect(cells).toEqual([String(row.visits), String(row.people), String(row.participants)]);
    }
    expect(api.body.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ source: 'zalo', visits: 2 })]),
    );
    await screenshot(page, 'console-send-out', true);
    await context.close();
  });

  it('ends the publish step on the send-out panel', async () => {
    const bank = await createBank(t, organizer, 3);
    const draft = await request(t.baseUrl)
      .post('/api/contests')
      .set(organizer.auth)
      .send({
        ...contest.body,
        title: 'Tìm hiểu Luật Công đoàn 2024',
        slug: `luat-cong-doan-${Date.now()}`,
        questionCount: 3,
        drawRules: [{ bankId: bank.id, count: 3 }],
      })
      .expect(201);
    const context = await laptopContext(browser, t.baseUrl);
    const page = await context.newPage();
    await signIn(page, organizer, `/quan-tri/cuoc-thi/${draft.body.id}`);
    await page.getByRole('button', { name: 'Kiểm tra và công bố' }).click();
    await page.getByText('Đã công bố cuộc thi.').waitFor();
    const panel = page.getByTestId('send-out');
    await panel.getByRole('heading', { name: 'Gửi cuộc thi đi' }).waitFor();
    expect(await panel.getByTestId('channel-zalo').locator('code').innerText()).toBe(
      `${PUBLIC}/c/${draft.body.shortCode}?src=zalo`,
    );
    await panel.getByRole('link', { name: 'Tải áp phích (PDF)' }).waitFor();
    await context.close();
  });
});
