import { AttemptEntity } from '@app/attempts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One page signal of an attempt (`visibility_hidden`, `blur`, `paste`…), as the client reported
 * it. At most EVENTS_PER_ATTEMPT rows per attempt: beyond, events are only counted as dropped
 * (`attempt_event_counts`), so a flood never grows this table.
 */
@Entity('attempt_events')
@Index('ix_attempt_events_attempt', ['attemptId'])
export class AttemptEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'uuid' })
  attemptId: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_attempt_events_attempt' })
  attempt?: AttemptEntity;

  @Column({ type: 'text' })
  type: string;

  /** The client's clock, kept within [attempt start, receivedAt]. */
  @Column({ type: 'timestamptz' })
  clientAt: Date;

  /** The server's clock when the batch arrived. */
  @Column({ type: 'timestamptz' })
  receivedAt: Date;
}
