import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { REDIS_CLIENT } from '@app/database';
import type Redis from 'ioredis';
import { type LimitCheck, type LimitScope, rateDecision } from './rate-decision';
import { MemoryWindowCounter, type WindowCount } from './window-counter';

export type AttemptRateLimitName = 'attemptStart' | 'attemptWrite' | 'practiceStart';

const WINDOW_MS = 60_000;
const REDIS_TIMEOUT_MS = 250;

/** INCR every key, start its window on the first hit; returns count and time left per key. */
const HIT = `local out = {}
for i, key in ipairs(KEYS) do
  local n = redis.call('INCR', key)
  local ttl = redis.call('PTTL', key)
  if n == 1 or ttl < 0 then redis.call('PEXPIRE', key, ARGV[1]); ttl = tonumber(ARGV[1]) end
  out[#out + 1] = n
  out[#out + 1] = ttl
end
return out`;

/**
 * Bot limits of the attempt endpoints, per account and per client IP, in one-minute fixed
 * windows: counted in Redis when REDIS_URL is set (one round trip for both keys, shared by
 * every instance), in memory otherwise — and in memory while Redis is unreachable, so an outage
 * never blocks participants.
 */
@Injectable()
export class AttemptRateLimiter {
  private readonly logger = new Logger('AttemptRateLimit');
  private readonly memory = new MemoryWindowCounter();
  private redisFailing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REDIS_CLIENT) private readonly redis: Redis | null,
  ) {}

  async check(
    name: AttemptRateLimitName,
    userId: string | undefined,
    ip: string | undefined,
  ): Promise<ReturnType<typeof rateDecision>> {
    const limits = this.limits(name);
    const keyed: Array<{ scope: LimitScope; key: string; limit: number }> = [];
    if (userId)
      keyed.push({ scope: 'user', key: `hoithi:rl:${name}:u:${userId}`, limit: limits.user });
    if (ip) keyed.push({ scope: 'ip', key: `hoithi:rl:${name}:ip:${ip}`, limit: limits.ip });
    if (keyed.length === 0) return { blocked: false };
    const counts = await this.hit(keyed.map((k) => k.key));
    const checks: LimitCheck[] = keyed.map((k, i) => ({
      scope: k.scope,
      limit: k.limit,
      ...counts[i],
    }));
    return rateDecision(checks);
  }

  private limits(name: AttemptRateLimitName): { user: number; ip: number } {
    const r = this.config.rateLimit;
    if (name === 'attemptStart') return { user: r.attemptStartPerUser, ip: r.attemptStartPerIp };
    if (name === 'practiceStart') return { user: r.practiceStartPerUser, ip: r.practiceStartPerIp };
    return { user: r.attemptWritePerUser, ip: r.attemptWritePerIp };
  }

  private async hit(keys: string[]): Promise<WindowCount[]> {
    if (this.redis) {
      try {
        const raw = (await withTimeout(
          this.redis.eval(HIT, keys.length, ...keys, String(WINDOW_MS)),
          REDIS_TIMEOUT_MS,
        )) as number[];
        if (this.redisFailing) this.logger.log('Redis reachable again for attempt rate limits');
        this.redisFailing = false;
        return keys.map((_, i) => ({
          count: Number(raw[2 * i]),
          resetInMs: Number(raw[2 * i + 1]),
        }));
      } catch (error) {
        if (!this.redisFailing) {
          this.logger.warn(
            `Redis unavailable, counting attempt rate limits in memory: ${String(error)}`,
          );
        }
        this.redisFailing = true;
      }
    }
    return keys.map((key) => this.memory.hit(key, WINDOW_MS));
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
