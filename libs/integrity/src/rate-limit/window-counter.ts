/** A fixed-window counter: hits per key until the window that began with the key's first hit ends. */
export interface WindowCount {
  count: number;
  resetInMs: number;
}

/**
 * In memory, O(1) per hit (the throttler's in-memory store keeps one timestamp per hit, which
 * costs O(limit) per request at the generous per-IP limits). Expired keys are swept at most
 * once per window.
 */
export class MemoryWindowCounter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private nextSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  hit(key: string, windowMs: number): WindowCount {
    const now = this.now();
    if (now >= this.nextSweep) this.sweep(now, windowMs);
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      w = { count: 0, resetAt: now + windowMs };
      this.windows.set(key, w);
    }
    w.count += 1;
    return { count: w.count, resetInMs: w.resetAt - now };
  }

  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number, windowMs: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
    this.nextSweep = now + windowMs;
  }
}
