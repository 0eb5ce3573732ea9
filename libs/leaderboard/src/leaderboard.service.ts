import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@app/accounts';
import { AppException } from '@app/core';
import { UnitsService } from '@app/units';
import { BoardAccessService } from './board-access.service';
import type { LeaderboardEntryDto } from './dto/leaderboard-entry.dto';
import type { LeaderboardQueryDto } from './dto/leaderboard-query.dto';
import type { LeaderboardDto } from './dto/leaderboard.dto';
import type { MyRankDto } from './dto/my-rank.dto';
import { FreezeService } from './freeze.service';
import { RankIndexCache } from './rank-index.cache';
import type { BoardKey } from './rules/board-room';
import {
  boardSource,
  type FreezeSettings,
  freezePoint,
  type StandingsSource,
} from './rules/freeze';
import { type RoundInfo, RoundInfoCache } from './round-info.cache';
import { type StandingRow, StandingsRepository } from './standings.repository';

const UNIT_TTL_MS = 5000;

/** Boards and own ranks, for REST and for the live rooms alike. */
@Injectable()
export class LeaderboardService {
  private readonly subtrees = new Map<string, { at: number; ids: Promise<string[]> }>();

  constructor(
    private readonly rounds: RoundInfoCache,
    private readonly access: BoardAccessService,
    private readonly repo: StandingsRepository,
    private readonly ranks: RankIndexCache,
    private readonly freeze: FreezeService,
    private readonly units: UnitsService,
  ) {}

  /** GET /rounds/:roundId/leaderboard */
  async board(
    roundId: string,
    user: AuthUser | undefined,
    query: LeaderboardQueryDto,
  ): Promise<LeaderboardDto> {
    const info = await this.rounds.get(roundId);
    const view = await this.access.viewFor(info, user);
    return this.snapshot(info, { roundId, unitId: query.unitId ?? null, view }, query.limit);
  }

  /** GET /rounds/:roundId/leaderboard/me — the caller's place on the board they may see. */
  async myRank(roundId: string, user: AuthUser, unitId?: string): Promise<MyRankDto> {
    const info = await this.rounds.get(roundId);
    const view = await this.access.viewFor(info, user);
    const { source, frozen } = await this.sourceOf(info, view);
    const unitIds = unitId ? await this.subtree(unitId) : null;
    const row = await this.repo.own(source, roundId, user.id);
    if (!row || (unitIds && (!row.unitId || !unitIds.includes(row.unitId)))) {
      return { rank: null, entry: null, frozen };
    }
    let rank: number;
    if (unitIds) rank = (await this.repo.countBefore(source, roundId, user.id, unitIds)) + 1;
    else if (source === 'final') rank = row.finalRank ?? 0;
    else rank = await this.ranks.rank(source, roundId, row);
    return { rank, entry: toEntry(row, rank), frozen };
  }

  /** The board `key` as its viewers see it now; `limit` entries. */
  async snapshot(info: RoundInfo, key: BoardKey, limit: number): Promise<LeaderboardDto> {
    const { source, frozen, freezeAt } = await this.sourceOf(info, key.view);
    const unitIds = key.unitId ? await this.subtree(key.unitId) : null;
    const readAt = new Date();
    const [rows, counters] = await Promise.all([
      this.repo.top(source, key.roundId, unitIds, limit),
      this.ranks.counters(key.roundId),
    ]);
    return {
      roundId: key.roundId,
      unitId: key.unitId,
      frozen,
      final: source === 'final',
      freezeAt: freezeAt?.toISOString() ?? null,
      updatedAt: (frozen && freezeAt ? freezeAt : readAt).toISOString(),
      participants: counters.participants,
      attempts: counters.attempts,
      entries: rows.map((row, i) => toEntry(row, i + 1)),
    };
  }

  /** What the public board of the round shows now (a change of it changes the board). */
  publicSource(info: RoundInfo, now = new Date()): StandingsSource {
    return boardSource('public', settingsOf(info), now);
  }

  /** Throws NOT_FOUND for an unknown unit. */
  async assertUnit(unitId: string): Promise<void> {
    await this.subtree(unitId);
  }

  private async sourceOf(
    info: RoundInfo,
    view: BoardKey['view'],
  ): Promise<{ source: StandingsSource; frozen: boolean; freezeAt: Date | null }> {
    const settings = settingsOf(info);
    const freezeAt = freezePoint(settings);
    const source = boardSource(view, settings, new Date());
    const frozen = source === 'frozen';
    if (frozen && freezeAt) {
      const changed = await this.freeze.ensureComputed(
        info.round.id,
        freezeAt,
        info.contest.attemptPolicy,
      );
      if (changed) this.ranks.forget('frozen', info.round.id);
    }
    return { source, frozen, freezeAt };
  }

  private subtree(unitId: string): Promise<string[]> {
    const now = Date.now();
    const hit = this.subtrees.get(unitId);
    if (hit && now - hit.at < UNIT_TTL_MS) return hit.ids;
    const ids = this.units.findSubtreeIds(unitId).then((found) => {
      if (found.length === 0) throw AppException.notFound('Không tìm thấy đơn vị');
      return found;
    });
    this.subtrees.set(unitId, { at: now, ids });
    ids.catch(() => this.subtrees.delete(unitId));
    if (this.subtrees.size > 5000) {
      for (const [id, e] of this.subtrees) if (now - e.at >= UNIT_TTL_MS) this.subtrees.delete(id);
    }
    return ids;
  }
}

function settingsOf(info: RoundInfo): FreezeSettings {
  return {
    freezeMinutesBeforeClose: info.contest.leaderboard?.freezeMinutesBeforeClose ?? 0,
    closesAt: info.round.closesAt,
    finalizedAt: info.finalizedAt,
  };
}

function toEntry(row: StandingRow, rank: number): LeaderboardEntryDto {
  return {
    rank,
    userId: row.userId,
    displayName: row.displayName,
    unitName: row.unitName,
    score: row.score,
    correctCount: row.correctCount,
    durationMs: row.durationMs,
  };
}
