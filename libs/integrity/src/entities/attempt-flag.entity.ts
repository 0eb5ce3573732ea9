import { AttemptEntity } from '@app/attempts';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * The anomaly flags of a round's submitted attempts, as last computed (`FlagsService`): one row
 * per attempt and kind, with every explanation of that kind. Judging reads the kinds for the
 * results' `flags` column. Evidence for the judges, never a verdict.
 */
@Entity('attempt_flags')
@Index('ix_attempt_flags_round', ['roundId'])
export class AttemptFlagEntity {
  @PrimaryColumn({ type: 'uuid' })
  attemptId: string;

  @PrimaryColumn({ type: 'text' })
  kind: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_attempt_flags_attempt' })
  attempt?: AttemptEntity;

  @Column({ type: 'uuid' })
  roundId: string;

  /** Plain Vietnamese explanations, with the numbers. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  details: string[];

  /** The numbers behind each explanation, in the same order. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence: Array<Record<string, number | null>>;

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
