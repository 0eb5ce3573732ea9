import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser, type TestUser } from '../helpers/users';
import {
  ARTIFACTS,
  ensureWebBuild,
  laptopContext,
  launchChromium,
  recordProblems,
  screenshot,
} from './browser';
import { submitThroughApi } from './seed';

jest.setTimeout(240_000);

const HEADER = [
  'Loại câu hỏi',
  'Nội dung câu hỏi',
  'Phương án A',
  'Phương án B',
  'Phương án C',
  'Phương án D',
  'Đáp án đúng',
  'Giải thích',
  'Chủ đề',
  'Mức độ',
  'Điểm',
];

async function workbook(rows: Array<Array<string | number>>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Câu hỏi');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function signIn(page: Page, user: TestUser, next: string): Promise<void> {
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail hoặc số điện thoại').fill(user.email);
  await page.getByLabel('Mật khẩu').fill(user.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
}

describe('organizer and judge console (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    ensureWebBuild();
    t = await createTestApp();
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

  it('an organizer imports an Excel file, sees the bad row in the report, fixes it and imports', async () => {
    const organizer = await createUser(t, { roles: ['organizer'], fullName: 'Phạm Thu Hà' });
    await signIn(page, organizer, '/quan-tri/ngan-hang');
    await page.getByRole('heading', { name: 'Ngân hàng câu hỏi', exact: true }).waitFor();
    await page.getByLabel('Tên ngân hàng').fill('Bộ luật Lao động 2019');
    await page.getByLabel('Chủ đề').fill('bo-luat-lao-dong');
    await page.getByRole('button', { name: 'Tạo ngân hàng' }).click();
    await page.getByRole('heading', { name: 'Bộ luật Lao động 2019' }).waitFor();

    const good1 = [
      'Một đáp án',
      'Bộ luật Lao động 2019 có hiệu lực từ ngày nào?',
      '01/01/2020',
      '01/01/2021',
      '01/07/2019',
      '',
      'A',
      '',
      'luat',
      'Dễ',
      1,
    ];
    const bad = [
      'Một đáp án',
      'Thời giờ làm việc bình thường tối đa mỗi tuần?',
      '40 giờ',
      '48 giờ',
      '',
      '',
      '',
      '',
      'luat',
      'Dễ',
      1,
    ];
    const good3 = [
      'Đúng/Sai',
      'Người lao động được nghỉ Tết Âm lịch 5 ngày.',
      '',
      '',
      '',
      '',
      'Đúng',
      '',
      'luat',
      'Trung bình',
      1,
    ];
    const file = page.locator('#import-file');

    await file.setInputFiles({
      name: 'cau-hoi.xlsx',
      mimeType: XLSX,
      buffer: await workbook([good1, bad, good3]),
    });
    await page.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();
    const report = page.getByTestId('import-report');
    await report.waitFor();
    await report.getByText('Có 1 dòng lỗi. Chưa câu hỏi nào được nhập.').waitFor();
    const rows = await report.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^3Dòng 3/); // the header is row 1
    await screenshot(page, 'console-import-report', true);

    // The real import is refused as a whole too.
    await page.getByRole('button', { name: 'Nhập vào ngân hàng' }).click();
    await report.getByText('Có 1 dòng lỗi. Chưa câu hỏi nào được nhập.').waitFor();

    const fixed = [...bad];
    fixed[6] = 'B';
    await file.setInputFiles({
      name: 'cau-hoi-da-sua.xlsx',
      mimeType: XLSX,
      buffer: await workbook([good1, fixed, good3]),
    });
    await page.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();
    await page.getByText('Tệp hợp lệ: 3 câu hỏi sẵn sàng để nhập.').waitFor();
    await page.getByRole('button', { name: 'Nhập vào ngân hàng' }).click();
    await page.getByText('Đã nhập 3 câu hỏi.').waitFor();
    await page
      .getByTestId('questions')
      .getByText('Thời giờ làm việc bình thường tối đa mỗi tuần?')
      .waitFor();
    expect(await page.getByTestId('questions').locator('tbody tr').count()).toBe(3);

    // Correct a question: a new version, the answer key kept.
    await page
      .getByRole('button', { name: 'Sửa: Thời giờ làm việc bình thường tối đa mỗi tuần?' })
      .click();
    const edit = page.getByRole('dialog', { name: 'Sửa câu hỏi' });
    await edit
      .getByRole('textbox', { name: 'Nội dung câu hỏi', exact: true })
      .fill('Thời giờ làm việc bình thường tối đa trong một tuần là bao nhiêu?');
    await edit.getByRole('button', { name: 'Lưu câu hỏi' }).click();
    await edit.waitFor({ state: 'detached' });
    const row = page
      .getByTestId('questions')
      .locator('tr', { hasText: 'tối đa trong một tuần là bao nhiêu?' });
    await row.waitFor();
    expect(await row.locator('td.num').textContent()).toBe('2'); // version 2
    expect(await row.textContent()).toContain('Đáp án đúng: 48 giờ');

    // Add a question with the phone preview next to the form.
    await page.getByRole('button', { name: 'Thêm câu hỏi' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Thêm câu hỏi' });
    await dialog
      .getByRole('textbox', { name: 'Nội dung câu hỏi', exact: true })
      .fill('Công đoàn Việt Nam được thành lập ngày nào?');
    await dialog.getByLabel('Nội dung phương án 1').fill('28/7/1929');
    await dialog.getByLabel('Nội dung phương án 2').fill('2/9/1945');
    await dialog
      .getByTestId('phone-preview')
      .getByText('Công đoàn Việt Nam được thành lập ngày nào?')
      .waitFor();
    await dialog.getByTestId('phone-preview').getByText('28/7/1929').waitFor();
    await screenshot(page, 'console-question-editor');
    await dialog.getByRole('button', { name: 'Lưu câu hỏi' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByTestId('questions')
      .getByText('Công đoàn Việt Nam được thành lập ngày nào?')
      .waitFor();
  });

  it('an organizer builds a contest; the publish check names the draw rule the banks cannot satisfy', async () => {
    const organizer = await createUser(t, { roles: ['organizer'] });
    const bank = await createBank(t, organizer, 4, 'An toàn vệ sinh lao động');
    await signIn(page, organizer, '/quan-tri/cuoc-thi/moi');
    await page.getByRole('heading', { name: 'Tạo cuộc thi' }).waitFor();
    await page.getByLabel('Tên cuộc thi').fill('Tìm hiểu an toàn vệ sinh lao động');
    expect(await page.getByLabel('Đường dẫn').inputValue()).toBe(
      'tim-hieu-an-toan-ve-sinh-lao-dong',
    );
    await page.getByLabel('Thể lệ').fill('Mỗi người được thi 2 lượt mỗi tuần.');
    await page.getByLabel('Số câu mỗi lượt').fill('10');
    const rule = page.getByRole('group', { name: 'Quy tắc 1' });
    await rule.getByLabel('Ngân hàng').selectOption(bank.id);
    await rule.getByLabel('Số câu', { exact: true }).fill('10');
    await page.getByRole('button', { name: 'Kiểm tra và công bố' }).click();

    const error = page.getByTestId('contest-error');
    await error
      .getByText('Không công bố được: ngân hàng câu hỏi không đủ câu cho quy tắc bốc câu hỏi.')
      .waitFor();
    const cells = await error.getByTestId('error-details').locator('tbody tr td').allTextContents();
    expect(cells[0]).toBe('Quy tắc 1');
    expect(cells.slice(2)).toEqual(['10', '4']);
    await screenshot(page, 'console-publish-check', true);

    await page.getByLabel('Số câu mỗi lượt').fill('4');
    await rule.getByLabel('Số câu', { exact: true }).fill('4');
    await page.getByRole('button', { name: 'Kiểm tra và công bố' }).click();
    await page.getByText('Đã công bố cuộc thi.').waitFor();
    await page.waitForURL(/\/quan-tri\/cuoc-thi\/[0-9a-f-]{36}\?ok=published$/);
    const list = await request(t.baseUrl).get('/api/contests').expect(200);
    const created = list.body.items.filter(
      (c: { title: string }) => c.title === 'Tìm hiểu an toàn vệ sinh lao động',
    );
    expect(created).toHaveLength(1); // saved once, then updated: never duplicated
    expect(created[0].status).toBe('published');

    await page.goto(`/quan-tri/cuoc-thi/${created[0].id}/theo-doi`);
    await page.getByRole('heading', { name: /Theo dõi trực tiếp/ }).waitFor();
    await page.getByTestId('kpi-participants').filter({ hasText: '0' }).waitFor();
    await screenshot(page, 'console-dashboard');
  });

  it('a judge computes the results of a closed round, disqualifies with a reason, finalizes and exports', async () => {
    const organizer = await createUser(t, { roles: ['organizer'] });
    const judge = await createUser(t, { roles: ['judge'], fullName: 'Võ Minh Khoa' });
    const bank = await createBank(t, organizer, 6);
    const now = Date.now();
    const contest = await createPublishedContest(t, organizer, bank.id, {
      title: 'Tìm hiểu Bộ luật Lao động',
      questionCount: 4,
      drawRules: [{ bankId: bank.id, count: 4 }],
      timeLimitSec: 60,
      rounds: [
        {
          title: 'Tuần 1',
          opensAt: new Date(now - 3600_000).toISOString(),
          closesAt: new Date(now + 15_000).toISOString(),
        },
      ],
    });
    await request(t.baseUrl)
      .post(`/api/contests/${contest.id}/staff`)
      .set(organizer.auth)
      .send({ userId: judge.id, role: 'judge' })
      .expect(201);
    const roundId = contest.roundIds[0];
    await submitThroughApi(t, roundId, { fullName: 'Đặng Thị Hoa', wrong: 0, prediction: 2 });
    await submitThroughApi(t, roundId, { fullName: 'Bùi Văn Nam', wrong: 0, prediction: 9 });
    await submitThroughApi(t, roundId, { fullName: 'Ngô Quốc Việt', wrong: 1, prediction: 1 });
    const closesAt = Date.parse((contest.body.rounds as Array<{ closesAt: string }>)[0].closesAt);
    await new Promise((r) => setTimeout(r, Math.max(0, closesAt - Date.now() + 1000)));

    await signIn(page, judge, `/quan-tri/cham-thi/${roundId}?cuoc-thi=${contest.id}`);
    await page
      .getByRole('heading', { name: /Chấm thi: Tìm hiểu Bộ luật Lao động — Tuần 1/ })
      .waitFor();
    await page.getByRole('button', { name: 'Tính kết quả' }).click();
    const results = page.getByTestId('results');
    await results.waitFor();
    // Tie on score between Hoa and Nam, broken by the prediction (perfect count = 2).
    const order = async () => results.locator('tbody tr td:nth-child(2) strong').allTextContents();
    expect(await order()).toEqual(['Đặng Thị Hoa', 'Bùi Văn Nam', 'Ngô Quốc Việt']);
    await page.getByText('Số người trả lời đúng tất cả: 2').waitFor();

    await page.getByRole('button', { name: 'Loại kết quả: Bùi Văn Nam' }).click();
    const dialog = page.getByRole('dialog', { name: 'Loại kết quả của Bùi Văn Nam' });
    await dialog.getByRole('button', { name: 'Loại kết quả' }).click();
    await dialog.getByText('Vui lòng nhập lý do.').waitFor(); // a reason is required
    await dialog.getByLabel('Lý do').fill('Dùng hai tài khoản để dự thi');
    await dialog.getByRole('button', { name: 'Loại kết quả' }).click();
    await page
      .getByTestId('judge-notice')
      .filter({ hasText: 'Đã loại kết quả của Bùi Văn Nam.' })
      .waitFor();
    await results.getByText('Đã loại: Dùng hai tài khoản để dự thi').waitFor();
    expect(await order()).toEqual(['Đặng Thị Hoa', 'Ngô Quốc Việt', 'Bùi Văn Nam']);
    await page.getByTestId('audit').getByText('Dùng hai tài khoản để dự thi').waitFor();
    await screenshot(page, 'console-judging', true);

    await page.getByRole('button', { name: 'Chốt kết quả' }).click();
    await page
      .getByRole('dialog', { name: 'Chốt kết quả tuần thi?' })
      .getByRole('button', { name: 'Chốt kết quả' })
      .click();
    await page.getByTestId('finalized').waitFor();
    expect(
      await page.getByRole('button', { name: 'Loại kết quả: Đặng Thị Hoa' }).isDisabled(),
    ).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Excel (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const saved = path.join(ARTIFACTS, download.suggestedFilename());
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(saved);
    const cells: string[] = [];
    wb.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(String(c.text))));
    expect(cells).toEqual(expect.arrayContaining(['Đặng Thị Hoa', 'Ngô Quốc Việt']));

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  });
});
