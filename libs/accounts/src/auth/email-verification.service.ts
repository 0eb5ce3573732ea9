import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, ErrorCode } from '@app/core';
import { MailService, verifyEmailMail, welcomeMail } from '@app/mail';
import { DataSource } from 'typeorm';
import { UserTokenService } from '../tokens/user-token.service';
import { UserEntity } from '../users/user.entity';
import { UsersRepository } from '../users/users.repository';

@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly userTokens: UserTokenService,
    private readonly mail: MailService,
    private readonly users: UsersRepository,
  ) {}

  /** Marks the address verified (the token works once, for 7 days) and sends the welcome mail once. */
  async verify(token: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const userId = await this.userTokens.consume(em, token, 'verify_email');
      if (!userId) {
        throw new AppException(
          400,
          ErrorCode.TOKEN_INVALID,
          'Đường dẫn xác minh không hợp lệ, đã được dùng hoặc đã hết hạn',
        );
      }
      const user = await this.users.markEmailVerified(em, userId);
      if (!user) return;
      await this.mail.enqueueTemplate(
        em,
        user.email,
        welcomeMail,
        { fullName: user.fullName, email: user.email, roles: user.roles },
        { dedupeKey: `welcome:${user.id}` },
      );
    });
  }

  /** Sends a new verification link unless the address is already verified. */
  async resend(userId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const user = await em.findOneBy(UserEntity, { id: userId });
      if (!user || user.emailVerifiedAt) return;
      const token = await this.userTokens.create(em, user.id, 'verify_email');
      await this.mail.enqueueTemplate(em, user.email, verifyEmailMail, {
        fullName: user.fullName,
        token,
      });
    });
  }
}
