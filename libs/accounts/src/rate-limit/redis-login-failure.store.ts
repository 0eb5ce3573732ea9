import type Redis from 'ioredis';
import type { FailureCount, LoginFailureStore } from './login-failure-store';

const ADD = `local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {n, ttl}`;

/** Counters in Redis (REDIS_URL set): shared by every instance, expiring by themselves. */
export class RedisLoginFailureStore implements LoginFailureStore {
  constructor(private readonly redis: Redis) {}

  private key(keyHash: string): string {
    return `hoithi:login-failures:${keyHash}`;
  }

  async add(keyHash: string, windowSec: number): Promise<FailureCount> {
    const [failures, ttlMs] = (await this.redis.eval(
      ADD,
      1,
      this.key(keyHash),
      String(windowSec * 1000),
    )) as [number, number];
    return { failures, resetInSec: Math.max(1, Math.ceil(ttlMs / 1000)) };
  }

  async clear(keyHash: string): Promise<void> {
    await this.redis.del(this.key(keyHash));
  }
}
