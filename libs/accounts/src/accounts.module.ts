import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { REDIS_CLIENT } from '@app/database';
import { MailModule } from '@app/mail';
import { UnitsModule } from '@app/units';
import type Redis from 'ioredis';
import { AuthService } from './auth/auth.service';
import { EmailVerificationService } from './auth/email-verification.service';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { AccessTokenVerifier } from './auth/access-token.verifier';
import { LocalAuthGuard } from './auth/local-auth.guard';
import { LocalStrategy } from './auth/local.strategy';
import { PasswordResetService } from './auth/password-reset.service';
import { PasswordService } from './auth/password.service';
import { RolesGuard } from './auth/roles.guard';
import { TokenService } from './auth/token.service';
import { HttpThrottlerGuard } from './rate-limit/http-throttler.guard';
import { LoginFailureLimiter } from './rate-limit/login-failure-limiter.service';
import { LoginFailureEntity } from './rate-limit/login-failure.entity';
import { throttlerOptions } from './rate-limit/throttler-options';
import { AccessRevocationService } from './revocation/access-revocation.service';
import { DownloadLinkService } from './auth/download-link.service';
import { UserAccessRepository } from './revocation/user-access.repository';
import { RefreshTokenEntity } from './tokens/refresh-token.entity';
import { RefreshTokenRepository } from './tokens/refresh-token.repository';
import { RefreshTokenService } from './tokens/refresh-token.service';
import { UserTokenEntity } from './tokens/user-token.entity';
import { UserTokenRepository } from './tokens/user-token.repository';
import { UserTokenService } from './tokens/user-token.service';
import { AdminBootstrapService } from './users/admin-bootstrap.service';
import { UnitChangeRepository } from './users/unit-change.repository';
import { UserEntity } from './users/user.entity';
import { UsersRepository } from './users/users.repository';
import { UsersService } from './users/users.service';

/**
 * Accounts: users and roles, passwords, sessions (access JWT + rotating refresh tokens), e-mail
 * verification and password reset, the administrator bootstrap, and the global guards
 * (authentication, roles, per-IP rate limits — in that order, HTTP only).
 */
import { NationalIdCipher } from './national-id/national-id-cipher';
import { NationalIdRepository } from './national-id/national-id.repository';
import { NationalIdService } from './national-id/national-id.service';

@Module({
  imports: [
    PassportModule,
    TypeOrmModule.forFeature([UserEntity, RefreshTokenEntity, UserTokenEntity, LoginFailureEntity]),
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not the string: given a string, jsonwebtoken first tries (and fails) to
        // parse it as a public key on every verification.
        secret: createSecretKey(Buffer.from(config.auth.jwtSecret as string)) as unknown as string,
        signOptions: { algorithm: 'HS256', expiresIn: config.auth.accessTokenTtlSec },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, REDIS_CLIENT],
      useFactory: (config: AppConfig, redis: Redis | null) => throttlerOptions(config, redis),
    }),
    UnitsModule,
    MailModule,
  ],
  providers: [
    UserAccessRepository,
    UnitChangeRepository,
    UsersRepository,
    RefreshTokenRepository,
    UserTokenRepository,
    AccessRevocationService,
    AccessTokenVerifier,
    DownloadLinkService,
    LocalStrategy,
    LocalAuthGuard,
    TokenService,
    PasswordService,
    AuthService,
    UsersService,
    EmailVerificationService,
    PasswordResetService,
    RefreshTokenService,
    UserTokenService,
    LoginFailureLimiter,
    AdminBootstrapService,
    NationalIdCipher,
    NationalIdRepository,
    NationalIdService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_GUARD, useClass: HttpThrottlerGuard },
  ],
  exports: [
    AccessRevocationService,
    AccessTokenVerifier,
    DownloadLinkService,
    NationalIdCipher,
    NationalIdRepository,
    NationalIdService,
    TokenService,
    TypeOrmModule,
    JwtModule,
    AuthService,
    UsersService,
    EmailVerificationService,
    PasswordResetService,
    PasswordService,
    AdminBootstrapService,
    LocalAuthGuard,
  ],
})
export class AccountsModule {}
