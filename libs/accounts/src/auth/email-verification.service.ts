import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException, ErrorCode } from '@app/core';
import { MailService, verifyEmailMail, welcomeMail } from '@app/mail';
import { DataSource } from 'typeorm';
import { UserTokenService } from '../tokens/user-token.service';
import { UserEntity } from '../users/user.entity';
import { queryRows } from '@app/database';

@Injectable()
export class EmailVerificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly userTokens: UserTokenService,
    private readonly mail: MailService,
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
      const rows = await queryRows<Pick<UserEntity, 'id' | 'email' | 'fullName' | 'roles'>>(
        em,
        `UPDATE users SET email_verified_at = coalesce(email_verified_at, now()), updated_at = now()
          WHERE id = $1
          RETURNING id, email, full_name AS "fullName", roles`,
        [userId],
      );
      const user = rows[0];
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
