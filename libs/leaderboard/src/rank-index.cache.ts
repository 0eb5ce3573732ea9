import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { RankIndex } from './rules/rank-index';
import { BUCKET_MS, cellOf } from './rules/rank-key';
import { type RankedSource, StandingsRepository, type StandingRow } from './standings.repository';

interface Entry {
  source: RankedSource;
  roundId: string;
  index: RankIndex;
  /** The load in progress (or done); replaced when a reload is requested. */
  loaded: Promise<void>;
  loading: boolean;
  /** A recount of the submitted attempts is running. */
  counting: boolean;
  failed: boolean;
  reload: boolean;
  /** People whose row changed since the index last read it. */
  pending: Set<string>;
  /** Applies refreshes one after another, so that an older read never overwrites a newer one. */
  queue: Promise<void>;
  /** Submitted attempts of the round (live boards only). */
  attempts: number;
  /** Submissions seen while the count was being read: recount soon. */
  attemptsUnsure: boolean;
  attemptsCountedAt: number;
  /** Counters read by SQL while the index loads. */
  interim?: Promise<RoundCounters>;
  lastUsed: number;
}

const IDLE_MS = 10 * 60_000;
const RECOUNT_MS = 60_000;
const UNSURE_RECOUNT_MS = 5_000;
/** Beyond this many people in memory (all rounds together) the least recently used boards go. */
const MAX_PEOPLE = 4_000_000;
const REFRESH_CHUNK = 5_000;
const WARMUP_DELAY_MS = 2_000;
const WARMUP_ROUNDS = 20;

export interface RoundCounters {
  participants: number;
  attempts: number;
}

/**
 * The in-memory rank indexes of this instance, one per board (live or frozen) of a round that
 * somebody looked at: loaded from the database once (one cursor over the round's standings),
 * then kept in step by `touch()` — called for every change, local or reported by another
 * instance — which re-reads only the people concerned before the next read. Also holds the
 * round's counters: participants (the index's size, exact) and submitted attempts (counted once,
 * then +1 per submission, recounted now and then to absorb races).
 */
