import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { BoardAccessService } from './board-access.service';
import type { LeaderboardDto } from './dto/leaderboard.dto';
import type { RoundStatsDto } from './dto/round-stats.dto';
import type { SubscribeBoardDto } from './dto/subscribe-board.dto';
import { LEADERBOARD_OUTBOX, type LeaderboardOutboxMessage } from './leaderboard.events';
import { LeaderboardService } from './leaderboard.service';
import { boardSignature, countersSignature, shouldBroadcast } from './rules/board-change';
import { type BoardKey, boardRoom, parseBoardRoom } from './rules/board-room';
import { recomputeDelay } from './rules/coalesce';
import { RoundInfoCache } from './round-info.cache';

/** A round's boards are recomputed at most this often: a room gets at most one update per tick. */
export const LIVE_TICK_MS = 1000;
/** After a quiet spell, how long a change waits for others before the boards are recomputed. */
export const LIVE_GATHER_MS = 100;
/** Entries carried by live boards (REST serves up to 100). */
export const LIVE_BOARD_SIZE = 20;

interface RoomState {
  key: BoardKey;
  /** Signature of the last snapshot the room's members were sent. */
  signature?: string;
  snapshot?: LeaderboardDto;
  seq: number;
}

export interface Subscription {
  room: string;
  snapshot: LeaderboardDto;
  seq: number;
}

/**
 * The live boards of this instance. Changes (local, or reported by other instances) only mark a
 * round dirty; a dirty round's watched boards are then computed once each — not per client — at
 * most once per tick (LIVE_TICK_MS; sooner after a quiet spell), and a room is sent
 * `leaderboard:update` only when its entries, counters or frozen flag changed, plus
 * `round:stats` when the counters changed. Every instance sends to its own sockets
 * only: a client receives one update per change however many instances there are. The gateway
 * reports the rooms (`watch`/`unwatch`) and delivers what this service emits (LEADERBOARD_OUTBOX).
 */
