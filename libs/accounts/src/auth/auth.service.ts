import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, AppException, ErrorCode } from '@app/core';
import { MailService, verifyEmailMail } from '@app/mail';
import { DataSource } from 'typeorm';
import type { AuthSessionDto } from '../dto/auth-session.dto';
import type { RegisterDto } from '../dto/register.dto';
import { toUserDto } from '../dto/user.dto';
import { LoginFailureLimiter } from '../rate-limit/login-failure-limiter.service';
import { failureKey } from '../rate-limit/login-key';
import { UserAccessRepository } from '../revocation/user-access.repository';
import { RefreshTokenService } from '../tokens/refresh-token.service';
import { UserTokenService } from '../tokens/user-token.service';
import type { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { PasswordService } from './password.service';
import { TokenService } from './token.service';

export const accountDisabled = () =>
  new AppException(
    401,
    ErrorCode.ACCOUNT_DISABLED,
    'Tài khoản đã bị khoá, vui lòng liên hệ quản trị viên',
  );

const invalidCredentials = () =>
  new AppException(
    401,
    ErrorCode.INVALID_CREDENTIALS,
    'E-mail/số điện thoại hoặc mật khẩu không đúng',
  );

/** Register, sign in (the local strategy calls `validateLogin`), refresh and sign out. */
@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly passwords: PasswordService,
    private readonly tokens: TokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly userTokens: UserTokenService,
    private readonly mail: MailService,
    private readonly failures: LoginFailureLimiter,
    private readonly access: UserAccessRepository,
  ) {}

  /** A participant account, signed in at once; the verification mail is queued with it. */
  async register(dto: RegisterDto): Promise<AuthSessionDto> {
    const passwordHash = await this.passwords.hash(dto.password);
    return this.dataSource.transaction(async (em) => {
      const user = await this.users.insert(em, {
        email: dto.email,
        fullName: dto.fullName,
        passwordHash,
        roles: ['participant'],
        phone: dto.phone,
        unitId: dto.unitId,
        birthYear: dto.birthYear,
      });
      const token = await this.userTokens.create(em, user.id, 'verify_email');
      await this.mail.enqueueTemplate(em, user.email, verifyEmailMail, {
        fullName: user.fullName,
        token,
      });
      const refreshToken = await this.refreshTokens.issue(em, user.id);
      return this.session(user, refreshToken);
    });
  }

  /**
   * Checks a login (e-mail or phone) and password. Unknown account and wrong password look the
   * same (and take the same time); failures count against the account's limit (all its
   * spellings together), and a locked account is refused even with the right password.
   */
  async validateLogin(login: string, password: string): Promise<UserEntity> {
    const user = await this.users.findByLogin(login);
    const key = failureKey(login, user?.id);
    await this.failures.acquire(key);
    const ok = user
      ? await this.passwords.verify(user.passwordHash, password)
      : await this.passwords.verifyNothing(password);
    if (!user || !ok) throw invalidCredentials();
    await this.failures.reset(key);
    // Said only to someone who knows the password: it tells nothing to a prober.
    if (user.disabledAt) throw accountDisabled();
    return user;
  }

  /** A new session (refresh token family) for a user whose credentials were checked. */
  async login(user: UserEntity): Promise<AuthSessionDto> {
    const refreshToken = await this.refreshTokens.issue(this.dataSource.manager, user.id);
    return this.session(user, refreshToken);
  }

  /** Uses the refresh token once and answers with a new pair (roles re-read from the database). */
  async refresh(refreshToken: string): Promise<AuthSessionDto> {
    const rotated = await this.refreshTokens.rotate(refreshToken);
    const user = await this.users.findById(rotated.userId);
    if (!user) {
      throw new AppException(401, ErrorCode.TOKEN_INVALID, 'Tài khoản không còn tồn tại');
    }
    if (user.disabledAt) {
      await this.refreshTokens.revokeAllOf(this.dataSource.manager, user.id);
      throw accountDisabled();
    }
    return this.session(user, rotated.refreshToken);
  }

  async logout(refreshToken: string): Promise<void> {
    await this.refreshTokens.revokeFamilyOf(refreshToken);
  }

  /** "Sign out everywhere": every session ends and every access token stops within seconds. */
  async logoutEverywhere(userId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      await this.refreshTokens.revokeAllOf(em, userId);
      await this.access.revoke(em, userId);
    });
  }

  private session(user: UserEntity, refreshToken: string): AuthSessionDto {
    return {
      user: toUserDto(user),
      accessToken: this.tokens.issueAccessToken(user),
      refreshToken,
      expiresIn: this.config.auth.accessTokenTtlSec,
    };
  }
}