@Injectable()
export class RankIndexCache implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('RankIndex');
  private readonly entries = new Map<string, Entry>();
  private readonly timer: NodeJS.Timeout;
  private warmup?: NodeJS.Timeout;
  private stopped = false;

  constructor(private readonly repo: StandingsRepository) {
    this.timer = setInterval(() => this.housekeeping(), 30_000);
    this.timer.unref();
  }

  /**
   * A restarted instance loads the boards of the open rounds in the background, so that the
   * first own ranks asked after a restart do not wait for the load (seconds for a million).
   */
  onApplicationBootstrap(): void {
    this.warmup = setTimeout(() => void this.warmUp(), WARMUP_DELAY_MS);
    this.warmup.unref();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.warmup);
  }

  /** 1-based rank of `row`'s person on the whole board (not for unit boards). */
  async rank(source: RankedSource, roundId: string, row: StandingRow): Promise<number> {
    let entry: Entry;
    try {
      entry = await this.ready(source, roundId);
    } catch (error) {
      this.logger.warn(
        `rank index of ${source}:${roundId} unavailable, counting in SQL: ${String(error)}`,
      );
      return (await this.repo.countBefore(source, roundId, row.userId, null)) + 1;
    }
    const cell = cellOf(row);
    const known = entry.index.cellOf(row.userId);
    // The row was just read: it is the truth, even if its change has not been reported yet.
    if (!known || known.scoreCents !== cell.scoreCents || known.bucket !== cell.bucket) {
      entry.index.set(row.userId, cell);
    }
    const ties = await this.repo.tiesBefore(source, roundId, row.userId, cell.bucket * BUCKET_MS);
    return entry.index.countBefore(cell) + ties + 1;
  }

  /**
   * The round's counters. Until the live index of a big round is loaded (seconds for a million
   * people), they come from two index-only counts instead, so that a board never waits for it.
   */
  async counters(roundId: string): Promise<RoundCounters> {
    const loaded = this.ready('live', roundId).then((entry) => {
      if (entry.attemptsUnsure && Date.now() - entry.attemptsCountedAt > UNSURE_RECOUNT_MS) {
        void this.recount(entry);
      }
      return { participants: entry.index.size, attempts: entry.attempts };
    });
    const entry = this.entries.get(key('live', roundId));
    if (!entry?.loading) return loaded;
    loaded.catch(() => undefined);
    entry.interim ??= this.repo.countRound(roundId);
    return Promise.race([loaded, entry.interim]);
  }

  /** These people's rows changed (all of them when null): re-read before the next answer. */
  touch(source: RankedSource, roundId: string, userIds: readonly string[] | null): void {
    const entry = this.entries.get(key(source, roundId));
    if (!entry) return; // nothing cached: the first read loads the current rows
    if (userIds === null) entry.reload = true;
    else for (const id of userIds) entry.pending.add(id);
  }

  /** One more submitted attempt in the round. */
  submitted(roundId: string): void {
    const entry = this.entries.get(key('live', roundId));
    if (!entry) return;
    // While the count is being read it may or may not include this one: recount soon instead.
    if (entry.loading || entry.counting) entry.attemptsUnsure = true;
    else entry.attempts++;
  }

  /** Forgets everything (after this instance may have missed changes, e.g. Redis was down). */
  forgetAll(): void {
    this.entries.clear();
  }

  forget(source: RankedSource, roundId: string): void {
    this.entries.delete(key(source, roundId));
  }

  private async warmUp(): Promise<void> {
    try {
      for (const roundId of await this.repo.activeRounds(WARMUP_ROUNDS)) {
        if (this.stopped) return;
        await this.ready('live', roundId);
      }
    } catch (error) {
      this.logger.warn(`warming up the rank indexes failed: ${String(error)}`);
    }
  }

  private async ready(source: RankedSource, roundId: string): Promise<Entry> {
    const k = key(source, roundId);
    let entry = this.entries.get(k);
    if (!entry || entry.failed) {
      entry = this.create(source, roundId);
      this.entries.set(k, entry);
      this.startLoad(entry);
    }
    entry.lastUsed = Date.now();
    // A reload asked for while a load runs is done after it.
    for (;;) {
      if (entry.reload && !entry.loading) this.startLoad(entry);
      await entry.loaded;
      if (entry.failed) throw new Error('load failed');
      if (!entry.reload) break;
    }
    await this.flush(entry);
    return entry;
  }

  private create(source: RankedSource, roundId: string): Entry {
    return {
      source,
      roundId,
      index: new RankIndex(),
      loaded: Promise.resolve(),
      loading: false,
      counting: false,
      failed: false,
      reload: false,
      pending: new Set(),
      queue: Promise.resolve(),
      attempts: 0,
      attemptsUnsure: false,
      attemptsCountedAt: 0,
      lastUsed: Date.now(),
    };
  }

  private startLoad(entry: Entry): void {
    entry.reload = false;
    entry.loading = true;
    entry.attemptsUnsure = false;
    // Changes reported from now on are re-read after the load; earlier ones are in what it reads.
    entry.pending.clear();
    const started = Date.now();
    const index = new RankIndex();
    entry.loaded = this.repo
      .loadCells(entry.source, entry.roundId, (userId, score, durationMs) =>
        index.set(userId, cellOf({ score, durationMs })),
      )
      .then(({ submittedAttempts }) => {
        entry.loading = false;
        entry.index = index;
        entry.interim = undefined;
        entry.attempts = submittedAttempts;
        entry.attemptsCountedAt = Date.now();
        entry.failed = false;
        // Submissions reported during the load may or may not be in its count.
        if (entry.attemptsUnsure) void this.recount(entry);
        const ms = Date.now() - started;
        if (ms > 200) {
          this.logger.log(
            `loaded ${entry.source}:${entry.roundId}: ${index.size} people in ${ms} ms`,
          );
        }
        this.enforceBudget();
      })
      .catch((error: unknown) => {
        entry.loading = false;
        entry.failed = true;
        this.logger.warn(`loading ${entry.source}:${entry.roundId} failed: ${String(error)}`);
      });
  }

  private flush(entry: Entry): Promise<void> {
    if (entry.pending.size === 0) return entry.queue;
    entry.queue = entry.queue.then(async () => {
      while (entry.pending.size > 0) {
        const ids = [...entry.pending].slice(0, REFRESH_CHUNK);
        for (const id of ids) entry.pending.delete(id);
        try {
          const rows = await this.repo.cells(entry.source, entry.roundId, ids);
          for (const r of rows) {
            entry.index.set(
              r.userId,
              r.score === null ? null : cellOf({ score: r.score, durationMs: r.durationMs ?? 0 }),
            );
          }
        } catch (error) {
          for (const id of ids) entry.pending.add(id);
          throw error;
        }
      }
    });
    return entry.queue;
  }

  private async recount(entry: Entry): Promise<void> {
    if (entry.loading || entry.counting) return;
    entry.counting = true;
    entry.attemptsUnsure = false;
    entry.attemptsCountedAt = Date.now();
    try {
      const n = await this.repo.countSubmitted(entry.roundId);
      if (n !== entry.attempts)
        this.logger.debug(`attempts of ${entry.roundId}: ${entry.attempts} → ${n}`);
      entry.attempts = n;
    } catch (error) {
      entry.attemptsUnsure = true;
      this.logger.warn(`recount of ${entry.roundId} failed: ${String(error)}`);
    } finally {
      entry.counting = false;
    }
  }

  private housekeeping(): void {
    const now = Date.now();
    for (const [k, entry] of this.entries) {
      if (now - entry.lastUsed > IDLE_MS) this.entries.delete(k);
      else if (
        entry.source === 'live' &&
        now - entry.lastUsed < RECOUNT_MS &&
        now - entry.attemptsCountedAt > RECOUNT_MS
      ) {
        void this.recount(entry);
      }
    }
  }

  private enforceBudget(): void {
    let total = 0;
    for (const entry of this.entries.values()) total += entry.index.size;
    if (total <= MAX_PEOPLE) return;
    const byAge = [...this.entries.entries()].sort((a, b) => a[1].lastUsed - b[1].lastUsed);
    for (const [k, entry] of byAge) {
      if (total <= MAX_PEOPLE) break;
      if (entry.loading) continue;
      this.entries.delete(k);
      total -= entry.index.size;
    }
  }
}

function key(source: RankedSource, roundId: string): string {
  return `${source}:${roundId}`;
}
