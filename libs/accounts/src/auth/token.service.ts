import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { Role } from '../users/role';
import type { AccessTokenPayload } from './auth-user';

@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  /** Short-lived access token (ACCESS_TOKEN_TTL_SEC, 15 minutes by default). */
  issueAccessToken(user: { id: string; roles: Role[]; tokenVersion: number }): string {
    const payload: AccessTokenPayload = {
      sub: user.id,
      roles: user.roles,
      typ: 'access',
      ver: user.tokenVersion,
    };
    return this.jwt.sign(payload);
  }
}
