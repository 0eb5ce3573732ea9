import { Fenwick } from './fenwick';
import type { RankCell } from './rank-key';

/**
 * Duration buckets per score: 2^20 one-second buckets (12 days) — far above any time limit.
 * With fewer than 1,024 distinct scores a packed cell stays below 2^30, a small integer that V8
 * stores inline (no heap number per person: less memory, less garbage-collection work).
 */
const BUCKETS = 2 ** 20;

/**
 * An order-statistic index of one board, in memory: for every person the cell (score, duration
 * bucket) of their counted attempt, and per score a Fenwick tree of counts over duration buckets.
 * `countBefore(cell)` — how many people rank above anybody in `cell` — is O(distinct scores +
 * log buckets); moving a person is O(log buckets). The order inside a cell (exact duration,
 * submission time, user id) is left to the database, whose index answers it by reading only
 * that cell. One packed number per person (with its id in the map, about 100 bytes). Pure.
 */
export class RankIndex {
  private readonly users = new Map<string, number>();
  private readonly idOfCents = new Map<number, number>();
  private readonly centsOfId: number[] = [];
  private readonly trees: Fenwick[] = [];
  private readonly totals: number[] = [];
  /** Score ids, highest score first. */
  private readonly descending: number[] = [];

  /** People on the board. */
  get size(): number {
    return this.users.size;
  }

  /** Puts a person in `cell`, moving them if they were elsewhere; `null` takes them off. */
  set(userId: string, cell: RankCell | null): void {
    const previous = this.users.get(userId);
    if (previous !== undefined) {
      const { id, bucket } = unpack(previous);
      this.trees[id].add(bucket, -1);
      this.totals[id]--;
    }
    if (cell === null) {
      this.users.delete(userId);
      return;
    }
    const id = this.scoreId(cell.scoreCents);
    const bucket = clampBucket(cell.bucket);
    this.trees[id].add(bucket, 1);
    this.totals[id]++;
    this.users.set(userId, id * BUCKETS + bucket);
  }

  cellOf(userId: string): RankCell | null {
    const packed = this.users.get(userId);
    if (packed === undefined) return null;
    const { id, bucket } = unpack(packed);
    return { scoreCents: this.centsOfId[id], bucket };
  }

  /** People in cells strictly before `cell`: every higher score, then shorter duration buckets. */
  countBefore(cell: RankCell): number {
    let before = 0;
    for (const id of this.descending) {
      if (this.centsOfId[id] <= cell.scoreCents) break;
      before += this.totals[id];
    }
    const id = this.idOfCents.get(cell.scoreCents);
    if (id !== undefined) before += this.trees[id].prefix(clampBucket(cell.bucket) - 1);
    return before;
  }

  /** People in exactly this cell. */
  countIn(cell: RankCell): number {
    const id = this.idOfCents.get(cell.scoreCents);
    return id === undefined ? 0 : this.trees[id].at(clampBucket(cell.bucket));
  }

  private scoreId(cents: number): number {
    const known = this.idOfCents.get(cents);
    if (known !== undefined) return known;
    const id = this.centsOfId.length;
    this.centsOfId.push(cents);
    this.trees.push(new Fenwick(1024));
    this.totals.push(0);
    this.idOfCents.set(cents, id);
    // Insert keeping the highest score first (binary search on the score).
    let lo = 0;
    let hi = this.descending.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.centsOfId[this.descending[mid]] > cents) lo = mid + 1;
      else hi = mid;
    }
    this.descending.splice(lo, 0, id);
    return id;
  }
}

function clampBucket(bucket: number): number {
  return Math.min(Math.max(0, Math.floor(bucket)), BUCKETS - 1);
}

function unpack(packed: number): { id: number; bucket: number } {
  const id = Math.floor(packed / BUCKETS);
  return { id, bucket: packed - id * BUCKETS };
}
