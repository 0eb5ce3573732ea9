import { ContestEntity, RoundEntity } from '@app/contests';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** The last computed results of a round; `finalizedAt` set = locked and public. */
@Entity('round_results')
@Index('ix_round_results_contest', ['contestId'])
export class RoundResultEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId: string;

  @ManyToOne(() => RoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_round_results_round' })
  round?: RoundEntity;

  @Column({ type: 'uuid' })
  contestId: string;

  @ManyToOne(() => ContestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id', foreignKeyConstraintName: 'fk_round_results_contest' })
  contest?: ContestEntity;

  @Column({ type: 'timestamptz' })
  computedAt: Date;

  @Column({ type: 'uuid' })
  computedById: string;

  @Column({ type: 'timestamptz', nullable: true })
  finalizedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  finalizedById: string | null;

  @Column({ type: 'int' })
  perfectCount: number;

  /** People ranked (not disqualified): the base of the prize share cap. */
  @Column({ type: 'int' })
  participants: number;

  @Column({ type: 'int' })
  prizeCap: number;

  @Column({ type: 'boolean' })
  predictionEnabled: boolean;
}
