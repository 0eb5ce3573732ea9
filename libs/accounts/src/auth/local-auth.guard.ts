import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { AppException, createValidationPipe, ErrorCode } from '@app/core';
import type { Request, Response } from 'express';
import { LoginDto } from '../dto/login.dto';
import { RateLimitedException } from '../rate-limit/rate-limited.exception';

/**
 * Runs the local strategy on `POST /auth/login`. Guards run before pipes, so the body is
 * validated here first (400 VALIDATION_FAILED like any other route, not a 401).
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  private readonly validation = createValidationPipe();

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    req.body = (await this.validation.transform(req.body, {
      type: 'body',
      metatype: LoginDto,
    })) as LoginDto;
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(
    error: unknown,
    user: T | false,
    _info: unknown,
    context: ExecutionContext,
  ): T {
    if (error instanceof RateLimitedException) {
      context
        .switchToHttp()
        .getResponse<Response>()
        .setHeader('Retry-After', String(error.retryAfterSec));
    }
    if (error instanceof Error) throw error;
    if (error) throw new Error('authentication failed');
    if (!user) {
      throw new AppException(
        401,
        ErrorCode.INVALID_CREDENTIALS,
        'E-mail/số điện thoại hoặc mật khẩu không đúng',
      );
    }
    return user;
  }
}
