import { UserEntity } from '@app/accounts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import type { QuestionType } from '../question-input';
import type { QuestionOption } from '../rules/option-ids';
import { numericTransformer } from './numeric.transformer';
import { QuestionEntity } from './question.entity';

/**
 * One immutable version of a question's content. Editing a question inserts version n+1; rows
 * are never updated or deleted, so an attempt that drew a version (it stores this id) always
 * shows and scores exactly what it drew. Contains the answer key: never sent to participants.
 */
@Entity('question_versions')
@Unique('uq_question_versions_question_version', ['questionId', 'version'])
export class QuestionVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  questionId: string;

  @ManyToOne(() => QuestionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id' })
  question?: Relation<QuestionEntity>;

  /** 1, 2, 3… per question. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  type: QuestionType;

  @Column({ type: 'text' })
  prompt: string;

  /** `[{ id, text, correct }]`, in the author's order; empty for short_text and essay. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  options: QuestionOption[];

  /** short_text only. */
  @Column({ type: 'text', array: true, nullable: true })
  acceptedAnswers: string[] | null;

  @Column({ type: 'text', nullable: true })
  explanation: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'smallint' })
  difficulty: number;

  @Column({ type: 'numeric', precision: 6, scale: 2, default: 1, transformer: numericTransformer })
  points: number;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<UserEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
