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
  UpdateDateColumn,
} from 'typeorm';

/** A themed collection of questions ("ngân hàng câu hỏi"). Archived banks are hidden, never removed. */
@Entity('question_banks')
export class QuestionBankEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  theme: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Short-text answers match without Vietnamese tones ("dien" = "điện") when true. */
  @Column({ type: 'boolean', default: true })
  toneInsensitive: boolean;

  /** The owner (docs/security.md): the organizer who created the bank; null for seeded banks. */
  @Index('ix_question_banks_created_by')
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<UserEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
