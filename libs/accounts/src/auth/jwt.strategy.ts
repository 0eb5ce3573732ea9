import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { AccessTokenPayload, AuthUser } from './auth-user';

/** Verifies the access token: HS256 only (alg "none" and others refused), expiry enforced. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to parse
      // it as a public key on every request, which cost ~10% of the API's CPU under load.
      secretOrKey: createSecretKey(
        Buffer.from(config.auth.jwtSecret as string),
      ) as unknown as string,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(payload: AccessTokenPayload): AuthUser | false {
    if (
      payload.typ !== 'access' ||
      typeof payload.sub !== 'string' ||
      !Array.isArray(payload.roles)
    )
      return false;
    return { id: payload.sub, roles: payload.roles };
  }
}
