import { Injectable } from '@nestjs/common';
import { queryRows } from '@app/database';
import type { EntityManager } from 'typeorm';
import type { UserTokenPurpose } from './user-token.entity';

/** The SQL of single-use e-mail link tokens (stored as their SHA-256 only). */
@Injectable()
export class UserTokenRepository {
  async insert(
    manager: EntityManager,
    userId: string,
    purpose: UserTokenPurpose,
    tokenHash: string,
    ttlSec: number,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + $4 * interval '1 second')`,
      [userId, purpose, tokenHash, ttlSec],
    );
  }

  /** Marks the token used in one statement (two uses cannot both succeed); its user, or null. */
  async use(
    manager: EntityManager,
    tokenHash: string,
    purpose: UserTokenPurpose,
  ): Promise<string | null> {
    const rows = await queryRows<{ user_id: string }>(
      manager,
      `UPDATE user_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [tokenHash, purpose],
    );
    return rows[0]?.user_id ?? null;
  }

  /** Voids the user's unused tokens of this purpose. */
  async voidUnused(
    manager: EntityManager,
    userId: string,
    purpose: UserTokenPurpose,
  ): Promise<void> {
    await manager.query(
      `UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
  }
}
