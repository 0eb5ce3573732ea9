import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AttemptEntity } from './attempt.entity';

/** The latest saved answer of one question of one attempt (saving again overwrites). */
@Entity('attempt_answers')
export class AttemptAnswerEntity {
  @PrimaryColumn({ type: 'uuid' })
  attemptId: string;

  @PrimaryColumn({ type: 'uuid' })
  questionId: string;

  @ManyToOne(() => AttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id', foreignKeyConstraintName: 'fk_attempt_answers_attempt' })
  attempt?: AttemptEntity;

  @Column({ type: 'uuid', array: true, nullable: true })
  optionIds: string[] | null;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ type: 'timestamptz' })
  firstSavedAt: Date;

  @Column({ type: 'timestamptz' })
  savedAt: Date;

  @Column({ type: 'int', default: 1 })
  revision: number;
}
