import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from './role';

@Entity('users')
@Index('uq_users_email', { synchronize: false })
@Index('uq_users_phone', ['phone'], { unique: true, where: 'phone IS NOT NULL' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored as typed; uniqueness is on lower(email) (index created by the migration). */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  fullName: string;

  /** Normalised to +84XXXXXXXXX. */
  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text', array: true, default: () => "'{participant}'" })
  roles: Role[];

  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  @Column({ type: 'smallint', nullable: true })
  birthYear: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
