import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type Redis from 'ioredis';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Wraps the shared (Redis) storage: while Redis is unreachable, requests are let through
 * (logged once) rather than failing sign-in for everyone.
 */
export class FailOpenThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RateLimit');
  private failing = false;

  constructor(
    private readonly inner: ThrottlerStorage,
    private readonly redis: Redis,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    // Not connected: do not make the request wait for the client's reconnection attempts.
    if (this.redis.status !== 'ready') return this.open(new Error(`Redis ${this.redis.status}`));
    try {
      const record = await this.inner.increment(key, ttl, limit, blockDuration, throttlerName);
      if (this.failing) this.logger.log('rate limit storage reachable again');
      this.failing = false;
      return record;
    } catch (error) {
      return this.open(error);
    }
  }

  private open(error: unknown): ThrottlerStorageRecord {
    if (!this.failing) {
      this.logger.warn(`rate limit storage unavailable, not limiting: ${String(error)}`);
    }
    this.failing = true;
    return { totalHits: 0, timeToExpire: 0, isBlocked: false, timeToBlockExpire: 0 };
  }
}
