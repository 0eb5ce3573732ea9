import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { unitAncestorsSql } from './rules/unit-subtree';

export interface StoredOfficer {
  unitId: string;
  userId: string;
  fullName: string;
  email: string;
  createdAt: Date;
}

/** Unit officers (table `unit_officers`): who may read the reports of a unit's subtree. */
@Injectable()
export class UnitOfficersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Adds the officer; false when they already were one (nothing changes). */
  async add(unitId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO unit_officers (unit_id, user_id) VALUES ($1, $2)
       ON CONFLICT (unit_id, user_id) DO NOTHING RETURNING unit_id`,
      [unitId, userId],
    );
    return rows.length > 0;
  }

  async remove(unitId: string, userId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM unit_officers WHERE unit_id = $1 AND user_id = $2', [
      unitId,
      userId,
    ]);
  }

  async list(unitId: string): Promise<StoredOfficer[]> {
    const rows: Array<{
      unit_id: string;
      user_id: string;
      full_name: string;
      email: string;
      created_at: Date;
    }> = await this.dataSource.query(
      `SELECT o.unit_id, o.user_id, u.full_name, u.email, o.created_at
       FROM unit_officers o JOIN users u ON u.id = o.user_id
       WHERE o.unit_id = $1 ORDER BY o.created_at, o.user_id`,
      [unitId],
    );
    return rows.map((r) => ({
      unitId: r.unit_id,
      userId: r.user_id,
      fullName: r.full_name,
      email: r.email,
      createdAt: r.created_at,
    }));
  }

  /** The units `userId` is an officer of. */
  async unitsOf(userId: string): Promise<string[]> {
    const rows: Array<{ unit_id: string }> = await this.dataSource.query(
      'SELECT unit_id FROM unit_officers WHERE user_id = $1 ORDER BY unit_id',
      [userId],
    );
    return rows.map((r) => r.unit_id);
  }

  /** Is `userId` an officer of `unitId` or of a unit above it? */
  async covers(userId: string, unitId: string): Promise<boolean> {
    const [row]: Array<{ covered: boolean }> = await this.dataSource.query(
      `WITH RECURSIVE ${unitAncestorsSql('chain', '$2')}
       SELECT EXISTS (
         SELECT 1 FROM unit_officers o JOIN chain c ON c.id = o.unit_id WHERE o.user_id = $1
       ) AS covered`,
      [userId, unitId],
    );
    return row?.covered === true;
  }

  async userExists(userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM users WHERE id = $1', [
      userId,
    ]);
    return rows.length > 0;
  }

  async unitExists(unitId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM units WHERE id = $1', [
      unitId,
    ]);
    return rows.length > 0;
  }
}
