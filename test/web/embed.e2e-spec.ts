import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import { takeAttempt } from '../helpers/leaderboard-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser } from '../helpers/users';
import { ensureWebBuild, laptopContext, launchChromium, screenshot } from './browser';

jest.setTimeout(180_000);

/**
 * The widget on the federation's website (docs/sharing.md, "Embedding"): a page on another
 * origin pastes the one-line loader. An origin in EMBED_ORIGINS shows the contest; any other
 * origin is refused by `frame-ancestors`.
 */
interface HostSite {
  server: http.Server;
  origin: string;
}

/** A website of its own (its own origin) whose page carries the embed line. */
function hostSite(hostname: string, page: () => string): Promise<HostSite> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(page());
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://${hostname}:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

describe('the embeddable widget on other websites (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let portal: HostSite;
  let stranger: HostSite;
  let slug = '';

  const hostPage = () => `<!doctype html><html lang="vi"><head><meta charset="utf-8" />
<title>Liên đoàn Lao động tỉnh Trà Vinh</title></head>
<body><h1>Trang thông tin điện tử Liên đoàn Lao động tỉnh Trà Vinh</h1>
<p>Hưởng ứng cuộc thi trực tuyến:</p>
<script src="${t.baseUrl}/nhung/nhung.js" data-hoithi-contest="${slug}" async></script>
<p id="after">Tin tức khác</p></body></html>`;

  beforeAll(async () => {
    ensureWebBuild();
    // `localhost` and `127.0.0.1` on other ports: two origins, neither the app's.
    portal = await hostSite('localhost', hostPage);
    stranger = await hostSite('127.0.0.1', hostPage);
    t = await createTestApp({ EMBED_ORIGINS: portal.origin, RUN_WORKERS: 'false' });
    const organizer = await createUser(t, { roles: ['organizer'] });
    const bank = await createBank(t, organizer, 10);
    const contest = await createPublishedContest(t, organizer, bank.id, {
      title: 'Tìm hiểu lịch sử Công đoàn Việt Nam',
      prediction: { enabled: false, prompt: '' },
    });
    slug = contest.body.slug as string;
    await takeAttempt(t, await createUser(t, { fullName: 'Lê Văn Bình' }), contest.roundIds[0], 9);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    portal?.server.close();
    stranger?.server.close();
  });

  async function open(site: HostSite): Promise<{ page: Page; refusals: string[] }> {
    const context = await laptopContext(browser, site.origin);
    const page = await context.newPage();
    const refusals: string[] = [];
    page.on('console', (msg) => {
      if (/frame-ancestors/.test(msg.text())) refusals.push(msg.text());
    });
    await page.goto('/');
    await page.locator('iframe').waitFor({ state: 'attached' });
    return { page, refusals };
  }

  it('shows the contest, the open round with "Vào thi" and the live board on an allowed site, sized to fit', async () => {
    const { page, refusals } = await open(portal);
    const frame = page.frameLocator('iframe');
    await frame.getByRole('heading', { name: 'Tìm hiểu lịch sử Công đoàn Việt Nam' }).waitFor();
    const go = frame.getByRole('link', { name: 'Vào thi' });
    expect(await go.getAttribute('href')).toMatch(new RegExp(`/cuoc-thi/${slug}\\?src=website$`));
    expect(await go.getAttribute('target')).toBe('_blank');
    await frame.getByText('Lê Văn Bình').waitFor();
    // The loader follows the height the widget reports (from its own frame only).
    await page.waitForFunction(() => {
      const doc = (globalThis as unknown as { document: { querySelector(s: string): unknown } })
        .document;
      const f = doc.querySelector('iframe') as { style: { height: string } } | null;
      return !!f && /^\d+px$/.test(f.style.height);
    });
    const src = await page.locator('iframe').getAttribute('src');
    expect(src).toBe(`${t.baseUrl}/nhung/cuoc-thi/${slug}`);
    expect(refusals).toEqual([]);
    await screenshot(page, 'embed-allowed');
    await page.context().close();
  });

  it('is refused by frame-ancestors on a site that is not in EMBED_ORIGINS', async () => {
    const { page, refusals } = await open(stranger);
    for (let i = 0; i < 100 && refusals.length === 0; i++) await page.waitForTimeout(100);
    expect(refusals.join('\n')).toContain(`frame-ancestors ${portal.origin}`);
    // Nothing of the contest is shown in the frame, and it never reports a height.
    const child = page.frames().find((f) => f !== page.mainFrame());
    expect(child).toBeDefined();
    expect(await page.frameLocator('iframe').getByRole('link', { name: 'Vào thi' }).count()).toBe(
      0,
    );
    expect(
      await page
        .locator('iframe')
        .evaluate((f) => (f as unknown as { style: { height: string } }).style.height),
    ).toBe('');
    await screenshot(page, 'embed-refused');
    await page.context().close();
  });
});
