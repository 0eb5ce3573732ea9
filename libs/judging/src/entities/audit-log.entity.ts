import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what, when and why: one row per judge action (compute, disqualify, reinstate, grade,
 * finalize, export), written in the action's own transaction. Append-only; no foreign keys, so
 * the record outlives whatever it names.
 */
@Entity('audit_log')
@Index('ix_audit_log_contest_at', ['contestId', 'at'])
@Index('ix_audit_log_round_at', ['roundId', 'at'])
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ type: 'uuid' })
  actorId: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'uuid', nullable: true })
  contestId: string | null;

  @Column({ type: 'uuid', nullable: true })
  roundId: string | null;

  @Column({ type: 'uuid', nullable: true })
  attemptId: string | null;

  @Column({ type: 'uuid', nullable: true })
  targetUserId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: Record<string, unknown>;
}
