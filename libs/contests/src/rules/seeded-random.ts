/**
 * Seeded randomness for the draw and the paper's order (issue 5): a generator from a seed and a
 * shuffle driven by it. Pure.
 */

/** A source of numbers in [0, 1). */
export type Rng = () => number;

/** A seeded generator: mulberry32 over a 32-bit FNV-1a hash of the seed. */
export function createSeededRng(seed: string): Rng {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomIndex(rng: Rng, size: number): number {
  const r = rng();
  if (!(r >= 0 && r < 1)) throw new RangeError(`RNG returned ${r}, expected a number in [0, 1)`);
  return Math.floor(r * size);
}

/** Fisher–Yates shuffle; returns a new array and leaves `items` untouched. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomIndex(rng, i + 1);
    const tmp = out[i];
    out[i] = out[j];
    out[j] = tmp;
  }
  return out;
}
