import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { queryRows } from '@app/database';
import { DataSource, type EntityManager } from 'typeorm';
import type { OutgoingMail } from './mail-template';

/** A mail the sender has claimed. */
export interface ClaimedMail {
  id: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  kind: string;
  attempts: number;
}

/** The SQL of the mail outbox: queueing (in the caller's transaction), claiming, settling. */
@Injectable()
export class MailOutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The new row's id, or null when a mail with the same dedupe key was already queued. */
  async insert(manager: EntityManager, mail: OutgoingMail): Promise<string | null> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO mail_outbox (recipient, subject, text_body, html_body, kind, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [mail.to, mail.subject, mail.text, mail.html, mail.kind, mail.dedupeKey ?? null],
    );
    return rows[0]?.id ?? null;
  }

  /**
   * Claims up to `limit` due rows (`FOR UPDATE SKIP LOCKED`: two instances never take the same
   * mail) for `claimSeconds`; a claim not settled by then is taken again.
   */
  claimDue(limit: number, claimSeconds: number): Promise<ClaimedMail[]> {
    return queryRows<ClaimedMail>(
      this.dataSource.manager,
      `UPDATE mail_outbox AS m
          SET status = 'sending', attempts = m.attempts + 1,
              locked_until = now() + $2 * interval '1 second', updated_at = now()
        WHERE m.id IN (
              SELECT id FROM mail_outbox
               WHERE (status = 'pending' AND next_attempt_at <= now())
                  OR (status = 'sending' AND locked_until < now())
               ORDER BY next_attempt_at
               LIMIT $1
               FOR UPDATE SKIP LOCKED)
      RETURNING m.id, m.recipient, m.subject, m.text_body, m.html_body, m.kind, m.attempts`,
      [limit, claimSeconds],
    );
  }

  /** A failed delivery: back to pending after `delaySec`, or failed for good. */
  async markNotSent(
    id: string,
    status: 'pending' | 'failed',
    error: string,
    delaySec: number,
  ): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox
          SET status = $2, last_error = $3, locked_until = NULL, updated_at = now(),
              next_attempt_at = now() + $4 * interval '1 second'
        WHERE id = $1 AND status = 'sending'`,
      [id, status, error, delaySec],
    );
  }

  async markSent(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE mail_outbox
          SET status = 'sent', sent_at = now(), locked_until = NULL, last_error = NULL,
              updated_at = now()
        WHERE id = $1`,
      [id],
    );
  }
}
