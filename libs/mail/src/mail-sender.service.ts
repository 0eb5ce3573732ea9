import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { type ClaimedMail, MailOutboxRepository } from './mail-outbox.repository';
import { MailTransport } from './mail-transport.service';
import { retryDelaySec } from './rules/retry-delay';

const BATCH_SIZE = 10;
/** A claimed mail not settled by then (crashed sender) is claimed again. */
const CLAIM_SECONDS = 120;

export interface MailPassResult {
  sent: number;
  failed: number;
  retrying: number;
}

/**
 * Delivers the outbox. With RUN_WORKERS on, polls every MAIL_POLL_MS; each pass claims due rows
 * (`FOR UPDATE SKIP LOCKED`, so two instances never take the same mail), sends them, and marks
 * them sent — or schedules a retry with exponential back-off, or marks them failed after
 * MAIL_MAX_ATTEMPTS. Passes never overlap within a process; shutdown waits for the current one.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('MailSender');
  private timer?: NodeJS.Timeout;
  private stopped = false;
  private tail: Promise<unknown> = Promise.resolve();
  private failing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutboxRepository,
    private readonly transport: MailTransport,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.workers) return;
    this.logger.log(
      this.transport.mode === 'smtp'
        ? 'sending mail through SMTP_URL'
        : `no SMTP_URL: mail is written to ${this.transport.dropDir}`,
    );
    this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.tail;
    this.transport.close();
  }

  /**
   * Sends every mail that is due now, pass after pass until none is left, and reports the
   * outcome (tests call this instead of waiting for the poll).
   */
  flush(): Promise<MailPassResult> {
    return this.exclusive(async () => {
      const total: MailPassResult = { sent: 0, failed: 0, retrying: 0 };
      for (;;) {
        const { claimed, result } = await this.pass();
        total.sent += result.sent;
        total.failed += result.failed;
        total.retrying += result.retrying;
        if (claimed < BATCH_SIZE) return total;
      }
    });
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush()
        .then(
          () => {
            if (this.failing) this.logger.log('the outbox is reachable again');
            this.failing = false;
          },
          (error: unknown) => {
            if (!this.failing) this.logger.warn(`mail pass failed: ${String(error)}`);
            this.failing = true;
          },
        )
        .finally(() => this.schedule(this.config.mail.pollIntervalMs));
    }, delayMs);
  }

  /** Runs `task` after the previous one finished (one pass at a time in this process). */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task);
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async pass(): Promise<{ claimed: number; result: MailPassResult }> {
    const claimed = await this.outbox.claimDue(BATCH_SIZE, CLAIM_SECONDS);
    const result: MailPassResult = { sent: 0, failed: 0, retrying: 0 };
    await Promise.all(
      claimed.map(async (mail) => {
        const outcome = await this.deliver(mail);
        result[outcome]++;
      }),
    );
    return { claimed: claimed.length, result };
  }

  private async deliver(mail: ClaimedMail): Promise<keyof MailPassResult> {
    try {
      await this.transport.send({
        id: mail.id,
        to: mail.recipient,
        subject: mail.subject,
        text: mail.text_body,
        html: mail.html_body,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = mail.attempts >= this.config.mail.maxAttempts;
      const delay = retryDelaySec(mail.attempts, this.config.mail.retryBaseSec);
      await this.outbox.markNotSent(
        mail.id,
        giveUp ? 'failed' : 'pending',
        message.slice(0, 1000),
        delay,
      );
      if (giveUp) {
        this.logger.error(
          `giving up on ${mail.kind} mail ${mail.id} after ${mail.attempts} attempts: ${message}`,
        );
      } else {
        this.logger.warn(
          `${mail.kind} mail ${mail.id} not sent (attempt ${mail.attempts}), retrying in ${delay} s: ${message}`,
        );
      }
      return giveUp ? 'failed' : 'retrying';
    }
    await this.outbox.markSent(mail.id);
    return 'sent';
  }
}
