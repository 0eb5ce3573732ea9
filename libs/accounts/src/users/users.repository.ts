import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { queryRows } from '@app/database';
import { DataSource, type EntityManager } from 'typeorm';
import type { Role } from './role';
import type { UserEntity } from './user.entity';

/** The columns of a new account (the password already hashed). */
export interface NewUser {
  email: string;
  fullName: string;
  passwordHash: string;
  roles: Role[];
  phone?: string | null;
  unitId?: string | null;
  birthYear?: number | null;
  emailVerified?: boolean;
}

/**
 * The SQL on `users` that is not a plain entity read: inserts (the unique indexes decide a taken
 * e-mail or phone), the administrator bootstrap, the password reset and e-mail verification.
 */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts the account and returns its id; a taken e-mail/phone throws the pg unique violation. */
  async insert(manager: EntityManager, user: NewUser): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO users (email, full_name, password_hash, roles, phone, unit_id, birth_year, email_verified_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $8 THEN now() END)
       RETURNING id`,
      [
        user.email,
        user.fullName,
        user.passwordHash,
        user.roles,
        user.phone ?? null,
        user.unitId ?? null,
        user.birthYear ?? null,
        user.emailVerified ?? false,
      ],
    );
    return rows[0].id;
  }

  /** Creates the verified administrator unless an account has this address; true when created. */
  async insertAdminUnlessTaken(email: string, passwordHash: string): Promise<boolean> {
    const created: unknown[] = await this.dataSource.query(
      `INSERT INTO users (email, full_name, password_hash, roles, email_verified_at)
       VALUES ($1, 'Quản trị viên', $2, '{admin}', now())
       ON CONFLICT DO NOTHING
       RETURNING id`,
      [email, passwordHash],
    );
    return created.length > 0;
  }

  /** The roles of the account with this address (any case), or null. */
  async rolesByEmail(email: string): Promise<string[] | null> {
    const rows: Array<{ roles: string[] }> = await this.dataSource.query(
      `SELECT roles FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    return rows[0]?.roles ?? null;
  }

  /** The account a reset link is for, by address (any case). */
  async findByEmail(
    manager: EntityManager,
    email: string,
  ): Promise<{ id: string; email: string; full_name: string } | null> {
    const rows: Array<{ id: string; email: string; full_name: string }> = await manager.query(
      `SELECT id, email, full_name FROM users WHERE lower(email) = lower($1)`,
      [email],
    );
    return rows[0] ?? null;
  }

  /** A new password from a reset link; the address counts as verified (the mail arrived). */
  async setPasswordFromMail(
    manager: EntityManager,
    id: string,
    passwordHash: string,
  ): Promise<void> {
    await manager.query(
      `UPDATE users SET password_hash = $2, updated_at = now(),
              email_verified_at = coalesce(email_verified_at, now())
        WHERE id = $1`,
      [id, passwordHash],
    );
  }

  /** Marks the address verified (once: the first moment stays); the account, or null. */
  async markEmailVerified(
    manager: EntityManager,
    id: string,
  ): Promise<Pick<UserEntity, 'id' | 'email' | 'fullName' | 'roles'> | null> {
    const rows = await queryRows<Pick<UserEntity, 'id' | 'email' | 'fullName' | 'roles'>>(
      manager,
      `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now()
        WHERE id = $1
        RETURNING id, email, full_name AS "fullName", roles`,
      [id],
    );
    return rows[0] ?? null;
  }
}
