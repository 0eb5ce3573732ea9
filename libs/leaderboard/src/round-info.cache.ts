import { Injectable } from '@nestjs/common';
import { ContestAccessService, type ContestEntity, type RoundEntity } from '@app/contests';
import { StandingsRepository } from './standings.repository';

export interface RoundInfo {
  round: RoundEntity;
  contest: ContestEntity;
  /** When the judges finalized the results (every board then shows them). */
  finalizedAt: Date | null;
}

const TTL_MS = 1000;

/**
 * A round, its contest and its freeze state, kept for a second: every board of a round and every
 * subscriber share one read (a burst of 5,000 subscriptions makes one query, not 5,000).
 */
@Injectable()
export class RoundInfoCache {
  private readonly cache = new Map<string, { at: number; info: Promise<RoundInfo> }>();

  constructor(
    private readonly access: ContestAccessService,
    private readonly repo: StandingsRepository,
  ) {}

  /** Throws NOT_FOUND for an unknown round. */
  get(roundId: string): Promise<RoundInfo> {
    const now = Date.now();
    const hit = this.cache.get(roundId);
    if (hit && now - hit.at < TTL_MS) return hit.info;
    const info = this.read(roundId);
    this.cache.set(roundId, { at: now, info });
    info.catch(() => {
      if (this.cache.get(roundId)?.info === info) this.cache.delete(roundId);
    });
    if (this.cache.size > 10_000) this.sweep(now);
    return info;
  }

  invalidate(roundId: string): void {
    this.cache.delete(roundId);
  }

  clear(): void {
    this.cache.clear();
  }

  private async read(roundId: string): Promise<RoundInfo> {
    const [{ round, contest }, finalizedAt] = await Promise.all([
      this.access.getRound(roundId),
      this.repo.finalizedAt(roundId),
    ]);
    return { round, contest, finalizedAt };
  }

  private sweep(now: number): void {
    for (const [id, entry] of this.cache) if (now - entry.at >= TTL_MS) this.cache.delete(id);
  }
}
