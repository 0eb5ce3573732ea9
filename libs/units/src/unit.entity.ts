import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { UnitKind } from './unit-kind';

/**
 * A union unit (đơn vị): province federation → district federations and sector unions →
 * grassroots unions. Codes are unique case-insensitively (index on lower(code), created by the
 * migration).
 */
@Entity('units')
@Index('uq_units_code', { synchronize: false })
@Check(
  'ck_units_kind',
  `"kind" IN ('province_federation', 'district_federation', 'sector_union', 'grassroots')`,
)
@Check('ck_units_member_count', `"member_count" >= 0`)
@Check('ck_units_not_own_parent', `"parent_id" IS NULL OR "parent_id" <> "id"`)
export class UnitEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Index('ix_units_parent_id')
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => UnitEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_units_parent' })
  parent?: UnitEntity | null;

  @Column({ type: 'text' })
  kind: UnitKind;

  @Column({ type: 'integer', default: 0 })
  memberCount: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
