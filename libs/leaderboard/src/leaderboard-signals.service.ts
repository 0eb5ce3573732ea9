import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { ATTEMPT_SUBMITTED, type AttemptSubmittedEvent } from '@app/attempts';
import {
  LEADERBOARD_RELAY,
  RESULTS_FINALIZED,
  type ResultsFinalizedEvent,
  STANDINGS_CHANGED,
  type StandingsChangedEvent,
} from './leaderboard.events';
import { FreezeService } from './freeze.service';
import { LiveBoardsService } from './live-boards.service';
import { RankIndexCache } from './rank-index.cache';
import { freezePoint } from './rules/freeze';
import { type LeaderboardSignal, parseSignal } from './rules/live-signal';
import { RoundInfoCache } from './round-info.cache';

/** A late attempt dated before the freeze can only come from the sweeper, or land within this. */
const LATE_SUBMISSION_MS = 2 * 60_000;

/**
 * Turns domain events into leaderboard signals. A signal is applied here (database work that
 * must happen once: the frozen board), then in memory (rank indexes, dirty rounds), then relayed
 * to the other instances, which apply it in memory only.
 */
@Injectable()
export class LeaderboardSignalsService {
  private readonly logger = new Logger('LeaderboardSignals');

  constructor(
    private readonly ranks: RankIndexCache,
    private readonly live: LiveBoardsService,
    private readonly rounds: RoundInfoCache,
    private readonly freeze: FreezeService,
    private readonly events: EventEmitter2,
  ) {}

  @OnEvent(ATTEMPT_SUBMITTED)
  onSubmitted(event: AttemptSubmittedEvent): Promise<void> {
    return this.handleLocal(
      { kind: 'submitted', roundId: event.roundId, userId: event.userId },
      event.autoSubmitted,
    );
  }

  @OnEvent(STANDINGS_CHANGED)
  onStandingsChanged(event: StandingsChangedEvent): Promise<void> {
    return this.handleLocal({
      kind: 'standings',
      roundId: event.roundId,
      userIds: event.userIds ?? null,
    });
  }

  @OnEvent(RESULTS_FINALIZED)
  onResultsFinalized(event: ResultsFinalizedEvent): Promise<void> {
    return this.handleLocal({ kind: 'finalized', roundId: event.roundId });
  }

  /**
   * This instance may have missed signals (its Redis subscription was lost): drop what it keeps
   * in memory and recompute every watched board.
   */
  resync(): void {
    this.ranks.forgetAll();
    this.rounds.clear();
    this.live.resync();
  }

  /** A signal relayed by another instance (anything: it is checked first). */
  applyRemote(message: unknown): void {
    const signal = parseSignal(message);
    if (signal) this.apply(signal);
  }

  private async handleLocal(signal: LeaderboardSignal, autoSubmitted = false): Promise<void> {
    try {
      await this.applyOnce(signal, autoSubmitted);
    } catch (error) {
      this.logger.warn(`${signal.kind} of round ${signal.roundId}: ${String(error)}`);
    }
    this.apply(signal);
    this.events.emit(LEADERBOARD_RELAY, signal);
  }

  /** The database side, done by the instance where the change happened. */
  private async applyOnce(signal: LeaderboardSignal, autoSubmitted: boolean): Promise<void> {
    switch (signal.kind) {
      case 'finalized':
        return; // judging wrote it (round_results.finalized_at)
      case 'submitted':
      case 'standings': {
        const { round, contest } = await this.rounds.get(signal.roundId);
        const freezeAt = freezePoint({
          freezeMinutesBeforeClose: contest.leaderboard?.freezeMinutesBeforeClose ?? 0,
          closesAt: round.closesAt,
          finalizedAt: null,
        });
        // The frozen board only changes for attempts dated before the freeze: auto-submitted
        // ones (closed at their deadline by the sweeper), ones in flight at the freeze moment,
        // and disqualifications.
        if (!freezeAt || !this.freeze.isComputed(signal.roundId, freezeAt)) return;
        if (
          signal.kind === 'submitted' &&
          !autoSubmitted &&
          Date.now() > freezeAt.getTime() + LATE_SUBMISSION_MS
        ) {
          return;
        }
        const userIds = signal.kind === 'submitted' ? [signal.userId] : signal.userIds;
        await this.freeze.refreshPeople(signal.roundId, freezeAt, contest.attemptPolicy, userIds);
        return;
      }
    }
  }

  /** The in-memory side, done by every instance. */
  private apply(signal: LeaderboardSignal): void {
    switch (signal.kind) {
      case 'submitted':
        this.ranks.touch('live', signal.roundId, [signal.userId]);
        this.ranks.touch('frozen', signal.roundId, [signal.userId]);
        this.ranks.submitted(signal.roundId);
        break;
      case 'standings':
        this.ranks.touch('live', signal.roundId, signal.userIds);
        this.ranks.touch('frozen', signal.roundId, signal.userIds);
        break;
      case 'finalized':
        this.rounds.invalidate(signal.roundId);
        break;
    }
    this.live.markDirty(signal.roundId);
  }
}
