import type { ExecutionContext } from '@nestjs/common';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { AppConfig } from '@app/core';
import type Redis from 'ioredis';
import { FailOpenThrottlerStorage } from './fail-open-throttler.storage';
import { RATE_LIMIT_KEY, type RateLimitName } from './rate-limit.decorator';

const onlyOn =
  (name: RateLimitName) =>
  (context: ExecutionContext): boolean =>
    Reflect.getMetadata(RATE_LIMIT_KEY, context.getHandler()) !== name;

/**
 * One named throttler per limit, each active only on the routes marked `@RateLimit(name)`.
 * Counters live in Redis when REDIS_URL is set (shared by every instance), in memory otherwise.
 */
export function throttlerOptions(config: AppConfig, redis: Redis | null): ThrottlerModuleOptions {
  const ttl = config.rateLimit.windowSec * 1000;
  const limits: Record<RateLimitName, number> = {
    login: config.rateLimit.loginPerIp,
    register: config.rateLimit.registerPerIp,
    forgotPassword: config.rateLimit.forgotPasswordPerIp,
    refresh: config.rateLimit.refreshPerIp,
  };
  return {
    throttlers: (Object.keys(limits) as RateLimitName[]).map((name) => ({
      name,
      ttl,
      limit: limits[name],
      skipIf: onlyOn(name),
    })),
    storage: redis
      ? new FailOpenThrottlerStorage(new ThrottlerStorageRedisService(redis), redis)
      : undefined,
    setHeaders: false,
  };
}
