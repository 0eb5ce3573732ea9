import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig, isDatabaseUnavailable } from '@app/core';
import { SubmissionService } from './submission.service';

/**
 * Background job: closes attempts whose deadline has passed, within seconds of the deadline
 * (the contract allows a minute). Runs in every instance with RUN_WORKERS on; SKIP LOCKED makes
 * that safe.
 */
@Injectable()
export class AttemptSweeperService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('AttemptSweeper');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly submission: SubmissionService,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.workers) this.schedule(1_000);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One full pass (all expired attempts), for tests and for the scheduler. */
  async runOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const closed = await this.submission.sweep(100);
      total += closed;
      if (closed < 100 || this.stopped) return total;
    }
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .then((n) => {
          if (n) this.logger.log(`closed ${n} expired attempt(s)`);
        })
        .catch((error: unknown) => {
          if (isDatabaseUnavailable(error)) this.logger.warn('database unavailable; will retry');
          else this.logger.error(error instanceof Error ? error : String(error));
        })
        .finally(() => this.schedule(this.config.attempts.sweepIntervalMs));
    }, delay);
    this.timer.unref();
  }
}
