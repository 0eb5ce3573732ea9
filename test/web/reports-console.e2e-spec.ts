import * as fs from 'node:fs';
import { PNG } from 'pngjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import { takeAttempt } from '../helpers/leaderboard-fixtures';
import { pdfText } from '../helpers/pdf-reader';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser, type TestUser } from '../helpers/users';
import {
  ensureWebBuild,
  laptopContext,
  launchChromium,
  recordProblems,
  screenshot,
} from './browser';

jest.setTimeout(240_000);

async function signIn(page: Page, user: TestUser, next: string): Promise<void> {
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail hoặc số điện thoại').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
}

/** A 48×48 PNG in one colour. */
function png(rgb: [number, number, number]): Buffer {
  const image = new PNG({ width: 48, height: 48 });
  for (let i = 0; i < 48 * 48; i++) image.data.set([...rgb, 255], i * 4);
  return PNG.sync.write(image);
}

const pageWidth = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
        .documentElement.scrollWidth,
  );

describe('participation report and certificate template in the console at 1366 px (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let organizer: TestUser;
  let officer: TestUser;
  let contestId: string;
  const unit: Record<string, string> = {};

  beforeAll(async () => {
    ensureWebBuild();
    t = await createTestApp({ RUN_WORKERS: 'false' });
    const admin = await createUser(t, { roles: ['admin'] });
    organizer = await createUser(t, { roles: ['organizer'], fullName: 'Phạm Thu Hà' });
    officer = await createUser(t, { fullName: 'Cán bộ Huyện Càng Long' });
    const createUnit = async (
      code: string,
      name: string,
      kind: string,
      memberCount: number,
      parentId?: string,
    ) =>
      (
        await request(t.baseUrl)
          .post('/api/units')
          .set(admin.auth)
          .send({ code, name, kind, memberCount, ...(parentId ? { parentId } : {}) })
          .expect(201)
      ).body.id as string;
    unit.P = await createUnit('TV', 'LĐLĐ tỉnh Trà Vinh', 'province_federation', 0);
    unit.D1 = await createUnit('TV-CL', 'LĐLĐ huyện Càng Long', 'district_federation', 0, unit.P);
    unit.D2 = await createUnit('TV-CK', 'LĐLĐ huyện Cầu Kè', 'district_federation', 4, unit.P);
    unit.G1 = await createUnit('TV-CL-1', 'CĐCS Trường Tiểu học A', 'grassroots', 8, unit.D1);
    const bank = await createBank(t, organizer, 6);
    const contest = await createPublishedContest(t, organizer, bank.id, {
      title: 'Tìm hiểu Bộ luật Lao động năm 2019',
      questionCount: 3,
      drawRules: [{ bankId: bank.id, count: 3 }],
      prediction: { enabled: false, prompt: '' },
    });
    contestId = contest.id;
    const r = contest.roundIds[0];
    for (const [name, unitId] of [
      ['Nguyễn Văn Một', unit.G1],
      ['Trần Thị Hai', unit.G1],
      ['Lê Văn Ba', unit.D2],
    ] as const) {
      await takeAttempt(t, await createUser(t, { fullName: name, unitId }), r, 2);
    }
    await request(t.baseUrl)
      .put(`/api/contests/${contestId}/report-settings`)
      .set(organizer.auth)
      .send({ organizationName: 'Liên đoàn Lao động tỉnh Trà Vinh' })
      .expect(200);
    await request(t.baseUrl)
      .post(`/api/units/${unit.D1}/officers`)
      .set(admin.auth)
      .send({ userId: officer.id })
      .expect(201);
    browser = await launchChromium();
  });

  beforeEach(async () => {
    context = await laptopContext(browser, t.baseUrl);
    page = await context.newPage();
    problems = recordProblems(page);
  });

  afterEach(async () => {
    if (problems.length) process.stderr.write(`browser problems:\n${problems.join('\n')}\n`);
    await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('an organizer drills from the top level down to a grassroots union and downloads the PDF through a plain link', async () => {
    await signIn(page, organizer, '/quan-tri/cuoc-thi');
    await page.getByRole('link', { name: 'Báo cáo tham gia' }).click();
    await page.getByRole('heading', { name: 'Báo cáo kết quả tham gia' }).waitFor();
    const table = page.getByTestId('participation-report');
    await table.getByRole('link', { name: 'LĐLĐ tỉnh Trà Vinh' }).click();
    await page.waitForURL((url) => url.searchParams.get('unitId') === unit.P);
    await table.getByRole('link', { name: 'LĐLĐ huyện Càng Long' }).click();
    await page.waitForURL((url) => url.searchParams.get('unitId') === unit.D1);
    const row = table.getByRole('row', { name: /CĐCS Trường Tiểu học A/ });
    // Hand count: 8 members, 2 people, 2 attempts, 25 %.
    await row.waitFor();
    await expect(row.getByRole('cell').allInnerTexts()).resolves.toEqual([
      '1',
      '8',
      '2',
      '2',
      '25%',
      '100%',
      expect.any(String),
      '0',
      '25',
    ]);
    await page
      .getByRole('navigation', { name: 'Cấp đơn vị' })
      .getByText('LĐLĐ huyện Càng Long')
      .waitFor();
    await page
      .getByTestId('collective-rule')
      .getByText(/Điểm tập thể = 1 × tỷ lệ tham gia/)
      .waitFor();
    await page.getByTestId('weekly-chart').getByText('2', { exact: true }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(1366);
    await screenshot(page, 'console-participation-report', true);

    const xlsx = page.getByRole('link', { name: 'Tải Excel (XLSX)' });
    const pdfLink = page.getByRole('link', { name: 'Tải báo cáo PDF (A4)' });
    for (const link of [xlsx, pdfLink]) {
      const href = (await link.getAttribute('href')) ?? '';
      expect(href).toMatch(
        /^\/api\/contests\/[0-9a-f-]+\/participation\/export\?format=(xlsx|pdf)&/,
      );
      expect(href).toContain(`unitId=${unit.D1}`);
      expect(href).toContain('token=');
    }
    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^bao-cao-tham-gia-.+\.pdf$/);
    const text = (await pdfText(fs.readFileSync(await download.path()))).replace(/\s+/g, ' ');
    expect(text).toContain('Phạm vi: LĐLĐ tỉnh Trà Vinh › LĐLĐ huyện Càng Long');
    expect(text).toContain('CĐCS Trường Tiểu học A');

    await page.getByLabel('Tuần thi:').selectOption({ label: 'Tuần 2' });
    await page.waitForURL((url) => url.searchParams.get('roundId') !== null);
    await page.getByText('Chưa có lượt thi nào được nộp.').waitFor();
  });

  it('an officer of a district without a staff role sees his district and is refused another', async () => {
    await signIn(page, officer, `/quan-tri/cuoc-thi/${contestId}/bao-cao?unitId=${unit.D1}`);
    const table = page.getByTestId('participation-report');
    await table.getByRole('row', { name: /CĐCS Trường Tiểu học A/ }).waitFor();
    expect(await table.getByText('LĐLĐ huyện Cầu Kè').count()).toBe(0);
    await page.goto(`/quan-tri/cuoc-thi/${contestId}/bao-cao?unitId=${unit.D2}`);
    await page.getByRole('alert').waitFor();
    expect(await page.getByTestId('participation-report').count()).toBe(0);
  });

  it('an organizer edits the certificate template with a live preview and uploads the logo and the signature', async () => {
    await signIn(page, organizer, '/quan-tri/cuoc-thi');
    await page.getByRole('link', { name: 'Giấy chứng nhận' }).click();
    await page.getByRole('heading', { name: 'Mẫu giấy chứng nhận' }).waitFor();
    await page.getByLabel('Tiêu đề').fill('GIẤY KHEN');
    await page.getByLabel('Nội dung').fill('Đã {ketQua} {tuanThi} cuộc thi “{cuocThi}”.');
    await page.getByLabel('Màu chính').fill('#0b5cad');
    await page.getByLabel('Họ tên người ký').fill('Đặng Thị Huỳnh Như');
    await page.getByLabel('Cấp giấy chứng nhận tham gia cho mọi người dự thi').check();
    const preview = page.getByTestId('certificate-preview');
    await preview.getByText('GIẤY KHEN').waitFor();
    await preview
      .getByText('Đã đạt Giải Nhất Tuần 1 cuộc thi “Tìm hiểu Bộ luật Lao động năm 2019”.')
      .waitFor();
    await preview.getByText('Đặng Thị Huỳnh Như').waitFor();
    expect(
      await preview
        .getByText('GIẤY KHEN')
        .evaluate(
          (el) =>
            (
              globalThis as unknown as { getComputedStyle(e: unknown): { color: string } }
            ).getComputedStyle(el).color,
        ),
    ).toBe('rgb(11, 92, 173)');
    await page.getByLabel('Logo').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: png([178, 34, 34]),
    });
    await page.getByText('Đã tải lên logo.').waitFor();
    await preview.getByRole('img', { name: 'Logo' }).waitFor();
    await page.getByLabel('Ảnh chữ ký').setInputFiles({
      name: 'chu-ky.png',
      mimeType: 'image/png',
      buffer: png([20, 20, 120]),
    });
    await page.getByText('Đã tải lên ảnh chữ ký.').waitFor();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã lưu mẫu giấy chứng nhận.').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(1366);
    await screenshot(page, 'console-certificate-template', true);

    const saved = await request(t.baseUrl)
      .get(`/api/contests/${contestId}/certificate-template`)
      .set(organizer.auth)
      .expect(200);
    expect(saved.body).toMatchObject({
      title: 'GIẤY KHEN',
      text: 'Đã {ketQua} {tuanThi} cuộc thi “{cuocThi}”.',
      primaryColor: '#0b5cad',
      signerName: 'Đặng Thị Huỳnh Như',
      participationEnabled: true,
      hasLogo: true,
      hasSignature: true,
    });
    expect(problems).toEqual([]);
  });
});
