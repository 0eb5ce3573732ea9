import { UserEntity } from '@app/accounts';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ContestEntity } from './contest.entity';

export type StaffRole = 'organizer' | 'judge';

/** Organizers and judges of one contest. Staff of a contest may not win its prizes. */
@Entity('contest_staff')
@Index('ix_contest_staff_user', ['userId'])
export class ContestStaffEntity {
  @PrimaryColumn({ type: 'uuid' })
  contestId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'text' })
  role: StaffRole;

  @ManyToOne(() => ContestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id', foreignKeyConstraintName: 'fk_contest_staff_contest' })
  contest?: ContestEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_contest_staff_user' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
