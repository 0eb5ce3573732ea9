import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { loginClientOf } from '../rate-limit/login-key';
import type { UserEntity } from '../users/user.entity';
import { AuthService } from './auth.service';

/** Sign-in by e-mail or phone (`{ login, password }`). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({
      usernameField: 'login',
      passwordField: 'password',
      session: false,
      passReqToCallback: true,
    });
  }

  validate(req: Request, login: string, password: string): Promise<UserEntity> {
    return this.auth.validateLogin(login, password, loginClientOf(req));
  }
}
