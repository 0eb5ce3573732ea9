import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthUser } from '@app/accounts';

/**
 * The socket.io handshake's `auth.token`: the same access token as HTTP, verified the same way
 * (HS256 only, expiry enforced, typ "access").
 */
@Injectable()
export class SocketAuthenticator {
  constructor(private readonly jwt: JwtService) {}

  /** undefined: anonymous (no token); null: a token was given but is not valid. */
  authenticate(token: unknown): AuthUser | null | undefined {
    if (token === undefined || token === null || token === '') return undefined;
    if (typeof token !== 'string' || token.length > 4096) return null;
    try {
      const payload = this.jwt.verify<{ sub?: unknown; roles?: unknown; typ?: unknown }>(token, {
        algorithms: ['HS256'],
      });
      if (payload.typ !== 'access' || typeof payload.sub !== 'string') return null;
      if (!Array.isArray(payload.roles) || !payload.roles.every((r) => typeof r === 'string')) {
        return null;
      }
      return { id: payload.sub, roles: payload.roles as AuthUser['roles'] };
    } catch {
      return null;
    }
  }
}
