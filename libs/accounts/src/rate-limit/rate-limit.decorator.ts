import { SetMetadata } from '@nestjs/common';

/** The per-IP limits (configured in RateLimitConfig). A route opts in with `@RateLimit(name)`. */
export const RATE_LIMITS = ['login', 'register', 'forgotPassword', 'refresh'] as const;
export type RateLimitName = (typeof RATE_LIMITS)[number];

export const RATE_LIMIT_KEY = 'hoithi:rateLimit';

/** Counts this route's requests per client IP against the named limit (429 beyond it). */
export const RateLimit = (name: RateLimitName) => SetMetadata(RATE_LIMIT_KEY, name);
