import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

export type UserTokenPurpose = 'verify_email' | 'reset_password' | 'sign_in';

/** A single-use, expiring token sent by e-mail (verification, password reset); stored hashed. */
@Entity('user_tokens')
@Check('ck_user_tokens_purpose', `"purpose" IN ('verify_email', 'reset_password', 'sign_in')`)
export class UserTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_user_tokens_user_id')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_user_tokens_user' })
  user?: UserEntity;

  @Column({ type: 'text' })
  purpose: UserTokenPurpose;

  @Index('uq_user_tokens_token_hash', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
