import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { ATTEMPT_RATE_LIMIT_KEY, AttemptRateLimitGuard } from './attempt-rate-limit.guard';
import type { AttemptRateLimitName } from './attempt-rate-limiter.service';

/**
 * Per-account and per-IP limits of an attempt endpoint (RATE_LIMIT_ATTEMPT_* settings, per
 * minute): 429 RATE_LIMITED with `Retry-After` beyond them.
 */
export const AttemptRateLimit = (name: AttemptRateLimitName) =>
  applyDecorators(
    SetMetadata(ATTEMPT_RATE_LIMIT_KEY, name),
    UseGuards(AttemptRateLimitGuard),
    ApiTooManyRequestsResponse({
      description: 'RATE_LIMITED, with a Retry-After header (seconds)',
    }),
  );
