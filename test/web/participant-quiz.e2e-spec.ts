import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { createPublishedContest } from '../helpers/contest-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser } from '../helpers/users';
import {
  ensureWebBuild,
  launchChromium,
  phoneContext,
  readStorage,
  recordProblems,
  screenshot,
  vietnamDateTime,
  waitForStorageCleared,
} from './browser';
import { seedUnionBank, seedUnits, UNION_QUESTIONS } from './seed';

jest.setTimeout(240_000);

const QUESTIONS = 6;

describe('phone: register, take the quiz through a network cut, submit (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let contest: { id: string; roundIds: string[]; body: Record<string, unknown> };

  beforeAll(async () => {
    ensureWebBuild();
    t = await createTestApp();
    await seedUnits(t);
    const organizer = await createUser(t, { roles: ['organizer'] });
    const bankId = await seedUnionBank(t, organizer);
    contest = await createPublishedContest(t, organizer, bankId, {
      title: 'Tìm hiểu lịch sử Công đoàn Việt Nam',
      description: 'Cuộc thi trực tuyến nhân kỷ niệm ngày thành lập Công đoàn Việt Nam 28/7/1929.',
      rules:
        'Mỗi tuần thi gồm 6 câu hỏi trắc nghiệm và một câu hỏi dự đoán.\nLượt thi có kết quả cao nhất được tính.',
      questionCount: QUESTIONS,
      drawRules: [{ bankId, count: QUESTIONS }],
      prediction: {
        enabled: true,
        prompt: 'Dự đoán có bao nhiêu người trả lời đúng tất cả các câu hỏi của tuần thi này?',
      },
    });
    browser = await launchChromium();
    context = await phoneContext(browser, t.baseUrl);
    page = await context.newPage();
    problems = recordProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  afterEach(() => {
    if (problems.length) process.stderr.write(`browser problems:\n${problems.join('\n')}\n`);
  });

  /** The right option of the question on screen, read from its prompt. */
  async function correctOption(): Promise<ReturnType<Page['locator']>> {
    const prompt = (await page.locator('.question__prompt').textContent()) ?? '';
    const question = UNION_QUESTIONS.find((q) => q.prompt === prompt);
    if (!question) throw new Error(`unknown question on screen: ${prompt}`);
    return page.locator('label.option').filter({
      has: page.locator('.option__text', { hasText: new RegExp(`^${question.correct}$`) }),
    });
  }

  /** Chooses the right option of question n. */
  async function answerCurrent(n: number): Promise<void> {
    await expectText(page.locator('.question__number'), `Câu ${n}/${QUESTIONS}`);
    await (await correctOption()).click();
  }

  async function expectText(
    locator: ReturnType<Page['locator']>,
    text: string | RegExp,
  ): Promise<void> {
    await locator.filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
  }

  it('serves the app with strict security headers and long caching for hashed assets', async () => {
    const html = await request(t.baseUrl)
      .get('/cuoc-thi/khong-co')
      .set('Accept', 'text/html')
      .expect(200);
    expect(html.headers['cache-control']).toBe('no-cache');
    expect(html.headers['content-security-policy']).toContain("script-src 'self'");
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html.text)?.[1];
    expect(script).toBeDefined();
    const asset = await request(t.baseUrl).get(script!).set('Accept-Encoding', 'gzip').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-encoding']).toBe('gzip');
    await request(t.baseUrl).get('/api/khong-co').set('Accept', 'text/html').expect(404);
  });

  it('registers with the unit picker from the contest page', async () => {
    await page.goto('/');
    await page.getByRole('heading', { name: 'Các cuộc thi' }).waitFor();
    await page.getByRole('link', { name: 'Tìm hiểu lịch sử Công đoàn Việt Nam' }).click();
    await page.getByRole('heading', { name: 'Thể lệ' }).waitFor();
    // Round times in Vietnam time although the phone's zone is Europe/Paris.
    const rounds = contest.body.rounds as Array<{ opensAt: string; closesAt: string }>;
    await expectText(page.locator('.round__times'), vietnamDateTime(rounds[0].closesAt));
    await screenshot(page, 'phone-1-contest');

    await page.getByRole('button', { name: 'Đăng nhập để dự thi' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    await page.getByRole('link', { name: 'Đăng ký' }).last().click();
    await page.getByRole('heading', { name: 'Đăng ký dự thi' }).waitFor();

    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Lan');
    await page.getByLabel('E-mail').fill('lan.nguyen@example.vn');
    await page.getByLabel('Số điện thoại (không bắt buộc)').fill('0912 345 678');
    await page.getByLabel('Mật khẩu').fill('mat-khau-manh-2026');
    await page.getByLabel('Năm sinh (không bắt buộc)').fill('1990');
    await page.getByRole('combobox', { name: 'Đơn vị công đoàn' }).fill('may cang long');
    await page.getByRole('option', { name: /May mặc Càng Long/ }).click();
    await expectText(page.locator('.unit-selected'), 'Liên đoàn Lao động huyện Càng Long');
    await screenshot(page, 'phone-2-register', true);
    await page.getByRole('button', { name: 'Đăng ký' }).click();

    // Back on the contest page, signed in.
    await page.getByRole('button', { name: 'Vào thi' }).first().waitFor();
    expect(page.url()).toContain('/cuoc-thi/');
    expect(await readStorage(page, 'hoithi.refreshToken')).toBeTruthy();
  });

  it('saves answers as they are chosen, queues them offline, resends and resumes after a reload', async () => {
    await page.getByRole('button', { name: 'Vào thi' }).first().click();
    await page.waitForURL(/\/luot-thi\/[0-9a-f-]{36}$/);
    const attemptId = page.url().split('/').pop()!;
    await page.getByRole('timer').waitFor();

    for (const n of [1, 2]) {
      await answerCurrent(n);
      await expectText(page.getByTestId(`save-state-${n}`), 'Đã lưu');
      await page.getByRole('button', { name: /Câu tiếp/ }).click();
    }
    await screenshot(page, 'phone-3-quiz');

    // The network drops: answers are kept on the phone and marked "chưa lưu".
    await context.setOffline(true);
    for (const n of [3, 4]) {
      await answerCurrent(n);
      await expectText(page.getByTestId(`save-state-${n}`), 'Chưa lưu');
      if (n === 3) await page.getByRole('button', { name: /Câu tiếp/ }).click();
    }
    await expectText(
      page.getByTestId('offline-banner'),
      'Mất kết nối — câu trả lời sẽ được gửi lại',
    );
    const queued = JSON.parse(
      (await readStorage(page, `hoithi.queue.${attemptId}`)) ?? '{"items":[]}',
    ) as {
      items: Array<{ questionId: string }>;
    };
    expect(queued.items).toHaveLength(2);
    await screenshot(page, 'phone-4-offline');

    // Back online: the queue is resent in order.
    await context.setOffline(false);
    await expectText(page.getByTestId('online-banner'), 'Đã kết nối lại');
    await expectText(page.getByTestId('save-state-4'), 'Đã lưu');
    await waitForStorageCleared(page, `hoithi.queue.${attemptId}`);

    // Reload: the attempt resumes on the same question with every answer there.
    await page.reload();
    await expectText(page.locator('.question__number'), `Câu 4/${QUESTIONS}`);
    await page.getByRole('button', { name: /Danh sách câu/ }).click();
    for (const n of [1, 2, 3, 4]) {
      await page.getByRole('button', { name: `Câu ${n}: Đã lưu` }).waitFor();
    }
    await page.getByRole('button', { name: `Câu 5: Chưa trả lời` }).waitFor();
    await screenshot(page, 'phone-5-grid');
    await page.getByRole('button', { name: `Câu 3: Đã lưu` }).click();
    expect(await (await correctOption()).locator('input').isChecked()).toBe(true);

    // The server agrees.
    const saved = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM attempt_answers WHERE attempt_id = $1',
      [attemptId],
    );
    expect(saved[0].n).toBe(4);
  });

  it('answers the prediction question, confirms, and shows score, time, rank and receipt', async () => {
    await page.getByRole('button', { name: /Danh sách câu/ }).click();
    await page.getByRole('button', { name: 'Câu 5: Chưa trả lời' }).click();
    await answerCurrent(5);
    await page.getByRole('button', { name: /Câu tiếp/ }).click();
    await answerCurrent(6);
    await expectText(page.getByTestId('save-state-6'), 'Đã lưu');
    await page.getByRole('button', { name: /Câu hỏi dự đoán/ }).click();
    await page.getByLabel('Số người (chỉ nhập số)').fill('3');
    await page.locator('.quiz__nav').getByRole('button', { name: 'Nộp bài' }).click();

    const dialog = page.getByRole('dialog', { name: 'Nộp bài?' });
    await dialog.waitFor();
    await expectText(dialog, `Bạn đã trả lời ${QUESTIONS}/${QUESTIONS} câu.`);
    await screenshot(page, 'phone-6-confirm');
    await dialog.getByRole('button', { name: 'Nộp bài' }).click();

    await page.waitForURL(/\/ket-qua$/);
    await page.getByRole('heading', { name: 'Kết quả lượt thi' }).waitFor();
    await expectText(page.getByTestId('result-correct'), `${QUESTIONS}/${QUESTIONS}`);
    await expectText(page.getByTestId('result-rank'), /^1$/);
    expect(await page.getByTestId('result-time').textContent()).toMatch(/^\d{2}:\d{2}$/);
    const receipt = await page.getByTestId('receipt').inputValue();
    expect(receipt.length).toBeGreaterThan(20);
    const verified = await request(t.baseUrl)
      .post('/api/receipts/verify')
      .send({ receipt })
      .expect(200);
    expect(verified.body.valid).toBe(true);
    await screenshot(page, 'phone-7-result');
    await screenshot(page, 'phone-7-result-full', true);

    await page.getByRole('link', { name: 'Xem bảng xếp hạng' }).click();
    await expectText(page.getByTestId('leaderboard'), 'Nguyễn Thị Lan');
    await expectText(page.getByTestId('my-rank'), 'Hạng của bạn: 1');
    await screenshot(page, 'phone-8-leaderboard');

    await page.getByRole('link', { name: 'Lượt thi của tôi' }).click();
    await expectText(page.locator('.card'), `${QUESTIONS}/${QUESTIONS} câu đúng`);
  });

  it('shows every question on one scrollable page when the contest asks for a list', async () => {
    const organizer = await createUser(t, { roles: ['organizer'] });
    const bankId = await seedUnionBank(t, organizer);
    const listed = await createPublishedContest(t, organizer, bankId, {
      title: 'Tìm hiểu pháp luật lao động',
      questionCount: 3,
      drawRules: [{ bankId, count: 3 }],
      displayMode: 'list',
      prediction: { enabled: false, prompt: '' },
    });
    await page.goto(`/cuoc-thi/${listed.body.slug as string}`);
    await page.getByRole('button', { name: 'Vào thi' }).first().click();
    await page.waitForURL(/\/luot-thi\/[0-9a-f-]{36}$/);
    await page.locator('.quiz__list .question').nth(2).waitFor();
    expect(await page.locator('.quiz__list .question').count()).toBe(3);
    expect(await page.getByText('Câu hỏi dự đoán').count()).toBe(0);
    const third = page.locator('.quiz__list .question').nth(2);
    const prompt = (await third.locator('.question__prompt').textContent()) ?? '';
    const right = UNION_QUESTIONS.find((q) => q.prompt === prompt)!.correct;
    await third.locator('label.option', { hasText: new RegExp(`^[A-D]${right}$`) }).click();
    await expectText(page.getByTestId('save-state-3'), 'Đã lưu');
    await page.getByRole('button', { name: /Danh sách câu/ }).click();
    await page.getByRole('button', { name: 'Câu 3: Đã lưu' }).waitFor();
    await screenshot(page, 'phone-9-list-mode');
  });

  it('switches the interface to English and keeps the choice', async () => {
    await page.goto('/lich-su');
    await page.getByRole('heading', { name: 'Lượt thi của tôi' }).waitFor();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'My attempts' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'My attempts' }).waitFor();
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Lượt thi của tôi' }).waitFor();
  });

  it('keeps participant pages within the phone budget of compressed JavaScript', async () => {
    const fresh = await phoneContext(browser, t.baseUrl);
    const p = await fresh.newPage();
    let gzipBytes = 0;
    const scripts: string[] = [];
    p.on('response', (res) => {
      if (res.request().resourceType() !== 'script') return;
      scripts.push(res.url());
      void res
        .request()
        .sizes()
        .then((s) => (gzipBytes += s.responseBodySize));
    });
    await p.goto(`/cuoc-thi/${contest.body.slug as string}`);
    await p.getByRole('heading', { name: 'Thể lệ' }).waitFor();
    await p.waitForLoadState('networkidle');
    expect(scripts.some((s) => s.includes('console-app'))).toBe(false);
    expect(gzipBytes).toBeGreaterThan(10_000);
    expect(gzipBytes).toBeLessThan(150 * 1024);
    fs.mkdirSync(path.resolve(__dirname, '../../test-artifacts/web'), { recursive: true });
    fs.writeFileSync(
      path.resolve(__dirname, '../../test-artifacts/web/participant-js.json'),
      JSON.stringify({ gzipBytes, scripts }, null, 2),
    );
    await fresh.close();
  });
});
