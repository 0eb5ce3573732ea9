import { UserEntity } from '@app/accounts';
import { RoundEntity } from '@app/contests';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export type AttemptStatus = 'in_progress' | 'submitted';

/** One drawn question of an attempt: the exact version shown and the option order used. */
export interface DrawnQuestion {
  questionId: string;
  versionId: string;
  bankId: string;
  optionOrder: string[];
}

@Entity('attempts')
@Index('uq_attempts_round_user_no', ['roundId', 'userId', 'attemptNo'], { unique: true })
@Index('uq_attempts_one_in_progress', ['roundId', 'userId'], {
  unique: true,
  where: `status = 'in_progress'`,
})
@Index('ix_attempts_sweep', ['deadlineAt'], { where: `status = 'in_progress'` })
@Index('ix_attempts_user', ['userId', 'startedAt'])
@Index('ix_attempts_round_submitted', ['roundId', 'submittedAt'])
export class AttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  roundId: string;

  @Column({ type: 'uuid' })
  contestId: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => RoundEntity)
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_attempts_round' })
  round?: RoundEntity;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_attempts_user' })
  user?: UserEntity;

  @Column({ type: 'int' })
  attemptNo: number;

  @Column({ type: 'text', default: 'in_progress' })
  status: AttemptStatus;

  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Column({ type: 'timestamptz' })
  deadlineAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'boolean', default: false })
  autoSubmitted: boolean;

  @Column({ type: 'int', nullable: true })
  durationMs: number | null;

  @Column({
    type: 'numeric',
    precision: 10,
    scale: 2,
    nullable: true,
    transformer: {
      to: (v: unknown) => v,
      from: (v: string | null) => (v === null ? null : Number(v)),
    },
  })
  score: number | null;

  @Column({
    type: 'numeric',
    precision: 10,
    scale: 2,
    transformer: { to: (v: unknown) => v, from: (v: string) => Number(v) },
  })
  maxScore: number;

  @Column({ type: 'int', nullable: true })
  correctCount: number | null;

  @Column({ type: 'int' })
  questionCount: number;

  /** Essays awaiting a judge's grade. */
  @Column({ type: 'int', default: 0 })
  pendingEssays: number;

  @Column({ type: 'int', nullable: true })
  prediction: number | null;

  @Column({ type: 'jsonb' })
  questions: DrawnQuestion[];

  @Column({ type: 'text', nullable: true })
  deviceId: string | null;

  /** The person's unit when the attempt started: eligibility by unit reads this. */
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  disqualifiedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  disqualifiedReason: string | null;
}
