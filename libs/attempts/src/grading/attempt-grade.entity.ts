import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AttemptEntity } from '../entities/attempt.entity';

/** A judge's grade for one essay question of one attempt (grading again overwrites). */
@Entity('attempt_grades')
@Check('ck_attempt_grades_points', '"points" >= 0')
export class AttemptGradeEntity {
  @PrimaryColumn({ type: 'uuid' })
  attemptId: string;

  @PrimaryColumn({ type: 'uuid' })
  questionId: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_attempt_grades_attempt' })
  attempt?: AttemptEntity;

  @Column({
    type: 'numeric',
    precision: 10,
    scale: 2,
    transformer: { to: (v: unknown) => v, from: (v: string) => Number(v) },
  })
  points: number;

  @Column({ type: 'uuid' })
  gradedById: string;

  @Column({ type: 'timestamptz' })
  gradedAt: Date;
}
