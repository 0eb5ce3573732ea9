import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ContestEntity } from './contest.entity';

@Entity('rounds')
@Index('uq_rounds_contest_position', ['contestId', 'position'], { unique: true })
export class RoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  contestId: string;

  @ManyToOne(() => ContestEntity, (contest) => contest.rounds, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contest_id' })
  contest?: ContestEntity;

  /** 1-based order within the contest ("Tuần 1", "Tuần 2", …). */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'timestamptz' })
  opensAt: Date;

  @Column({ type: 'timestamptz' })
  closesAt: Date;
}
