import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { generateOpaqueToken, hashOpaqueToken, looksLikeOpaqueToken } from './opaque-token';
import type { UserTokenPurpose } from './user-token.entity';
import { queryRows } from '@app/database';

/** How long a link stays valid. */
export const USER_TOKEN_TTL_SEC: Record<UserTokenPurpose, number> = {
  verify_email: 7 * 24 * 3600,
  reset_password: 3600,
  sign_in: 3600,
};

/** Single-use, expiring tokens for links in e-mails; only their SHA-256 is stored. */
@Injectable()
export class UserTokenService {
  /** A new token for `userId`; the raw value goes into the mail and nowhere else. */
  async create(manager: EntityManager, userId: string, purpose: UserTokenPurpose): Promise<string> {
    const token = generateOpaqueToken();
    await manager.query(
      `INSERT INTO user_tokens (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + $4 * interval '1 second')`,
      [userId, purpose, hashOpaqueToken(token), USER_TOKEN_TTL_SEC[purpose]],
    );
    return token;
  }

  /**
   * Uses the token (atomically: two concurrent uses cannot both succeed) and returns its user,
   * or null when it is unknown, used, expired or for another purpose.
   */
  async consume(
    manager: EntityManager,
    token: string,
    purpose: UserTokenPurpose,
  ): Promise<string | null> {
    if (!looksLikeOpaqueToken(token)) return null;
    const rows = await queryRows<{ user_id: string }>(
      manager,
      `UPDATE user_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [hashOpaqueToken(token), purpose],
    );
    return rows[0]?.user_id ?? null;
  }

  /** Voids the user's other unused tokens of this purpose (a reset link used → older ones die). */
  async voidAll(manager: EntityManager, userId: string, purpose: UserTokenPurpose): Promise<void> {
    await manager.query(
      `UPDATE user_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`,
      [userId, purpose],
    );
  }
}
