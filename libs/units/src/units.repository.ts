import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PlannedUnit } from './rules/plan-unit-import';
import { unitSubtreeSql } from './rules/unit-subtree';

/** Advisory lock key serialising changes to the shape of the tree (parents), across instances. */
const UNITS_TREE_LOCK = 74_230_301;

/** The SQL on the unit tree that is not a plain entity read or write. */
@Injectable()
export class UnitsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Takes the tree lock for the rest of the caller's transaction. */
  async lockTree(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [UNITS_TREE_LOCK]);
  }

  /** `unitId` and every unit below it; empty when the unit does not exist. */
  async subtreeIds(unitId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `WITH RECURSIVE ${unitSubtreeSql('subtree', 'id = $1')}
       SELECT id FROM subtree`,
      [unitId],
    );
    return rows.map((r) => r.id);
  }

  /** Writes name, parent, kind and member count of existing units in one statement. */
  async updateMany(manager: EntityManager, units: readonly PlannedUnit[]): Promise<void> {
    await manager.query(
      `UPDATE units AS u
          SET name = v.name, parent_id = v.parent_id, kind = v.kind,
              member_count = v.member_count, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::text[], $5::int[])
              AS v(id, name, parent_id, kind, member_count)
        WHERE u.id = v.id`,
      [
        units.map((u) => u.id),
        units.map((u) => u.name),
        units.map((u) => u.parentId),
        units.map((u) => u.kind),
        units.map((u) => u.memberCount),
      ],
    );
  }
}
