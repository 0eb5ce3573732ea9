import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type AuthUser, RateLimitedException } from '@app/accounts';
import type { Request, Response } from 'express';
import { type AttemptRateLimitName, AttemptRateLimiter } from './attempt-rate-limiter.service';

export const ATTEMPT_RATE_LIMIT_KEY = 'hoithi:attemptRateLimit';

/**
 * Refuses scripted floods on the attempt endpoints with 429 RATE_LIMITED and `Retry-After`.
 * Runs after the global authentication guard, so the account is known.
 */
@Injectable()
export class AttemptRateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limiter: AttemptRateLimiter,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const name = this.reflector.get<AttemptRateLimitName | undefined>(
      ATTEMPT_RATE_LIMIT_KEY,
      context.getHandler(),
    );
    if (!name) return true;
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const decision = await this.limiter.check(name, req.user?.id, req.ip);
    if (!decision.blocked) return true;
    context
      .switchToHttp()
      .getResponse<Response>()
      .setHeader('Retry-After', String(decision.retryAfterSec));
    throw new RateLimitedException(
      decision.retryAfterSec,
      decision.scope === 'user'
        ? `Bạn thao tác quá nhanh, vui lòng thử lại sau ${decision.retryAfterSec} giây`
        : `Có quá nhiều yêu cầu từ mạng của bạn, vui lòng thử lại sau ${decision.retryAfterSec} giây`,
    );
  }
}
