import { RoundEntity } from '@app/contests';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AttemptEntity } from './attempt.entity';

/**
 * Each participant's counted attempt in a round under the contest's policy, kept in step with
 * submissions (same transaction). The leaderboard reads this table, never all attempts.
 */
@Entity('round_standings')
@Index('ix_round_standings_order', { synchronize: false }) // (round_id, score DESC, duration_ms, submitted_at, user_id): see the migration
@Index('ix_round_standings_unit_order', { synchronize: false }) // (round_id, unit_id, score DESC, duration_ms, submitted_at, user_id): unit boards (leaderboard migration)
export class RoundStandingEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'uuid' })
  attemptId: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_round_standings_attempt' })
  attempt?: AttemptEntity;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_round_standings_round' })
  round?: RoundEntity;

  @Column({
    type: 'numeric',
    precision: 10,
    scale: 2,
    transformer: { to: (v: unknown) => v, from: (v: string) => Number(v) },
  })
  score: number;

  @Column({ type: 'int' })
  correctCount: number;

  @Column({ type: 'int' })
  questionCount: number;

  @Column({ type: 'int' })
  durationMs: number;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;
}
