import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { REDIS_CLIENT } from '@app/database';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { LoginFailureRepository } from './login-failure.repository';
import type { FailureCount, LoginFailureStore } from './login-failure-store';
import { RateLimitedException } from './rate-limited.exception';
import { RedisLoginFailureStore } from './redis-login-failure.store';

/**
 * At most LOGIN_MAX_FAILURES failed logins per account (e-mail or phone, however spelled) in
 * LOGIN_FAILURE_WINDOW_SEC; then even the right password is refused until the window ends.
 * Each attempt is counted before its password is checked and a success clears the count.
 * Counted in Redis when REDIS_URL is set (falling back to PostgreSQL while Redis is down),
 * in PostgreSQL otherwise: either way every instance sees the same count.
 */
@Injectable()
export class LoginFailureLimiter {
  private readonly logger = new Logger('LoginFailureLimiter');
  private readonly db: LoginFailureRepository;
  private readonly redis?: RedisLoginFailureStore;
  private redisFailing = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redisClient: Redis | null,
  ) {
    this.db = new LoginFailureRepository(dataSource);
    if (redisClient) this.redis = new RedisLoginFailureStore(redisClient);
  }

  /**
   * Counts a login attempt against `key` (see `failureKey`) before the password is checked, so
   * that parallel guesses cannot slip past the limit; throws 429 (with the seconds to wait)
   * beyond LOGIN_MAX_FAILURES. A successful login then calls `reset`, so only failures remain.
   */
  async acquire(key: string): Promise<void> {
    const { failures, resetInSec } = await this.use((s) =>
      s.add(key, this.config.rateLimit.loginFailureWindowSec),
    );
    if (failures > this.config.rateLimit.loginFailuresPerAccount) {
      throw new RateLimitedException(
        resetInSec,
        `Đăng nhập sai quá nhiều lần, vui lòng thử lại sau ${Math.ceil(resetInSec / 60)} phút hoặc đặt lại mật khẩu`,
      );
    }
  }

  /** Counts one more attempt against `key` without refusing anything; returns the count. */
  async count(key: string): Promise<FailureCount> {
    return this.use((s) => s.add(key, this.config.rateLimit.loginFailureWindowSec));
  }

  /** A successful login (or a password reset) empties the counter. */
  reset(key: string): Promise<void> {
    return this.use((s) => s.clear(key));
  }

  private async use<T>(task: (store: LoginFailureStore) => Promise<T>): Promise<T> {
    // A Redis that is not connected would make every login wait for its retries: skip it.
    if (this.redis && this.redisClient?.status === 'ready') {
      try {
        const result = await task(this.redis);
        if (this.redisFailing) this.logger.log('Redis reachable again for login counters');
        this.redisFailing = false;
        return result;
      } catch (error) {
        if (!this.redisFailing) {
          this.logger.warn(
            `Redis unavailable, counting failed logins in PostgreSQL: ${String(error)}`,
          );
        }
        this.redisFailing = true;
      }
    } else if (this.redis && !this.redisFailing) {
      this.logger.warn('Redis not connected, counting failed logins in PostgreSQL');
      this.redisFailing = true;
    }
    return task(this.db);
  }
}
