import { Injectable } from '@nestjs/common';
import { AccessTokenVerifier, type AuthUser } from '@app/accounts';

/**
 * The socket.io handshake's `auth.token`: the same access token as HTTP, verified by the same
 * verifier (HS256 only, expiry enforced, typ "access").
 */
@Injectable()
export class SocketAuthenticator {
  constructor(private readonly verifier: AccessTokenVerifier) {}

  /** undefined: anonymous (no token); null: a token was given but is not valid. */
  authenticate(token: unknown): AuthUser | null | undefined {
    if (token === undefined || token === null || token === '') return undefined;
    if (typeof token !== 'string') return null;
    return this.verifier.verify(token);
  }
}
