import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, AppException, ErrorCode } from '@app/core';
import { DataSource, type EntityManager } from 'typeorm';
import { generateOpaqueToken, hashOpaqueToken, looksLikeOpaqueToken } from './opaque-token';
import { RefreshTokenRepository } from './refresh-token.repository';

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
    private readonly tokens: RefreshTokenRepository,
  ) {}

  /** A token starting a new family (login, register); `clientHash` names where it was opened. */
  issue(manager: EntityManager, userId: string, clientHash?: string): Promise<string> {
    return this.insert(manager, userId, randomUUID(), clientHash);
  }

  /** Has the user opened a session from this client in the last 90 days (a known device)? */
  async isKnownClient(userId: string, clientHash: string): Promise<boolean> {
    return this.tokens.isKnownClient(userId, clientHash);
  }

  /**
   * Uses `token` once and returns its successor in the same family. Unknown, expired or
   * revoked → 401 TOKEN_INVALID; already used → the family is revoked, then 401.
   */
  async rotate(token: string): Promise<{ userId: string; refreshToken: string }> {
    if (!looksLikeOpaqueToken(token)) throw invalid();
    const tokenHash = hashOpaqueToken(token);
    const outcome = await this.dataSource.transaction(async (em) => {
      const used = await this.tokens.use(em, tokenHash);
      if (!used) return null;
      return {
        userId: used.userId,
        refreshToken: await this.insert(em, used.userId, used.familyId),
      };
    });
    if (outcome) return outcome;
    // Not usable: if it is a token we issued and it was already used, someone replays it.
    await this.tokens.revokeFamilyOfUsed(tokenHash);
    throw invalid();
  }

  /** Ends the session the token belongs to (its whole family). Unknown tokens are ignored. */
  async revokeFamilyOf(token: string): Promise<void> {
    if (!looksLikeOpaqueToken(token)) return;
    await this.tokens.revokeFamilyOf(hashOpaqueToken(token));
  }

  /** Signs the user out everywhere (after a password reset). */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await this.tokens.revokeAllOf(manager, userId);
  }

  private async insert(
    manager: EntityManager,
    userId: string,
    familyId: string,
    clientHash?: string,
  ): Promise<string> {
    const token = generateOpaqueToken();
    await this.tokens.insert(manager, {
      userId,
      familyId,
      tokenHash: hashOpaqueToken(token),
      ttlDays: this.config.auth.refreshTokenTtlDays,
      clientHash: clientHash ?? null,
    });
    return token;
  }
}
