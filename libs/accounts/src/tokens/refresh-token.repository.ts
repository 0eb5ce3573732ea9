import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { queryRows } from '@app/database';
import { DataSource, type EntityManager } from 'typeorm';

/** The SQL of refresh tokens: one family per login, rotated on every use, stored as SHA-256. */
@Injectable()
export class RefreshTokenRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(
    manager: EntityManager,
    row: {
      userId: string;
      familyId: string;
      tokenHash: string;
      ttlDays: number;
      clientHash: string | null;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, client_hash)
       VALUES ($1, $2, $3, now() + $4 * interval '1 day', $5)`,
      [row.userId, row.familyId, row.tokenHash, row.ttlDays, row.clientHash],
    );
  }

  /** Has the user opened a session from this client in the last 90 days? */
  async isKnownClient(userId: string, clientHash: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM refresh_tokens
        WHERE user_id = $1 AND client_hash = $2 AND created_at > now() - interval '90 days'
        LIMIT 1`,
      [userId, clientHash],
    );
    return rows.length > 0;
  }

  /** Marks a usable token used (once: concurrent uses cannot both succeed); its user and family. */
  async use(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<{ userId: string; familyId: string } | null> {
    const used = await queryRows<{ user_id: string; family_id: string }>(
      manager,
      `UPDATE refresh_tokens SET used_at = now()
        WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
        RETURNING user_id, family_id`,
      [tokenHash],
    );
    return used.length ? { userId: used[0].user_id, familyId: used[0].family_id } : null;
  }

  /** Revokes the family of this token if the token was already used (a replayed copy). */
  async revokeFamilyOfUsed(tokenHash: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE revoked_at IS NULL
          AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1 AND used_at IS NOT NULL)`,
      [tokenHash],
    );
  }

  /** Revokes the whole family of this token (sign-out). */
  async revokeFamilyOf(tokenHash: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE revoked_at IS NULL
          AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
      [tokenHash],
    );
  }

  /** Revokes every session of the user. */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }
}
