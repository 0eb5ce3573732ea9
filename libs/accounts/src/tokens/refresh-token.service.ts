import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, AppException, ErrorCode } from '@app/core';
import { DataSource, type EntityManager } from 'typeorm';
import { generateOpaqueToken, hashOpaqueToken, looksLikeOpaqueToken } from './opaque-token';
import { queryRows } from '@app/database';

const invalid = () =>
  new AppException(
    401,
    ErrorCode.TOKEN_INVALID,
    'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại',
  );

/**
 * Refresh tokens: opaque, stored as SHA-256, one family per login, rotated on every use. A
 * token presented a second time means it was copied: the whole family is revoked.
 */
@Injectable()
export class RefreshTokenService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** A token starting a new family (login, register); `clientHash` names where it was opened. */
  issue(manager: EntityManager, userId: string, clientHash?: string): Promise<string> {
    return this.insert(manager, userId, randomUUID(), clientHash);
  }

  /** Has the user opened a session from this client in the last 90 days (a known device)? */
  async isKnownClient(userId: string, clientHash: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM refresh_tokens
        WHERE user_id = $1 AND client_hash = $2 AND created_at > now() - interval '90 days'
        LIMIT 1`,
      [userId, clientHash],
    );
    return rows.length > 0;
  }

  /**
   * Uses `token` once and returns its successor in the same family. Unknown, expired or
   * revoked → 401 TOKEN_INVALID; already used → the family is revoked, then 401.
   */
  async rotate(token: string): Promise<{ userId: string; refreshToken: string }> {
    if (!looksLikeOpaqueToken(token)) throw invalid();
    const tokenHash = hashOpaqueToken(token);
    const outcome = await this.dataSource.transaction(async (em) => {
      const used = await queryRows<{ user_id: string; family_id: string }>(
        em,
        `UPDATE refresh_tokens SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING user_id, family_id`,
        [tokenHash],
      );
      if (used.length) {
        const { user_id: userId, family_id: familyId } = used[0];
        return { userId, refreshToken: await this.insert(em, userId, familyId) };
      }
      return null;
    });
    if (outcome) return outcome;
    // Not usable: if it is a token we issued and it was already used, someone replays it.
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE revoked_at IS NULL
          AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1 AND used_at IS NOT NULL)`,
      [tokenHash],
    );
    throw invalid();
  }

  /** Ends the session the token belongs to (its whole family). Unknown tokens are ignored. */
  async revokeFamilyOf(token: string): Promise<void> {
    if (!looksLikeOpaqueToken(token)) return;
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = now()
        WHERE revoked_at IS NULL
          AND family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
      [hashOpaqueToken(token)],
    );
  }

  /** Signs the user out everywhere (after a password reset). */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
  }

  private async insert(
    manager: EntityManager,
    userId: string,
    familyId: string,
    clientHash?: string,
  ): Promise<string> {
    const token = generateOpaqueToken();
    await manager.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at, client_hash)
       VALUES ($1, $2, $3, now() + $4 * interval '1 day', $5)`,
      [
        userId,
        familyId,
        hashOpaqueToken(token),
        this.config.auth.refreshTokenTtlDays,
        clientHash ?? null,
      ],
    );
    return token;
  }
}
