import { RoundEntity } from '@app/contests';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * The public board at the freeze moment: for each person the attempt that counted for them
 * among the attempts submitted before it (same columns and order as `round_standings`).
 */
@Entity('leaderboard_frozen_standings')
// (round_id, score DESC, duration_ms, submitted_at, user_id) and the same after unit_id: see the migration
@Index('ix_frozen_standings_order', { synchronize: false })
@Index('ix_frozen_standings_unit_order', { synchronize: false })
export class FrozenStandingEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_frozen_standings_round' })
  round?: RoundEntity;

  @Column({ type: 'uuid' })
  attemptId: string;

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
