import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, ErrorCode } from '@app/core';
import { MailService, resetPasswordMail } from '@app/mail';
import { DataSource } from 'typeorm';
import { LoginFailureLimiter } from '../rate-limit/login-failure-limiter.service';
import { failureKey } from '../rate-limit/login-key';
import { UserAccessRepository } from '../revocation/user-access.repository';
import { RefreshTokenService } from '../tokens/refresh-token.service';
import { UserTokenService } from '../tokens/user-token.service';
import { UsersRepository } from '../users/users.repository';
import { PasswordService } from './password.service';

@Injectable()
export class PasswordResetService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly userTokens: UserTokenService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly passwords: PasswordService,
    private readonly mail: MailService,
    private readonly failures: LoginFailureLimiter,
    private readonly access: UserAccessRepository,
    private readonly users: UsersRepository,
  ) {}

  /**
   * Queues a reset link (valid one hour, single use) when the address has an account; says
   * nothing either way, so that addresses cannot be probed.
   */
  async requestReset(email: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const user = await this.users.findByEmail(em, email);
      if (!user) return;
      const token = await this.userTokens.create(em, user.id, 'reset_password');
      await this.mail.enqueueTemplate(em, user.email, resetPasswordMail, {
        fullName: user.full_name,
        token,
      });
    });
  }

  /**
   * Sets the new password with a token from the mail. The token and every other pending reset
   * link die, all sessions are signed out, the address counts as verified (the mail arrived),
   * the account's failed-login lock is lifted, and access tokens already issued stop working.
   */
  async reset(token: string, password: string): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    const userId = await this.dataSource.transaction(async (em) => {
      const id = await this.userTokens.consume(em, token, 'reset_password');
      if (!id) {
        throw new AppException(
          400,
          ErrorCode.TOKEN_INVALID,
          'Đường dẫn đặt lại mật khẩu không hợp lệ, đã được dùng hoặc đã hết hạn',
        );
      }
      await this.users.setPasswordFromMail(em, id, passwordHash);
      await this.userTokens.voidAll(em, id, 'reset_password');
      await this.refreshTokens.revokeAllOf(em, id);
      await this.access.revoke(em, id);
      return id;
    });
    await this.failures.reset(failureKey('', userId));
  }
}
