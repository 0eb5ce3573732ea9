import { RankIndexCache } from './rank-index.cache';
import type { CellRow, StandingRow, StandingsRepository } from './standings.repository';

/** An in-memory stand-in for the database side of the cache. */
class FakeRepo {
  rows = new Map<string, { score: number; durationMs: number }>();
  submitted = 0;
  loads = 0;
  gate?: Promise<void>;

  async loadCells(
    _source: string,
    _roundId: string,
    onRow: (userId: string, score: number, durationMs: number) => void,
  ): Promise<{ submittedAttempts: number }> {
    this.loads++;
    const counted = this.submitted;
    const snapshot = [...this.rows];
    await this.gate;
    for (const [id, r] of snapshot) onRow(id, r.score, r.durationMs);
    return { submittedAttempts: counted };
  }

  async cells(_source: string, _roundId: string, userIds: string[]): Promise<CellRow[]> {
    return userIds.map((userId) => {
      const r = this.rows.get(userId);
      return { userId, score: r?.score ?? null, durationMs: r?.durationMs ?? null };
    });
  }

  /** People of the same cell ranked above (the real one asks the order index). */
  async tiesBefore(): Promise<number> {
    return 0;
  }

  async countBefore(_s: string, _r: string, userId: string): Promise<number> {
    const me = this.rows.get(userId)!;
    return [...this.rows.values()].filter(
      (o) => o.score > me.score || (o.score === me.score && o.durationMs < me.durationMs),
    ).length;
  }

  async countRound(): Promise<{ participants: number; attempts: number }> {
    return { participants: this.rows.size, attempts: this.submitted };
  }

  async countSubmitted(): Promise<number> {
    return this.submitted;
  }
}

const row = (userId: string, score: number, durationMs: number): StandingRow => ({
  userId,
  displayName: userId,
  unitName: null,
  unitId: null,
  score,
  correctCount: score,
  durationMs,
});

describe('RankIndexCache', () => {
  let repo: FakeRepo;
  let cache: RankIndexCache;

  beforeEach(() => {
    repo = new FakeRepo();
    cache = new RankIndexCache(repo as unknown as StandingsRepository);
  });
  afterEach(() => cache.onModuleDestroy());

  it('loads a board once and ranks from memory', async () => {
    repo.rows.set('a', { score: 9, durationMs: 50_000 });
    repo.rows.set('b', { score: 7, durationMs: 10_000 });
    repo.rows.set('c', { score: 9, durationMs: 20_000 });
    expect(await cache.rank('live', 'r', row('a', 9, 50_000))).toBe(2);
    expect(await cache.rank('live', 'r', row('b', 7, 10_000))).toBe(3);
    expect(await cache.rank('live', 'r', row('c', 9, 20_000))).toBe(1);
    expect(repo.loads).toBe(1);
  });

  it('follows reported changes: re-reads only the people touched', async () => {
    repo.rows.set('a', { score: 5, durationMs: 1000 });
    repo.rows.set('b', { score: 6, durationMs: 1000 });
    repo.submitted = 2;
    expect(await cache.counters('r')).toEqual({ participants: 2, attempts: 2 });
    repo.rows.set('c', { score: 8, durationMs: 1000 });
    repo.rows.set('b', { score: 4, durationMs: 1000 });
    repo.submitted = 4;
    cache.touch('live', 'r', ['c', 'b']);
    cache.submitted('r');
    cache.submitted('r');
    expect(await cache.rank('live', 'r', row('a', 5, 1000))).toBe(2);
    expect(await cache.counters('r')).toEqual({ participants: 3, attempts: 4 });
    repo.rows.delete('c'); // disqualified
    cache.touch('live', 'r', ['c']);
    expect(await cache.rank('live', 'r', row('a', 5, 1000))).toBe(1);
    expect(repo.loads).toBe(1);
  });

  it('reloads the whole board when told that everything may have changed', async () => {
    repo.rows.set('a', { score: 5, durationMs: 1000 });
    await cache.counters('r');
    repo.rows.set('b', { score: 9, durationMs: 1000 });
    cache.touch('live', 'r', null);
    expect(await cache.rank('live', 'r', row('a', 5, 1000))).toBe(2);
    expect(repo.loads).toBe(2);
  });

  it('answers counters by SQL while a big board loads, and re-reads people changed meanwhile', async () => {
    repo.rows.set('a', { score: 5, durationMs: 1000 });
    repo.submitted = 1;
    let open!: () => void;
    repo.gate = new Promise((resolve) => (open = resolve));
    repo.rows.set('b', { score: 3, durationMs: 1000 });
    repo.submitted = 2;
    expect(await cache.counters('r')).toEqual({ participants: 2, attempts: 2 });
    // During the load, b improves: the load may have read the old row.
    repo.rows.set('b', { score: 8, durationMs: 1000 });
    cache.touch('live', 'r', ['b']);
    open();
    expect(await cache.rank('live', 'r', row('a', 5, 1000))).toBe(2);
  });

  it('falls back to counting in SQL when the board cannot be loaded', async () => {
    repo.rows.set('a', { score: 5, durationMs: 1000 });
    repo.rows.set('b', { score: 6, durationMs: 1000 });
    repo.loadCells = () => Promise.reject(new Error('database away'));
    expect(await cache.rank('live', 'r', row('a', 5, 1000))).toBe(2);
  });
});
