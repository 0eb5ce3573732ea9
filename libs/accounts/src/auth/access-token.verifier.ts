import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AccessRevocationService } from '../revocation/access-revocation.service';
import type { Role } from '../users/role';
import type { AuthUser } from './auth-user';

const MAX_CACHED = 100_000;

/**
 * Verifies access tokens: HS256 only (`alg: none` and every other algorithm refused), signature,
 * expiry, and the payload's shape (`typ: access`, a subject, roles, an expiry).
 *
 * A participant sends the same token with every answer of an attempt, so a token that verified
 * once is remembered (by its full text, signature included) until it expires: the HMAC and the
 * JSON parsing are paid once per token, not once per request. Expiry is checked on every use,
 * and so is the token's version against the access changes every instance keeps reading
 * (`AccessRevocationService`: a demoted, disabled, reset or deleted user's tokens stop working
 * within seconds; an in-memory lookup, no database round trip).
 */
@Injectable()
export class AccessTokenVerifier {
  private readonly cache = new Map<string, { user: AuthUser; exp: number; ver: number }>();

  constructor(
    private readonly jwt: JwtService,
    private readonly revocations: AccessRevocationService,
  ) {}

  verify(token: string): AuthUser | null {
    if (token.length > 4096) return null;
    const nowSec = Date.now() / 1000;
    const hit = this.cache.get(token);
    if (hit) {
      if (hit.exp > nowSec && this.revocations.allows(hit.user.id, hit.ver)) return hit.user;
      this.cache.delete(token);
      return null;
    }
    let payload: { sub?: unknown; roles?: unknown; typ?: unknown; exp?: unknown; ver?: unknown };
    try {
      payload = this.jwt.verify(token, { algorithms: ['HS256'] });
    } catch {
      return null;
    }
    if (
      payload.typ !== 'access' ||
      typeof payload.sub !== 'string' ||
      !Array.isArray(payload.roles) ||
      !payload.roles.every((r) => typeof r === 'string') ||
      typeof payload.exp !== 'number' ||
      (payload.ver !== undefined && !Number.isInteger(payload.ver))
    )
      return null;
    // Tokens issued before versions existed count as version 0.
    const ver = (payload.ver as number | undefined) ?? 0;
    const user: AuthUser = { id: payload.sub, roles: payload.roles as Role[] };
    if (!this.revocations.allows(user.id, ver)) return null;
    if (this.cache.size >= MAX_CACHED) {
      // Oldest first (insertion order): the tokens most likely to have expired already.
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(token, { user, exp: payload.exp, ver });
    return user;
  }
}

/** The token of an `Authorization: Bearer <token>` header (scheme case-insensitive), if any. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^bearer[ \t]+([^\s]+)[ \t]*$/i.exec(header);
  return match?.[1];
}
