import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, AppException, ErrorCode } from '@app/core';
import { MailService, signInLinkMail, verifyEmailMail } from '@app/mail';
import { DataSource } from 'typeorm';
import type { AuthSessionDto } from '../dto/auth-session.dto';
import type { RegisterDto } from '../dto/register.dto';
import { toUserDto } from '../dto/user.dto';
import { LoginFailureLimiter } from '../rate-limit/login-failure-limiter.service';
import {
  clientFailureKey,
  clientHash,
  failureKey,
  knownDeviceDelayMs,
  type LoginClient,
} from '../rate-limit/login-key';
import { RateLimitedException } from '../rate-limit/rate-limited.exception';
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
   * same (and take the same time). Failures are counted per account (all its spellings together)
   * and client (docs/security.md): one client that keeps guessing is refused on its own
   * (LOGIN_MAX_FAILURES); the owner's known devices (where a session was opened before) are only
   * slowed down once the account has many failures; other clients are refused beyond
   * LOGIN_MAX_ACCOUNT_FAILURES, and the owner is mailed a sign-in link that bypasses the lock.
   */
  async validateLogin(
    login: string,
    password: string,
    client: LoginClient = {},
  ): Promise<UserEntity> {
    const user = await this.users.findByLogin(login);
    const accountKey = failureKey(login, user?.id);
    const pairKey = clientFailureKey(accountKey, client);
    await this.failures.acquire(pairKey);
    const { failures, resetInSec } = await this.failures.count(accountKey);
    const limits = this.config.rateLimit;
    if (failures > limits.loginFailuresPerAccount) {
      const known = user
        ? await this.refreshTokens.isKnownClient(user.id, clientHash(client))
        : false;
      if (known) {
        const delay = knownDeviceDelayMs(failures - limits.loginFailuresPerAccount);
        await new Promise((resolve) => setTimeout(resolve, delay));
      } else if (failures > limits.loginFailuresPerAccountAllClients) {
        if (user && failures === limits.loginFailuresPerAccountAllClients + 1)
          await this.mailSignInLink(user);
        throw new RateLimitedException(
          resetInSec,
          `Đăng nhập sai quá nhiều lần, vui lòng thử lại sau ${Math.ceil(resetInSec / 60)} phút, dùng đường dẫn đăng nhập đã gửi qua e-mail hoặc đặt lại mật khẩu`,
        );
      }
    }
    const ok = user
      ? await this.passwords.verify(user.passwordHash, password)
      : await this.passwords.verifyNothing(password);
    if (!user || !ok) throw invalidCredentials();
    await this.failures.reset(pairKey);
    await this.failures.reset(accountKey);
    // Said only to someone who knows the password: it tells nothing to a prober.
    if (user.disabledAt) throw accountDisabled();
    return user;
  }

  /** A new session (refresh token family) for a user whose credentials were checked. */
  async login(user: UserEntity, client: LoginClient = {}): Promise<AuthSessionDto> {
    const refreshToken = await this.refreshTokens.issue(
      this.dataSource.manager,
      user.id,
      clientHash(client),
    );
    return this.session(user, refreshToken);
  }

  /**
   * Signs in with the link mailed when the account was locked for new devices: works once, within
   * the hour; lifts the lock and makes this client a known device.
   */
  async loginWithLink(token: string, client: LoginClient = {}): Promise<AuthSessionDto> {
    const userId = await this.dataSource.transaction((em) =>
      this.userTokens.consume(em, token, 'sign_in'),
    );
    const user = userId ? await this.users.findById(userId) : null;
    if (!user)
      throw new AppException(
        400,
        ErrorCode.TOKEN_INVALID,
        'Đường dẫn đăng nhập không hợp lệ, đã được dùng hoặc đã hết hạn',
      );
    if (user.disabledAt) throw accountDisabled();
    await this.failures.reset(failureKey('', user.id));
    return this.login(user, client);
  }

  private async mailSignInLink(user: UserEntity): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const token = await this.userTokens.create(em, user.id, 'sign_in');
      await this.mail.enqueueTemplate(em, user.email, signInLinkMail, {
        fullName: user.fullName,
        token,
      });
    });
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
