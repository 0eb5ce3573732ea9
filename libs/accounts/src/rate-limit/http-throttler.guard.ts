import { type ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import type { Response } from 'express';
import { RateLimitedException } from './rate-limited.exception';

/**
 * The per-IP limits (global guard, HTTP only: WebSocket handlers are not affected). Answers
 * 429 RATE_LIMITED with a plain `Retry-After` header.
 */
@Injectable()
export class HttpThrottlerGuard extends ThrottlerGuard {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    return super.canActivate(context);
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const retryAfter = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(retryAfter));
    throw new RateLimitedException(
      retryAfter,
      'Có quá nhiều yêu cầu từ địa chỉ mạng của bạn, vui lòng thử lại sau ít phút',
    );
  }
}
