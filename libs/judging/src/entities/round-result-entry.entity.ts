import { UserEntity } from '@app/accounts';
import { AttemptEntity } from '@app/attempts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { RoundResultEntity } from './round-result.entity';

const numeric = { to: (v: unknown) => v, from: (v: string) => Number(v) };

/**
 * One person in a round's computed results. `position` orders the whole list (the disqualified
 * last); `rank` is null for the disqualified. Names and contacts are read from `users` when shown.
 */
@Entity('round_result_entries')
@Index('uq_round_result_entries_position', ['roundId', 'position'], { unique: true })
@Index('ix_round_result_entries_winners', ['roundId', 'position'], { where: 'prize IS NOT NULL' })
@Index('ix_round_result_entries_user', ['userId'])
@Check(
  'ck_round_result_entries_prize',
  `"prize" IS NULL OR "prize" IN ('first', 'second', 'third', 'consolation')`,
)
export class RoundResultEntryEntity {
  @PrimaryColumn({ type: 'uuid' })
  roundId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => RoundResultEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_round_result_entries_results' })
  results?: RoundResultEntity;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_round_result_entries_user' })
  user?: UserEntity;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'int', nullable: true })
  rank: number | null;

  @Column({ type: 'uuid' })
  attemptId: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_round_result_entries_attempt' })
  attempt?: AttemptEntity;

  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: numeric })
  score: number;

  @Column({ type: 'numeric', precision: 10, scale: 2, transformer: numeric })
  maxScore: number;

  @Column({ type: 'int' })
  correctCount: number;

  @Column({ type: 'int' })
  questionCount: number;

  @Column({ type: 'int', nullable: true })
  prediction: number | null;

  @Column({ type: 'int', nullable: true })
  predictionError: number | null;

  @Column({ type: 'int' })
  durationMs: number;

  @Column({ type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'int', default: 0 })
  pendingEssays: number;

  @Column({ type: 'text', nullable: true })
  prize: string | null;

  @Column({ type: 'text', nullable: true })
  excludedReason: string | null;

  @Column({ type: 'text', nullable: true })
  disqualifiedReason: string | null;
}
