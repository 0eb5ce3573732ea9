import type { Browser, Page } from 'playwright-core';
import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser } from '../helpers/users';
import { ensureWebBuild, launchChromium, recordProblems, screenshot } from './browser';
import { submitThroughApi } from './seed';

jest.setTimeout(180_000);

describe('projector view of the live board (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let roundId: string;
  let slug: string;

  beforeAll(async () => {
    ensureWebBuild();
    t = await createTestApp();
    const organizer = await createUser(t, { roles: ['organizer'] });
    const bank = await createBank(t, organizer, 8);
    const contest = await createPublishedContest(t, organizer, bank.id, {
      title: 'Sử dụng điện an toàn, tiết kiệm, hiệu quả',
      questionCount: 5,
      drawRules: [{ bankId: bank.id, count: 5 }],
    });
    roundId = contest.roundIds[0];
    slug = contest.body.slug as string;
    browser = await launchChromium();
    const context = await browser.newContext({
      baseURL: t.baseUrl,
      viewport: { width: 1280, height: 720 },
      locale: 'vi-VN',
    });
    page = await context.newPage();
    problems = recordProblems(page);
  });

  afterAll(async () => {
    if (problems.length) process.stderr.write(`browser problems:\n${problems.join('\n')}\n`);
    await browser?.close();
    await t?.close();
  });

  it('shows the public board without signing in and updates it when participants submit', async () => {
    await page.goto(`/man-hinh/${roundId}?cuoc-thi=${slug}`);
    await page
      .getByRole('heading', { name: /Sử dụng điện an toàn, tiết kiệm, hiệu quả — Tuần 1/ })
      .waitFor();
    await page.getByText('Chưa có ai nộp bài.').waitFor();
    await page.locator('.live--live').waitFor({ timeout: 15_000 }); // the socket, not polling

    await submitThroughApi(t, roundId, { fullName: 'Trần Văn Bình', wrong: 1 });
    const board = page.getByTestId('leaderboard');
    await board.getByText('Trần Văn Bình').waitFor({ timeout: 10_000 });

    await submitThroughApi(t, roundId, { fullName: 'Lê Thị Cúc', wrong: 0 });
    await board.getByText('Lê Thị Cúc').waitFor({ timeout: 10_000 });
    const names = await board.locator('.board__name').allTextContents();
    expect(names).toEqual(['Lê Thị Cúc', 'Trần Văn Bình']);
    await page.getByTestId('projector-counts').filter({ hasText: '2 người tham gia' }).waitFor();
    await screenshot(page, 'projector');
  });
});
