import { UserEntity } from '@app/accounts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { ImportFormat, ItemSource, ParseError } from '../formats/types';
import type { QuestionInput } from '../question-input';
import { QuestionBankEntity } from './question-bank.entity';

/**
 * One proposed question of a preview, as kept between requests: what the parser proposed (or
 * the organizer's edit of it) and the parser's own reasons and warnings. Checks that depend on
 * the rest of the preview or on the bank (validity, duplicates) are computed when read.
 */
export interface StoredImportItem {
  /** Position in the uploaded file (0-based); stays the same when other items are dropped. */
  index: number;
  question: QuestionInput;
  reasons: string[];
  /** The parser's warnings; cleared once the organizer has edited the item. */
  warnings: string[];
  source?: ItemSource;
  edited?: boolean;
}

/**
 * An uploaded question file read into a preview (docs/api.md, "Import with preview"). Nothing
 * reaches the bank until it is confirmed; unconfirmed or not, it is purged after `expiresAt`.
 */
@Entity('question_imports')
@Index('ix_question_imports_bank', ['bankId', 'createdAt'])
export class QuestionImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  bankId: string;

  @ManyToOne(() => QuestionBankEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bank_id' })
  bank?: Relation<QuestionBankEntity>;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<UserEntity> | null;

  @Column({ type: 'text' })
  format: ImportFormat;

  /** The uploaded file's name, as the organizer's device sent it. */
  @Column({ type: 'text', nullable: true })
  filename: string | null;

  /** The items still in the preview, in file order (dropped ones are removed). */
  @Column({ type: 'jsonb' })
  items: StoredImportItem[];

  /** Problems of the file or of rows that gave no question. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: ParseError[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}
