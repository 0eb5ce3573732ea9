import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UnitEntity } from '@app/units';
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

  @Index('ix_users_unit_id')
  @Column({ type: 'uuid', nullable: true })
  unitId: string | null;

  /** A unit cannot be removed while people belong to it. */
  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_users_unit' })
  unit?: UnitEntity | null;

  @Column({ type: 'smallint', nullable: true })
  birthYear: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /**
   * Bumped whenever access is taken away (roles changed, disabled, password reset, "sign out
   * everywhere"): access tokens carry the version they were issued with (docs/security.md).
   */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;

  /** A disabled account cannot sign in and its tokens stop working. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** When the token version or the disabled flag last changed (polled by every instance). */
  @Index('ix_users_access_changed_at', { synchronize: false })
  @Column({ type: 'timestamptz', nullable: true })
  accessChangedAt: Date | null;

  /** CCCD, AES-256-GCM encrypted (NationalIdCipher); never returned by the API. */
  @Column({ type: 'text', nullable: true, select: false })
  nationalIdCipher: string | null;

  /** Keyed hash of the CCCD: one person behind several accounts has one hash. */
  @Index('ix_users_national_id_hash')
  @Column({ type: 'text', nullable: true, select: false })
  nationalIdHash: string | null;

  @Column({ type: 'text', nullable: true })
  nationalIdLast4: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  nationalIdConfirmedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
