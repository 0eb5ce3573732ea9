import type { Browser, Page } from 'playwright-core';
import request from 'supertest';
import { createPublishedContest } from '../helpers/contest-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser, type TestUser } from '../helpers/users';
import {
  ensureWebBuild,
  launchChromium,
  phoneContext,
  recordProblems,
  screenshot,
} from './browser';
import { seedUnionBank, UNION_QUESTIONS } from './seed';

jest.setTimeout(240_000);

/**
 * Zalo's in-app browser (Android WebView, "wv"), as a person who taps the contest's link in a
 * Zalo chat: 360 px wide, no popup windows, no downloads, and storage that can be wiped between
 * visits — the session comes back by signing in with the phone number (docs/sharing.md).
 */
const ZALO_UA =
  'Mozilla/5.0 (Linux; Android 10; SM-A205F Build/QP1A.190711.020; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12100663 ZaloTheme/light ZaloLanguage/vi';
const QUESTIONS = 4;

describe('the quiz inside Zalo on a 360 px phone (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: TestUser;
  let hoa: TestUser;
  let contest: { id: string; roundIds: string[]; body: Record<string, unknown> };
  let shortCode: string;

  beforeAll(async () => {
    ensureWebBuild();
    t = await createTestApp({ RUN_WORKERS: 'false' });
    admin = await createUser(t, { roles: ['admin'] });
    const organizer = await createUser(t, { roles: ['organizer'] });
    const bankId = await seedUnionBank(t, organizer);
    contest = await createPublishedContest(t, organizer, bankId, {
      title: 'Tìm hiểu lịch sử Công đoàn Việt Nam',
      questionCount: QUESTIONS,
      drawRules: [{ bankId, count: QUESTIONS }],
      prediction: { enabled: false, prompt: '' },
      prizes: { first: 1, second: 0, third: 0, consolation: 0, maxShareOfParticipants: 1 },
    });
    shortCode = (await request(t.baseUrl).get(`/api/contests/${contest.id}`).expect(200)).body
      .shortCode;
    hoa = await createUser(t, { fullName: 'Phạm Thị Hoa', phone: '+84987654321' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function answerRight(page: Page, n: number): Promise<void> {
    await page
      .locator('.question__number')
      .filter({ hasText: `Câu ${n}/${QUESTIONS}` })
      .waitFor();
    const prompt = (await page.locator('.question__prompt').textContent()) ?? '';
    const question = UNION_QUESTIONS.find((q) => q.prompt === prompt);
    if (!question) throw new Error(`unknown question on screen: ${prompt}`);
    await page
      .locator('label.option')
      .filter({
        has: page.locator('.option__text', { hasText: new RegExp(`^${question.correct}$`) }),
      })
      .click();
    await page.getByTestId(`save-state-${n}`).filter({ hasText: 'Đã lưu' }).waitFor();
  }

  async function signInByPhone(page: Page): Promise<void> {
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.getByLabel('E-mail hoặc số điện thoại').fill('0987 654 321');
    await page.getByLabel('Mật khẩu').fill(hoa.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  }

  const noSidewaysScroll = async (page: Page) =>
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

  it('takes the quiz from a Zalo link to the result, through wiped storage, without popups or downloads', async () => {
    const context = await phoneContext(browser, t.baseUrl, {
      userAgent: ZALO_UA,
      acceptDownloads: false,
    });
    const page = await context.newPage();
    const problems = recordProblems(page);
    const popups: string[] = [];
    const downloads: string[] = [];
    page.on('popup', (p) => popups.push(p.url()));
    page.on('download', (d) => downloads.push(d.url()));
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });

    // The link from the federation's Official Account.
    await page.goto(`/c/${shortCode}?src=zalo-oa`);
    await page.getByRole('heading', { name: 'Tìm hiểu lịch sử Công đoàn Việt Nam' }).waitFor();
    await noSidewaysScroll(page);
    await page.getByRole('button', { name: 'Đăng nhập để dự thi' }).first().click();
    await signInByPhone(page);
    await page.getByRole('button', { name: 'Vào thi' }).first().click();
    await page.waitForURL(/\/luot-thi\/[0-9a-f-]{36}$/);
    const attemptId = page.url().split('/').pop()!;
    await answerRight(page, 1);
    await page.getByRole('button', { name: /Câu tiếp/ }).click();
    await answerRight(page, 2);
    await noSidewaysScroll(page);
    await screenshot(page, 'zalo-quiz-360');

    // Zalo wipes the webview's storage; the person opens the link again.
    await context.clearCookies();
    await page.evaluate('localStorage.clear(); sessionStorage.clear()');
    await page.reload();
    await page.locator('a.btn--primary', { hasText: 'Đăng nhập' }).click();
    await signInByPhone(page);
    await page.waitForURL(new RegExp(`/luot-thi/${attemptId}$`));
    // A new device id came with the wiped storage: the attempt moves here (and it is logged).
    await page.getByRole('button', { name: 'Chuyển sang thiết bị này' }).click();
    await page.getByRole('button', { name: /Danh sách câu/ }).click();
    await page.getByRole('button', { name: 'Câu 1: Đã lưu' }).waitFor();
    await page.getByRole('button', { name: 'Câu 2: Đã lưu' }).waitFor();
    await page.getByRole('button', { name: 'Câu 3: Chưa trả lời' }).click();
    await answerRight(page, 3);
    await page.getByRole('button', { name: /Câu tiếp/ }).click();
    await answerRight(page, 4);

    await page.locator('.quiz__nav').getByRole('button', { name: 'Nộp bài' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nộp bài?' });
    await dialog.getByRole('button', { name: 'Nộp bài' }).click();
    await page.waitForURL(/\/ket-qua$/);
    await page
      .getByTestId('result-correct')
      .filter({ hasText: `${QUESTIONS}/${QUESTIONS}` })
      .waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'zalo-result-360', true);

    const [row] = await t.dataSource.query<Array<{ status: string; score: number }>>(
      'SELECT status, score FROM attempts WHERE id = $1',
      [attemptId],
    );
    expect(row.status).toBe('submitted');
    expect(Number(row.score)).toBe(QUESTIONS);
    expect(popups).toEqual([]);
    expect(downloads).toEqual([]);
    // The only refusals: the wiped session (401) and "your result is not shared" (404).
    expect(
      failed.filter((f) => !/^401 /.test(f) && f !== `404 /api/attempts/${attemptId}/share`),
    ).toEqual([]);
    expect(problems.filter((p) => !/status of 40[14]/.test(p))).toEqual([]);

    // The certificate's page offers "Mở bằng trình duyệt" next to its download.
    await t.dataSource.query(
      `UPDATE rounds SET opens_at = LEAST(opens_at, now() - interval '2 hours'), closes_at = now() - interval '1 second' WHERE id = $1`,
      [contest.roundIds[0]],
    );
    for (const step of ['compute', 'finalize']) {
      await request(t.baseUrl)
        .post(`/api/rounds/${contest.roundIds[0]}/results/${step}`)
        .set(admin.auth)
        .expect(200);
    }
    const link = await request(t.baseUrl)
      .get(`/api/attempts/${attemptId}/certificate/link`)
      .set(hoa.auth)
      .expect(200);
    await page.goto(`/chung-nhan/${link.body.code as string}`);
    await page.getByText('Giấy chứng nhận hợp lệ').waitFor();
    const hint = page.getByTestId('in-app-hint');
    await hint.getByText('Mở bằng trình duyệt').first().waitFor();
    expect(await hint.innerText()).toContain('Zalo');
    const intent = await hint
      .getByRole('link', { name: 'Mở bằng trình duyệt' })
      .getAttribute('href');
    expect(intent).toMatch(/^intent:\/\/127\.0\.0\.1:\d+\/chung-nhan\/[\w-]+#Intent;scheme=http;/);
    const pdf = await page
      .getByRole('link', { name: 'Tải giấy chứng nhận (PDF)' })
      .getAttribute('href');
    expect(pdf).toBe(`/api/certificates/${link.body.code as string}/pdf`);
    await noSidewaysScroll(page);
    await screenshot(page, 'zalo-certificate-360');
    await context.close();
  });

  it('shows no "Mở bằng trình duyệt" in an ordinary browser', async () => {
    const [{ code }] = await t.dataSource.query<Array<{ code: string }>>(
      'SELECT code FROM certificates LIMIT 1',
    );
    const context = await phoneContext(browser, t.baseUrl);
    const page = await context.newPage();
    await page.goto(`/chung-nhan/${code}`);
    await page.getByText('Giấy chứng nhận hợp lệ').waitFor();
    expect(await page.getByTestId('in-app-hint').count()).toBe(0);

    // The public results carry the share sheet too.
    await page.goto(`/ket-qua/${contest.roundIds[0]}`);
    const sheet = page.getByTestId('share-sheet');
    await sheet.getByRole('heading', { name: 'Chia sẻ kết quả' }).waitFor();
    expect(await sheet.getByRole('link', { name: 'Facebook' }).getAttribute('href')).toBe(
      `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(
        `${t.baseUrl}/ket-qua/${contest.roundIds[0]}?src=facebook`,
      )}`,
    );
    await context.close();
  });
});
