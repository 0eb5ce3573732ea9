/**
 * A Fenwick (binary indexed) tree of counts over positions 0..n-1 that grows on demand:
 * `add` and `prefix` are O(log n). Pure.
 */
export class Fenwick {
  private tree: Int32Array;
  private counts: Int32Array;

  constructor(capacity = 64) {
    const size = nextPowerOfTwo(Math.max(1, capacity));
    this.tree = new Int32Array(size + 1);
    this.counts = new Int32Array(size);
  }

  get capacity(): number {
    return this.counts.length;
  }

  /** Adds `delta` at `position` (a whole number ≥ 0); the tree grows to hold it. */
  add(position: number, delta: number): void {
    if (!Number.isInteger(position) || position < 0)
      throw new RangeError(`bad position ${position}`);
    if (position >= this.counts.length) this.grow(position + 1);
    this.counts[position] += delta;
    for (let i = position + 1; i < this.tree.length; i += i & -i) this.tree[i] += delta;
  }

  /** Sum of the counts at positions 0..position (inclusive); 0 when position < 0. */
  prefix(position: number): number {
    if (position < 0) return 0;
    let sum = 0;
    for (let i = Math.min(position, this.counts.length - 1) + 1; i > 0; i -= i & -i) {
      sum += this.tree[i];
    }
    return sum;
  }

  at(position: number): number {
    return position >= 0 && position < this.counts.length ? this.counts[position] : 0;
  }

  private grow(needed: number): void {
    const counts = new Int32Array(nextPowerOfTwo(needed));
    counts.set(this.counts);
    const tree = new Int32Array(counts.length + 1);
    // O(n) construction: each node passes its sum to its parent.
    for (let i = 1; i <= counts.length; i++) {
      tree[i] += counts[i - 1];
      const parent = i + (i & -i);
      if (parent <= counts.length) tree[parent] += tree[i];
    }
    this.counts = counts;
    this.tree = tree;
  }
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
