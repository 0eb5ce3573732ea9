import { UserEntity } from '@app/accounts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { QuestionBankEntity } from './question-bank.entity';

/** A co-editor of a bank, added by its owner or an administrator (docs/security.md). */
@Entity('question_bank_editors')
@Index('ix_question_bank_editors_user', ['userId'])
export class QuestionBankEditorEntity {
  @PrimaryColumn({ type: 'uuid' })
  bankId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => QuestionBankEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'bank_id', foreignKeyConstraintName: 'fk_question_bank_editors_bank' })
  bank?: QuestionBankEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_question_bank_editors_user' })
  user?: UserEntity;

  @Column({ type: 'uuid', nullable: true })
  addedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
