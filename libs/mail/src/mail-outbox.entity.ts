import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export type MailStatus = 'pending' | 'sending' | 'sent' | 'failed';

/**
 * The outbox: a row is written in the transaction of the request that causes the mail, and a
 * background sender delivers it (rows claimed with FOR UPDATE SKIP LOCKED, retried with
 * back-off). `dedupeKey` makes "send this once" idempotent.
 */
@Entity('mail_outbox')
@Index('ix_mail_outbox_due', ['nextAttemptAt'], { where: `"status" IN ('pending', 'sending')` })
@Check('ck_mail_outbox_status', `"status" IN ('pending', 'sending', 'sent', 'failed')`)
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text' })
  htmlBody: string;

  /** What the mail is (verify_email, password_reset, welcome, winner, …), for logs and support. */
  @Column({ type: 'text' })
  kind: string;

  @Index('uq_mail_outbox_dedupe_key', { unique: true })
  @Column({ type: 'text', nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'text', default: 'pending' })
  status: MailStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** While `sending`: the claim expires then (a crashed sender's mail is retried). */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
