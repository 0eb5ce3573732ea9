import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { RevocationList } from './revocation-list';
import { UserAccessRepository } from './user-access.repository';

/** Emitted with the ids of users whose tokens may have stopped working (sockets drop them). */
export const ACCESS_REVOKED = 'accounts.access-revoked';

/** How often each instance reads the access changes (the contract: effective within 5 s). */
export const ACCESS_POLL_MS = 1_000;
/**
 * Each read goes back this far before the previous one: a change whose transaction committed
 * late (its timestamp is taken before the commit) is still seen. Reading a change twice is harmless.
 */
const OVERLAP_MS = 10_000;

/**
 * Takes access away within seconds on every instance (docs/security.md): each instance reads
 * the users whose token version, disabled flag or existence changed since its last read (one
 * indexed query per second, whatever the load), and the token verifier checks each token
 * against that list in memory. No request waits for the database because of it.
 */
@Injectable()
export class AccessRevocationService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('AccessRevocation');
  readonly list = new RevocationList();
  private lastReadAt: Date | null = null;
  private timer?: NodeJS.Timeout;
  private reading?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: UserAccessRepository,
    private readonly events: EventEmitter2,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((error: unknown) =>
        this.logger.warn(`Reading access changes failed: ${String(error)}`),
      );
    }, ACCESS_POLL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  allows(userId: string, tokenVersion: number): boolean {
    return this.list.allows(userId, tokenVersion);
  }

  /** Reads the changes now (also what the timer does); concurrent callers share one read. */
  refresh(): Promise<void> {
    this.reading ??= this.read().finally(() => (this.reading = undefined));
    return this.reading;
  }

  private async read(): Promise<void> {
    const windowSec = this.config.auth.accessTokenTtlSec + 60;
    const since = this.lastReadAt && new Date(this.lastReadAt.getTime() - OVERLAP_MS);
    const { states, now } = await this.repository.changedSince(since, windowSec);
    const changed = this.list.apply(states);
    this.list.prune(new Date(now.getTime() - windowSec * 1000));
    this.lastReadAt = now;
    if (changed.length) this.events.emit(ACCESS_REVOKED, changed);
  }
}
