import { AttemptEntity } from '@app/attempts';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

/**
 * Events stored and dropped per attempt: the per-attempt cap is enforced on this row (one
 * atomic upsert per batch), and `dropped > 0` is the event_flood marker.
 */
@Entity('attempt_event_counts')
export class AttemptEventCountEntity {
  @PrimaryColumn({ type: 'uuid' })
  attemptId: string;

  @OneToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_attempt_event_counts_attempt' })
  attempt?: AttemptEntity;

  @Column({ type: 'int', default: 0 })
  stored: number;

  @Column({ type: 'int', default: 0 })
  dropped: number;

  /** Events of the latest batch that fit under the cap (read back by that batch's insert). */
  @Column({ type: 'int', default: 0 })
  lastAccepted: number;

  @Column({ type: 'timestamptz', nullable: true })
  firstDroppedAt: Date | null;
}
