import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@app/accounts';
import { DataSource } from 'typeorm';

const SEED_LOCK = 74_230_002;

/** The SQL of the demo seeder: its lock and the few lookups and inserts it does itself. */
@Injectable()
export class DemoSeedRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Runs `work` holding the seeder's session advisory lock on a connection of its own, so that
   * several instances starting together seed once.
   */
  async withSeedLock<T>(work: () => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [SEED_LOCK]);
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  unitsByCode(codes: readonly string[]): Promise<Array<{ id: string; code: string }>> {
    return this.dataSource.query<Array<{ id: string; code: string }>>(
      'SELECT id, code FROM units WHERE code = ANY($1)',
      [codes],
    );
  }

  /** A verified account, unless the address is taken (then nothing changes). */
  async insertAccountUnlessTaken(account: {
    email: string;
    fullName: string;
    passwordHash: string;
    roles: Role[];
    unitId: string | null;
  }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO users (email, full_name, password_hash, roles, unit_id, email_verified_at)
       VALUES ($1, $2, $3, $4, $5, now()) ON CONFLICT DO NOTHING`,
      [account.email, account.fullName, account.passwordHash, account.roles, account.unitId],
    );
  }

  async userByEmail(email: string): Promise<{ id: string; roles: Role[] } | null> {
    const rows = await this.dataSource.query<Array<{ id: string; roles: Role[] }>>(
      'SELECT id, roles FROM users WHERE email = $1',
      [email],
    );
    return rows[0] ?? null;
  }

  async existingContestSlugs(slugs: readonly string[]): Promise<Set<string>> {
    const rows = await this.dataSource.query<Array<{ slug: string }>>(
      'SELECT slug FROM contests WHERE slug = ANY($1)',
      [slugs],
    );
    return new Set(rows.map((c) => c.slug));
  }
}
