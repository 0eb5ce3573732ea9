import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import type { EntityManager } from 'typeorm';
import { MailOutboxRepository } from './mail-outbox.repository';
import type { MailTemplate, OutgoingMail } from './mail-template';

/** Queues mail in the outbox. Delivery is the background sender's job (`MailSender`). */
@Injectable()
export class MailService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: MailOutboxRepository,
  ) {}

  /**
   * Writes an outbox row with `manager`, i.e. inside the caller's transaction: the mail exists
   * exactly when the change that caused it is committed. Returns the row id, or null when a mail
   * with the same `dedupeKey` was already queued.
   */
  async enqueue(manager: EntityManager, mail: OutgoingMail): Promise<string | null> {
    return this.outbox.insert(manager, mail);
  }

  /** Renders `template` with `data` (links built on PUBLIC_URL) and queues it like `enqueue`. */
  async enqueueTemplate<T>(
    manager: EntityManager,
    to: string,
    template: MailTemplate<T>,
    data: T,
    options: { dedupeKey?: string } = {},
  ): Promise<string | null> {
    const content = template.render(data, { publicUrl: this.config.http.publicUrl });
    return this.enqueue(manager, {
      ...content,
      to,
      kind: template.kind,
      dedupeKey: options.dedupeKey,
    });
  }
}
