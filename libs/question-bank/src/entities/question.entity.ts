import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { QuestionType } from '../question-input';
import { QuestionBankEntity } from './question-bank.entity';
import { QuestionVersionEntity } from './question-version.entity';

export type QuestionStatus = 'active' | 'archived';

/**
 * A question's identity in its bank. Its content lives in immutable `question_versions`; the
 * searchable fields of the current version (type, tags, difficulty, search text) are mirrored
 * here so that lists and draws filter on one table.
 */
@Entity('questions')
@Index('ix_questions_bank_status', ['bankId', 'status', 'seq'])
@Index('ix_questions_tags', { synchronize: false }) // GIN (tags), created by the migration
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  bankId: string;

  @ManyToOne(() => QuestionBankEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'bank_id' })
  bank?: Relation<QuestionBankEntity>;

  /** Bank order (creation and import order), stable for lists and exports. */
  @Column({ type: 'int' })
  @Generated('increment')
  seq: number;

  /**
   * The version new attempts draw. Deferred foreign key: a question and its first version are
   * inserted in one transaction.
   */
  @Column({ type: 'uuid' })
  currentVersionId: string;

  @ManyToOne(() => QuestionVersionEntity, { deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'current_version_id' })
  currentVersion?: Relation<QuestionVersionEntity>;

  @Column({ type: 'text', default: 'active' })
  status: QuestionStatus;

  @Column({ type: 'text' })
  type: QuestionType;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'smallint' })
  difficulty: number;

  /** Tone- and case-insensitive prompt, options and accepted answers (`toSearchText`). */
  @Column({ type: 'text' })
  searchText: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