@Injectable()
export class LiveBoardsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('LiveBoards');
  private readonly rooms = new Map<string, RoomState>();
  private readonly dirty = new Set<string>();
  /** roundId → what its public board showed at the last tick (live, frozen or final). */
  private readonly sourceAtLastTick = new Map<string, string>();
  private readonly lastStats = new Map<string, string>();
  private readonly computing = new Map<
    string,
    Promise<{ snapshot: LeaderboardDto; seq: number }>
  >();
  /** Per round: the pending recomputation, whether one runs, when the last one started. */
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<string>();
  private readonly lastRun = new Map<string, number>();
  private phaseTimer?: NodeJS.Timeout;
  private checkingPhases = false;
  private stopped = false;
  private seq = 0;

  constructor(
    private readonly rounds: RoundInfoCache,
    private readonly access: BoardAccessService,
    private readonly boards: LeaderboardService,
    private readonly events: EventEmitter2,
  ) {}

  onApplicationBootstrap(): void {
    this.phaseTimer = setInterval(() => void this.checkPhases(), LIVE_TICK_MS);
    this.phaseTimer.unref();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearInterval(this.phaseTimer);
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /**
   * Checks that `user` may watch the board and returns its room and a snapshot. The snapshot is
   * the room's last one while nothing changed since, so a crowd subscribing at once costs one
   * computation.
   */
  async subscribe(user: AuthUser | undefined, dto: SubscribeBoardDto): Promise<Subscription> {
    const roundId = dto.roundId.toLowerCase();
    const unitId = dto.unitId?.toLowerCase() ?? null;
    const info = await this.rounds.get(roundId);
    const view = await this.access.viewFor(info, user);
    if (unitId) await this.boards.assertUnit(unitId);
    const room = boardRoom({ roundId, unitId, view });
    const state = this.rooms.get(room);
    if (state?.snapshot && !this.dirty.has(roundId)) {
      return { room, snapshot: state.snapshot, seq: state.seq };
    }
    return { room, ...(await this.compute(room)) };
  }

  /**
   * The gateway put a socket in `room` after `subscribe`. Returns the snapshot to give that
   * socket: the room's newer one when an update went out while it was joining.
   */
  joined(subscription: Subscription): LeaderboardDto {
    const { room, snapshot, seq } = subscription;
    const key = parseBoardRoom(room);
    if (!key) return snapshot;
    const state = this.rooms.get(room);
    if (!state) {
      this.rooms.set(room, { key, signature: boardSignature(snapshot), snapshot, seq });
      // A change reported while nobody watched may be newer than this snapshot.
      if (this.dirty.has(key.roundId)) this.schedule(key.roundId);
      return snapshot;
    }
    if (state.snapshot && state.seq > seq) return state.snapshot;
    if (!state.signature) {
      state.signature = boardSignature(snapshot);
      state.snapshot = snapshot;
      state.seq = seq;
    }
    return snapshot;
  }

  /** The last socket left `room` on this instance. */
  unwatch(room: string): void {
    this.rooms.delete(room);
  }

  /** Something on the round's boards may have changed. */
  markDirty(roundId: string): void {
    this.dirty.add(roundId);
    this.schedule(roundId);
  }

  /** After a gap in what this instance heard (Redis was down): recompute every watched board. */
  resync(): void {
    for (const state of this.rooms.values()) this.markDirty(state.key.roundId);
  }

  watchedRooms(): number {
    return this.rooms.size;
  }

  /**
   * Leading-edge throttle per round: after a quiet spell the boards are recomputed
   * LIVE_GATHER_MS after the first change (gathering a burst); under a stream of changes, once
   * every LIVE_TICK_MS.
   */
  private schedule(roundId: string): void {
    if (this.stopped || this.timers.has(roundId) || this.running.has(roundId)) return;
    const wait = recomputeDelay(
      this.lastRun.get(roundId),
      Date.now(),
      LIVE_TICK_MS,
      LIVE_GATHER_MS,
    );
    const timer = setTimeout(() => {
      this.timers.delete(roundId);
      void this.run(roundId);
    }, wait);
    timer.unref();
    this.timers.set(roundId, timer);
  }

  private async run(roundId: string): Promise<void> {
    const rooms = [...this.rooms].filter(([, state]) => state.key.roundId === roundId);
    if (rooms.length === 0 || !this.dirty.has(roundId)) {
      // Nobody watches here: the first subscriber computes a fresh snapshot anyway.
      this.dirty.delete(roundId);
      this.lastStats.delete(roundId);
      return;
    }
    this.running.add(roundId);
    this.lastRun.set(roundId, Date.now());
    try {
      await this.tickRound(roundId, rooms);
    } catch (error) {
      this.dirty.add(roundId); // try again at the next tick
      if (!(error instanceof AppException)) {
        this.logger.warn(`live board of round ${roundId}: ${String(error)}`);
      }
    } finally {
      this.running.delete(roundId);
      if (this.dirty.has(roundId)) this.schedule(roundId);
    }
  }

  /** Time changes boards too: the freeze begins; results get finalized (also checked here). */
  private async checkPhases(): Promise<void> {
    if (this.checkingPhases) return;
    this.checkingPhases = true;
    try {
      const watched = new Set([...this.rooms.values()].map((state) => state.key.roundId));
      for (const roundId of this.sourceAtLastTick.keys()) {
        if (!watched.has(roundId)) this.sourceAtLastTick.delete(roundId);
      }
      for (const roundId of this.lastRun.keys()) {
        if (!watched.has(roundId) && !this.timers.has(roundId)) this.lastRun.delete(roundId);
      }
      for (const roundId of watched) {
        try {
          const source = this.boards.publicSource(await this.rounds.get(roundId));
          const before = this.sourceAtLastTick.get(roundId);
          this.sourceAtLastTick.set(roundId, source);
          if (before !== undefined && before !== source) this.markDirty(roundId);
        } catch {
          // the round is gone, or the database is away: try again next time
        }
      }
    } finally {
      this.checkingPhases = false;
    }
  }

  private async tickRound(roundId: string, rooms: Array<[string, RoomState]>): Promise<void> {
    this.dirty.delete(roundId); // changes from now on make the round dirty again
    const info = await this.rounds.get(roundId);
    const publicSource = this.boards.publicSource(info);
    this.sourceAtLastTick.set(roundId, publicSource);
    // Boards that show the same thing are computed once (the public board is the live one
    // while not frozen).
    const computed = new Map<string, Promise<{ snapshot: LeaderboardDto; seq: number }>>();
    const updates = new Map<LeaderboardDto, string[]>();
    let stats: RoundStatsDto | undefined;
    for (const [room, state] of rooms) {
      const source = state.key.view === 'public' ? publicSource : 'live';
      const same = `${publicSource === 'final' ? 'final' : source}:${state.key.unitId}`;
      let pending = computed.get(same);
      if (!pending) {
        pending = this.compute(room, info);
        computed.set(same, pending);
      }
      const { snapshot, seq } = await pending;
      stats ??= { roundId, participants: snapshot.participants, attempts: snapshot.attempts };
      if (!this.rooms.has(room) || !shouldBroadcast(state.signature, snapshot)) continue;
      state.signature = boardSignature(snapshot);
      state.snapshot = snapshot;
      state.seq = seq;
      const list = updates.get(snapshot);
      if (list) list.push(room);
      else updates.set(snapshot, [room]);
    }
    for (const [snapshot, targets] of updates) {
      this.send({ rooms: targets, event: 'leaderboard:update', payload: snapshot });
    }
    if (stats) {
      const signature = countersSignature(stats);
      if (this.lastStats.get(roundId) !== signature) {
        const first = !this.lastStats.has(roundId);
        this.lastStats.set(roundId, signature);
        if (!first || updates.size > 0) {
          this.send({ rooms: rooms.map(([room]) => room), event: 'round:stats', payload: stats });
        }
      }
    }
  }

  private compute(
    room: string,
    known?: Awaited<ReturnType<RoundInfoCache['get']>>,
  ): Promise<{ snapshot: LeaderboardDto; seq: number }> {
    const running = this.computing.get(room);
    if (running && !known) return running;
    const key = parseBoardRoom(room) as BoardKey;
    const seq = ++this.seq;
    const promise = (async () => {
      const info = known ?? (await this.rounds.get(key.roundId));
      const snapshot = await this.boards.snapshot(info, key, LIVE_BOARD_SIZE);
      return { snapshot, seq };
    })();
    this.computing.set(room, promise);
    void promise.then(
      () => this.computing.get(room) === promise && this.computing.delete(room),
      () => this.computing.get(room) === promise && this.computing.delete(room),
    );
    return promise;
  }

  private send(message: LeaderboardOutboxMessage): void {
    this.events.emit(LEADERBOARD_OUTBOX, message);
  }
}
