import type { Browser } from 'playwright-core';
import request from 'supertest';
import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import { takeAttempt } from '../helpers/leaderboard-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser } from '../helpers/users';
import {
  ensureWebBuild,
  launchChromium,
  phoneContext,
  recordProblems,
  screenshot,
} from './browser';

jest.setTimeout(180_000);

describe('public results and certificate check on a 360 px phone (browser)', () => {
  let t: TestApp;
  let browser: Browser;
  let roundId: string;
  let code: string;

  beforeAll(async () => {
    ensureWebBuild();
    t = await createTestApp({ RUN_WORKERS: 'false' });
    const admin = await createUser(t, { roles: ['admin'] });
    const organizer = await createUser(t, { roles: ['organizer'] });
    const unit = await request(t.baseUrl)
      .post('/api/units')
      .set(admin.auth)
      .send({ code: 'CDCS-YT', name: 'Công đoàn cơ sở Bệnh viện Đa khoa tỉnh', kind: 'grassroots' })
      .expect(201);
    const bank = await createBank(t, organizer, 6);
    const contest = await createPublishedContest(t, organizer, bank.id, {
      title: 'Tìm hiểu lịch sử Công đoàn Việt Nam',
      questionCount: 3,
      drawRules: [{ bankId: bank.id, count: 3 }],
      prediction: { enabled: false, prompt: '' },
      prizes: { first: 1, second: 0, third: 0, consolation: 1, maxShareOfParticipants: 1 },
    });
    roundId = contest.roundIds[0];
    const winner = await createUser(t, {
      fullName: 'Huỳnh Thị Ngọc Hân',
      unitId: unit.body.id,
      phone: '+84912345678',
      birthYear: 1990,
      email: 'ngoc.han@example.vn',
    });
    const other = await createUser(t, { fullName: 'Võ Minh Đức', phone: '+84387654321' });
    const won = await takeAttempt(t, winner, roundId, 3);
    await takeAttempt(t, other, roundId, 1);
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
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lists the winners with name, unit and prize, the phone masked, no e-mail or birth year, and no sideways scroll', async () => {
    const context = await phoneContext(browser, t.baseUrl);
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(`/ket-qua/${roundId}`);
    await page.getByRole('heading', { name: /Kết quả chính thức — Tuần 1/ }).waitFor();
    const body = await page.locator('body').innerText();
    expect(body).toContain('Huỳnh Thị Ngọc Hân');
    expect(body).toContain('Công đoàn cơ sở Bệnh viện Đa khoa tỉnh');
    expect(body).toContain('Giải Nhất');
    expect(body).toContain('Giải Khuyến khích');
    expect(body).toContain('09xx xxx 678');
    expect(body).toContain('03xx xxx 321');
    expect(body).not.toContain('912345678');
    expect(body).not.toContain('ngoc.han@example.vn');
    expect(body).not.toContain('1990');
    expect(body).toContain('2 người tham gia');
    const width = await page.evaluate('document.documentElement.scrollWidth');
    expect(width).toBeLessThanOrEqual(360);
    await screenshot(page, 'public-results-360');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a certificate as valid, then as revoked once its result is annulled', async () => {
    const context = await phoneContext(browser, t.baseUrl);
    const page = await context.newPage();
    await page.goto(`/chung-nhan/${code}`);
    await page.getByText('Giấy chứng nhận hợp lệ').waitFor();
    expect(await page.locator('body').innerText()).toContain('Huỳnh Thị Ngọc Hân');
    const download = page.getByRole('link', { name: 'Tải giấy chứng nhận (PDF)' });
    expect(await download.getAttribute('href')).toBe(`/api/certificates/${code}/pdf`);
    await t.dataSource.query(
      `UPDATE attempts SET disqualified_at = now(), disqualified_reason = 'Thi hộ' WHERE id = (SELECT attempt_id FROM certificates WHERE code = $1)`,
      [code],
    );
    await page.reload();
    await page.getByText('Giấy chứng nhận này đã bị thu hồi').waitFor();
    expect(await page.getByRole('link', { name: 'Tải giấy chứng nhận (PDF)' }).count()).toBe(0);
    await context.close();
  });
});
