import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import nodemailer, { type Transporter } from 'nodemailer';

export interface DeliverableMail {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Hands one mail to the SMTP server in SMTP_URL, or — without SMTP_URL — writes it as an .eml
 * file into DATA_DIR/mail. The Message-ID derives from the outbox id, so a retried mail keeps it.
 */
@Injectable()
export class MailTransport {
  private readonly smtp?: Transporter;
  private readonly files = nodemailer.createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'unix',
  });
  private readonly messageIdDomain: string;
  readonly dropDir: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.mail.smtpUrl) {
      this.smtp = nodemailer.createTransport({
        url: config.mail.smtpUrl,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      } as Parameters<typeof nodemailer.createTransport>[0]) as Transporter;
    }
    this.messageIdDomain = new URL(config.http.publicUrl).hostname || 'hoithi.local';
    this.dropDir = path.join(config.dataDir, 'mail');
  }

  get mode(): 'smtp' | 'files' {
    return this.smtp ? 'smtp' : 'files';
  }

  async send(mail: DeliverableMail): Promise<void> {
    const message = {
      from: this.config.mail.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${mail.id}@${this.messageIdDomain}>`,
      headers: { 'Auto-Submitted': 'auto-generated' },
    };
    if (this.smtp) {
      await this.smtp.sendMail(message);
      return;
    }
    const info = await this.files.sendMail(message);
    // The drop holds live reset and verification links: readable by this user only.
    await fs.mkdir(this.dropDir, { recursive: true, mode: 0o700 });
    await fs.chmod(this.dropDir, 0o700);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = path.join(this.dropDir, `${stamp}-${mail.id}.eml`);
    const partial = `${file}.${randomBytes(4).toString('hex')}.tmp`;
    await fs.writeFile(partial, info.message as Buffer, { mode: 0o600 });
    await fs.rename(partial, file);
  }

  /** Closes the SMTP connections (called by the sender once its last pass is over). */
  close(): void {
    this.smtp?.close();
  }
}
