import { RoundEntity } from '@app/contests';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** For which freeze moment a round's frozen standings were computed (one instance does it). */
@Entity('leaderboard_freezes')
export class LeaderboardFreezeEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_leaderboard_freezes_round' })
  round?: RoundEntity;

  /** The freeze moment `leaderboard_frozen_standings` holds; null until computed. */
  @Column({ type: 'timestamptz', nullable: true })
  freezeAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  computedAt: Date | null;
}
