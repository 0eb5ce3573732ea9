import { randomBytes } from 'node:crypto';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectEntityManager } from '@nestjs/typeorm';
import type { AuthUser } from '@app/accounts';
import { APP_CONFIG, type AppConfig, AppException, isDatabaseUnavailable } from '@app/core';
import { MailService } from '@app/mail';
import { EntityManager } from 'typeorm';
import { reminderDedupeKey, roundOpenMail } from './rules/round-open-mail';
import { SharingRepository } from './sharing.repository';

/**
 * Round-opening reminders (docs/sharing.md): people opt in per contest; when a round opens, each
 * subscriber gets one mail through the outbox. The outbox's unique dedupe key makes "once per
 * round and person" hold across instances and restarts.
 */
@Injectable()
export class RemindersService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectEntityManager() private readonly manager: EntityManager,
    private readonly repo: SharingRepository,
    private readonly mail: MailService,
  ) {}

  async subscribe(contestId: string, user: AuthUser): Promise<{ subscribed: boolean }> {
    const contest = await this.repo.publishedContest('id', contestId);
    if (!contest) throw AppException.notFound('Không tìm thấy cuộc thi');
    await this.repo.subscribe(contestId, user.id, randomBytes(24).toString('base64url'));
    return { subscribed: true };
  }

  async unsubscribe(contestId: string, user: AuthUser): Promise<{ subscribed: boolean }> {
    await this.repo.unsubscribe(contestId, user.id);
    return { subscribed: false };
  }

  async status(contestId: string, user: AuthUser): Promise<{ subscribed: boolean }> {
    return { subscribed: await this.repo.isSubscribed(contestId, user.id) };
  }

  /** The mail's unsubscribe link (no sign-in): the contest's title, null for unknown tokens. */
  unsubscribeByToken(token: string): Promise<string | null> {
    return this.repo.unsubscribeByToken(token);
  }

  contestOfToken(token: string): Promise<string | null> {
    return this.repo.contestTitleOfToken(token);
  }

  /** Queues every due reminder; returns how many this call queued. */
  async runOnce(): Promise<number> {
    let queued = 0;
    for (;;) {
      const due = await this.repo.dueReminders(200);
      for (const r of due) {
        const id = await this.mail.enqueueTemplate(this.manager, r.email, roundOpenMail, r, {
          dedupeKey: reminderDedupeKey(r.roundId, r.userId),
        });
        if (id) queued++;
      }
      if (due.length < 200 || this.stopped) return queued;
    }
  }

  onApplicationBootstrap(): void {
    if (this.config.workers) this.schedule(2_000);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then((n) => {
          if (n) this.logger.log(`queued ${n} round-opening reminder(s)`);
        })
        .catch((error: unknown) => {
          if (isDatabaseUnavailable(error)) this.logger.warn('database unavailable; will retry');
          else this.logger.error(error instanceof Error ? error : String(error));
        })
        .finally(() => this.schedule(this.config.sharing.reminderPollMs));
    }, delay);
    this.timer.unref();
  }
}
