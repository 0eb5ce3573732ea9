import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { generateOpaqueToken, hashOpaqueToken, looksLikeOpaqueToken } from './opaque-token';
import type { UserTokenPurpose } from './user-token.entity';
import { UserTokenRepository } from './user-token.repository';

/** How long a link stays valid. */
export const USER_TOKEN_TTL_SEC: Record<UserTokenPurpose, number> = {
  verify_email: 7 * 24 * 3600,
  reset_password: 3600,
  sign_in: 3600,
};

/** Single-use, expiring tokens for links in e-mails; only their SHA-256 is stored. */
@Injectable()
export class UserTokenService {
  constructor(private readonly tokens: UserTokenRepository) {}

  /** A new token for `userId`; the raw value goes into the mail and nowhere else. */
  async create(manager: EntityManager, userId: string, purpose: UserTokenPurpose): Promise<string> {
    const token = generateOpaqueToken();
    await this.tokens.insert(
      manager,
      userId,
      purpose,
      hashOpaqueToken(token),
      USER_TOKEN_TTL_SEC[purpose],
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
    return this.tokens.use(manager, hashOpaqueToken(token), purpose);
  }

  /** Voids the user's other unused tokens of this purpose (a reset link used → older ones die). */
  async voidAll(manager: EntityManager, userId: string, purpose: UserTokenPurpose): Promise<void> {
    await this.tokens.voidUnused(manager, userId, purpose);
  }
}
