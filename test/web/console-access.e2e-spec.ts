import type { Browser, BrowserContext, Page } from 'playwright-core';
import request from 'supertest';
import { createBank } from '../helpers/contest-fixtures';
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

/** The page fits a 1366 px laptop screen: nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate('document.documentElement.scrollWidth');
  expect(width).toBeLessThanOrEqual(1366);
}

/**
 * The console's access pages at 1366 px (issue 15): administrators manage accounts (roles,
 * disable, unit) and a bank's owner manages its co-editors.
 */
describe('console: accounts and bank access lists (browser)', () => {
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

  it('an administrator finds an account, makes it an organizer, moves its unit and disables it', async () => {
    const admin = await createUser(t, { roles: ['admin'], fullName: 'Đặng Quốc Bảo' });
    const hong = await createUser(t, { fullName: 'Lê Thị Hồng', phone: '+84912000111' });
    await createUser(t, { fullName: 'Nguyễn Văn Khác' });
    const unit = await request(t.baseUrl)
      .post('/api/units')
      .set(admin.auth)
      .send({ code: 'CDCS-THPT-HT', name: 'Công đoàn Trường THPT Hòa Thuận', kind: 'grassroots' })
      .expect(201);

    await signIn(page, admin, '/quan-tri/tai-khoan');
    await page.getByRole('heading', { name: 'Quản lý tài khoản' }).waitFor();
    await page.getByLabel('Tìm theo họ tên, e-mail hoặc số điện thoại').fill('hồng');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const row = page.getByRole('row', { name: /Lê Thị Hồng/ });
    await row.waitFor();
    await page.getByText('1 tài khoản').waitFor();
    await expect(row.textContent()).resolves.toContain('+84912000111');
    await expect(row.textContent()).resolves.toContain('Người dự thi');
    await expect(row.textContent()).resolves.toContain('Đang hoạt động');
    await expectNoSidewaysScroll(page);

    await row.getByRole('button', { name: 'Sửa: Lê Thị Hồng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sửa tài khoản: Lê Thị Hồng' });
    await dialog.waitFor();
    await dialog.getByLabel('Ban tổ chức').check();
    await dialog.getByRole('combobox', { name: 'Đơn vị công đoàn' }).fill('hoa thuan');
    await dialog.getByRole('option', { name: /Công đoàn Trường THPT Hòa Thuận/ }).click();
    await dialog.getByText('Đã chọn: Công đoàn Trường THPT Hòa Thuận').waitFor();
    await dialog.getByLabel('Khoá tài khoản').check();
    await screenshot(page, 'console-accounts-edit');
    await dialog.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu thay đổi cho Lê Thị Hồng.').waitFor();
    await dialog.waitFor({ state: 'detached' });
    const updated = page.getByRole('row', { name: /Lê Thị Hồng/ });
    await updated.getByText('Đã khoá').waitFor();
    await expect(updated.textContent()).resolves.toContain('Ban tổ chức');
    await expect(updated.textContent()).resolves.toContain('Công đoàn Trường THPT Hòa Thuận');
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'console-accounts', true);

    const [stored] = await t.dataSource.query(
      'SELECT roles, unit_id, disabled_at FROM users WHERE id = $1',
      [hong.id],
    );
    expect(stored.roles.sort()).toEqual(['organizer', 'participant']);
    expect(stored.unit_id).toBe(unit.body.id);
    expect(stored.disabled_at).not.toBeNull();
    // The change reached the account: its token is refused within seconds (docs/security.md).
    const until = Date.now() + 8000;
    let status = 200;
    while (Date.now() < until && status !== 401) {
      status = (await request(t.baseUrl).get('/api/me').set(hong.auth)).status;
      if (status !== 401) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(401);

    // An administrator cannot lock themselves out: the server's refusal is shown in the dialog.
    await page.getByLabel('Tìm theo họ tên, e-mail hoặc số điện thoại').fill(admin.email);
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByRole('button', { name: 'Sửa: Đặng Quốc Bảo' }).click();
    const own = page.getByRole('dialog', { name: 'Sửa tài khoản: Đặng Quốc Bảo' });
    await own.getByLabel('Khoá tài khoản').check();
    await own.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await own.getByText('Không thể tự khoá tài khoản').waitFor();
    expect(problems.filter((p) => !p.includes('409'))).toEqual([]);
  });

  it('an organizer sees no account management', async () => {
    const organizer = await createUser(t, { roles: ['organizer'] });
    await signIn(page, organizer, '/quan-tri/tai-khoan');
    await page.getByText('Không tìm thấy trang quản trị này.').waitFor();
    expect(await page.getByRole('link', { name: 'Tài khoản' }).count()).toBe(0);
  });

  it('a bank’s owner adds a co-editor by e-mail and removes them; another organizer sees who can open it', async () => {
    const owner = await createUser(t, { roles: ['organizer'], fullName: 'Huỳnh Thị Ngọc' });
    const tam = await createUser(t, { roles: ['organizer'], fullName: 'Võ Minh Tâm' });
    const participant = await createUser(t, { fullName: 'Người Dự Thi' });
    const bank = await createBank(t, owner, 3, 'An toàn vệ sinh lao động');

    await signIn(page, owner, `/quan-tri/ngan-hang/${bank.id}`);
    const panel = page.getByRole('region', { name: 'Quyền truy cập ngân hàng' });
    await panel.waitFor();
    await panel.getByText('Huỳnh Thị Ngọc').waitFor();
    await panel.getByText('Chưa có người cùng biên soạn.').waitFor();

    // Someone without the organizer role cannot be added, and the answer says so in Vietnamese.
    await panel.getByLabel('E-mail của thành viên ban tổ chức').fill(participant.email);
    await panel.getByRole('button', { name: 'Thêm', exact: true }).click();
    await panel.getByText('Không có ban tổ chức nào dùng địa chỉ e-mail này').waitFor();

    await panel.getByLabel('E-mail của thành viên ban tổ chức').fill(tam.email);
    await panel.getByRole('button', { name: 'Thêm', exact: true }).click();
    await panel.getByText('Đã thêm Võ Minh Tâm.').waitFor();
    await panel.getByRole('listitem').filter({ hasText: 'Võ Minh Tâm' }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'console-bank-access', true);

    // The co-editor opens the bank and sees the list, without the controls.
    const other = await browser.newContext({
      baseURL: t.baseUrl,
      viewport: { width: 1366, height: 800 },
      locale: 'vi-VN',
    });
    const tamPage = await other.newPage();
    await signIn(tamPage, tam, `/quan-tri/ngan-hang/${bank.id}`);
    const tamPanel = tamPage.getByRole('region', { name: 'Quyền truy cập ngân hàng' });
    await tamPanel.getByText('Chỉ người tạo ngân hàng hoặc quản trị viên').waitFor();
    expect(await tamPanel.getByRole('button', { name: /Bỏ quyền/ }).count()).toBe(0);
    await other.close();

    await panel.getByRole('button', { name: 'Bỏ quyền biên soạn của Võ Minh Tâm' }).click();
    const confirm = page.getByRole('dialog', { name: 'Bỏ quyền' });
    await confirm.getByText('Bỏ quyền biên soạn ngân hàng của Võ Minh Tâm?').waitFor();
    await confirm.getByRole('button', { name: 'Bỏ quyền' }).click();
    await panel.getByText('Đã bỏ quyền của Võ Minh Tâm.').waitFor();
    await panel.getByText('Chưa có người cùng biên soạn.').waitFor();
    const editors = await t.dataSource.query(
      'SELECT user_id FROM question_bank_editors WHERE bank_id = $1',
      [bank.id],
    );
    expect(editors).toEqual([]);
    expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
  });
});
