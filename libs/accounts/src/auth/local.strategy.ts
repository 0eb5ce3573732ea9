import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { UserEntity } from '../users/user.entity';
import { AuthService } from './auth.service';

/** Sign-in by e-mail or phone (`{ login, password }`). */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'login', passwordField: 'password', session: false });
  }

  validate(login: string, password: string): Promise<UserEntity> {
    return this.auth.validateLogin(login, password);
  }
}
