import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { dataSourceOptions } from '@app/database';
import {
  escapeHtml,
  MailOutboxRepository,
  MailSender,
  MailService,
  type MailTemplate,
  MailTransport,
  renderBody,
} from '@app/mail';
import { simpleParser } from 'mailparser';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startSmtpServer, type TestSmtp } from './helpers/smtp';
import { createTestApp, type TestApp } from './helpers/test-app';

jest.setTimeout(60_000);

const address = (tag: string) => `${tag}.${randomBytes(4).toString('hex')}@example.vn`;

async function until<T>(
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A made-up template, as another feature (the judging module's winner mail) would add one. */
const prizeMail: MailTemplate<{ fullName: string; prize: string }> = {
  kind: 'prize_test',
  render: ({ fullName, prize }) => ({
    subject: `Thông báo kết quả: ${prize}`,
    ...renderBody({ greeting: `Xin chào ${fullName},`, paragraphs: [`Bạn đạt ${prize}.`] }),
  }),
};

describe('mail outbox with the background sender (e2e)', () => {
  let smtp: TestSmtp;
  let t: TestApp;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      MAIL_POLL_MS: '100',
      MAIL_RETRY_BASE_SEC: '1',
      MAIL_MAX_ATTEMPTS: '20',
    });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('sends a mail only when the transaction that queued it commits', async () => {
    const mail = t.app.get(MailService);
    const kept = address('kept');
    const lost = address('lost');
    await t.dataSource.transaction((em) =>
      mail.enqueueTemplate(em, kept, prizeMail, { fullName: 'Võ <Thị> Sáu', prize: 'giải nhất' }),
    );
    await expect(
      t.dataSource.transaction(async (em) => {
        await mail.enqueueTemplate(em, lost, prizeMail, { fullName: 'X', prize: 'giải ba' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');

    const received = await smtp.waitForMail(kept, /giải nhất/);
    expect(received.html).toContain(escapeHtml('Xin chào Võ <Thị> Sáu,'));
    expect(received.parsed.headers.get('auto-submitted')).toBe('auto-generated');
    const rows = await t.dataSource.query(
      `SELECT recipient, status, kind FROM mail_outbox WHERE recipient IN ($1, $2)`,
      [kept, lost],
    );
    expect(rows).toEqual([{ recipient: kept, status: 'sent', kind: 'prize_test' }]);
  });

  it('queues a mail with a dedupe key once', async () => {
    const mail = t.app.get(MailService);
    const to = address('once');
    const key = `prize:${to}`;
    const first = await mail.enqueueTemplate(
      t.dataSource.manager,
      to,
      prizeMail,
      { fullName: 'A', prize: 'giải nhì' },
      { dedupeKey: key },
    );
    const second = await mail.enqueueTemplate(
      t.dataSource.manager,
      to,
      prizeMail,
      { fullName: 'A', prize: 'giải nhì' },
      { dedupeKey: key },
    );
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    await smtp.waitForMail(to);
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages.filter((m) => m.to.includes(to))).toHaveLength(1);
  });

  it('delivers a mail queued while the SMTP server was down, once it is back', async () => {
    await smtp.stop();
    const email = address('down');
    const res = await request(t.baseUrl)
      .post('/api/auth/register')
      .send({ fullName: 'Đặng Văn Chờ', email, password: 'Mat-khau-2026' });
    expect(res.status).toBe(201);

    // The background sender tries, fails, and schedules a retry.
    const failed = await until(async () => {
      const rows: Array<{ status: string; attempts: number; last_error: string | null }> =
        await t.dataSource.query(
          `SELECT status, attempts, last_error FROM mail_outbox WHERE recipient = $1`,
          [email],
        );
      return rows[0]?.attempts >= 2 ? rows[0] : undefined;
    });
    expect(failed.status).toMatch(/pending|sending/);
    expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);

    await smtp.start();
    const mail = await smtp.waitForMail(email, /Xác minh/, 20_000);
    expect(mail.text).toContain('/xac-minh-email?token=');
    // The message can reach the SMTP server a moment before the sender records it as sent.
    const row = await until(async () => {
      const rows: Array<{ status: string; sent_at: Date | null }> = await t.dataSource.query(
        `SELECT status, sent_at FROM mail_outbox WHERE recipient = $1`,
        [email],
      );
      return rows[0]?.status === 'sent' ? rows[0] : undefined;
    });
    expect(row.status).toBe('sent');
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages.filter((m) => m.to.includes(email))).toHaveLength(1);
  });
});

describe('mail senders of several instances (e2e)', () => {
  let smtp: TestSmtp;
  let t: TestApp;
  let other: { dataSource: DataSource; sender: MailSender };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({
      SMTP_URL: smtp.url,
      RUN_WORKERS: 'false',
      MAIL_MAX_ATTEMPTS: '2',
      MAIL_RETRY_BASE_SEC: '60',
    });
    // A second instance's sender: its own pool and SMTP connection, the same outbox.
    const dataSource = await new DataSource(
      dataSourceOptions({ url: t.databaseUrl, poolSize: 3 }),
    ).initialize();
    other = {
      dataSource,
      sender: new MailSender(
        t.config,
        new MailOutboxRepository(dataSource),
        new MailTransport(t.config),
      ),
    };
  });
  afterAll(async () => {
    await other.sender.onModuleDestroy();
    await other.dataSource.destroy();
    await t.close();
    await smtp.close();
  });

  it('never sends one mail twice when two senders work at the same time', async () => {
    const mail = t.app.get(MailService);
    const recipients = Array.from({ length: 40 }, (_, i) => address(`many${i}`));
    await t.dataSource.transaction(async (em) => {
      for (const to of recipients)
        await mail.enqueueTemplate(em, to, prizeMail, {
          fullName: 'B',
          prize: 'giải khuyến khích',
        });
    });
    const [mine, theirs] = await Promise.all([t.app.get(MailSender).flush(), other.sender.flush()]);
    expect(mine.sent + theirs.sent).toBe(40);
    expect(mine.sent).toBeGreaterThan(0);
    expect(theirs.sent).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    const got = smtp.messages.filter((m) => recipients.some((r) => m.to.includes(r)));
    expect(got).toHaveLength(40);
    expect(new Set(got.map((m) => m.messageId)).size).toBe(40);
  });

  it('retries with back-off, then gives up after MAIL_MAX_ATTEMPTS and marks the mail failed', async () => {
    const mail = t.app.get(MailService);
    const sender = t.app.get(MailSender);
    const to = address('never');
    await mail.enqueueTemplate(t.dataSource.manager, to, prizeMail, {
      fullName: 'C',
      prize: 'giải ba',
    });
    await smtp.stop();
    try {
      expect(await sender.flush()).toEqual({ sent: 0, failed: 0, retrying: 1 });
      const [waiting] = await t.dataSource.query(
        `SELECT status, attempts, extract(epoch FROM next_attempt_at - now()) AS wait FROM mail_outbox WHERE recipient = $1`,
        [to],
      );
      expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
      expect(Number(waiting.wait)).toBeGreaterThan(50);
      expect(await sender.flush()).toEqual({ sent: 0, failed: 0, retrying: 0 }); // not due yet

      await t.dataSource.query(
        `UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient = $1`,
        [to],
      );
      expect(await sender.flush()).toEqual({ sent: 0, failed: 1, retrying: 0 });
      const [failed] = await t.dataSource.query(
        `SELECT status, attempts, last_error FROM mail_outbox WHERE recipient = $1`,
        [to],
      );
      expect(failed).toMatchObject({ status: 'failed', attempts: 2 });
      expect(failed.last_error).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      await smtp.start();
    }
    await t.dataSource.query(
      `UPDATE mail_outbox SET next_attempt_at = now() WHERE recipient = $1`,
      [to],
    );
    expect((await sender.flush()).sent).toBe(0);
  });

  it('takes over a mail whose sender crashed in the middle, once its claim expires', async () => {
    const to = address('orphan');
    await t.dataSource.query(
      `INSERT INTO mail_outbox (recipient, subject, text_body, html_body, kind, status, attempts, locked_until)
       VALUES ($1, 'Thư bị bỏ dở', 'nội dung', '<p>nội dung</p>', 'test', 'sending', 1, now() + interval '1 minute')`,
      [to],
    );
    expect((await t.app.get(MailSender).flush()).sent).toBe(0); // still claimed
    await t.dataSource.query(
      `UPDATE mail_outbox SET locked_until = now() - interval '1 second' WHERE recipient = $1`,
      [to],
    );
    expect((await t.app.get(MailSender).flush()).sent).toBe(1);
    await smtp.waitForMail(to, /bị bỏ dở/);
  });
});

describe('mail without SMTP_URL (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ MAIL_POLL_MS: '100', PUBLIC_URL: 'https://thi.ldld.example.vn' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('writes each mail as an .eml file into DATA_DIR/mail', async () => {
    const email = address('eml');
    const res = await request(t.baseUrl)
      .post('/api/auth/register')
      .send({ fullName: 'Huỳnh Thị Thư', email, password: 'Mat-khau-2026' });
    expect(res.status).toBe(201);
    const dir = path.join(t.config.dataDir, 'mail');
    const file = await until(
      async () => fs.existsSync(dir) && fs.readdirSync(dir).find((f) => f.endsWith('.eml')),
    );
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const parsed = await simpleParser(fs.readFileSync(path.join(dir, file)));
    expect(parsed.subject).toMatch(/Xác minh địa chỉ e-mail/);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.text : '').toBe(email);
    expect(parsed.text).toContain('https://thi.ldld.example.vn/xac-minh-email?token=');
    expect(parsed.text).toContain('Xin chào Huỳnh Thị Thư,');
    // The drop holds live links: only the server's own user may read it (docs/security.md).
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dir, file)).mode & 0o777).toBe(0o600);
  });
});
