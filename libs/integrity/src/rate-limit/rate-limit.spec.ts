import { rateDecision } from './rate-decision';
import { MemoryWindowCounter } from './window-counter';

describe('MemoryWindowCounter', () => {
  it('counts hits per key within a window and starts again after it', () => {
    let now = 1_000;
    const counter = new MemoryWindowCounter(() => now);
    expect(counter.hit('u', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
    now += 10_000;
    expect(counter.hit('u', 60_000)).toEqual({ count: 2, resetInMs: 50_000 });
    expect(counter.hit('v', 60_000).count).toBe(1);
    now += 50_000;
    expect(counter.hit('u', 60_000)).toEqual({ count: 1, resetInMs: 60_000 });
  });

  it('forgets expired keys', () => {
    let now = 0;
    const counter = new MemoryWindowCounter(() => now);
    for (let i = 0; i < 100; i++) counter.hit(`k${i}`, 1_000);
    now = 5_000;
    counter.hit('fresh', 1_000);
    expect(counter.size).toBe(1);
  });
});

describe('rateDecision', () => {
  it('lets a request through while every count is within its limit', () => {
    expect(
      rateDecision([
        { scope: 'user', count: 120, limit: 120, resetInMs: 5_000 },
        { scope: 'ip', count: 10, limit: 6_000, resetInMs: 5_000 },
      ]),
    ).toEqual({ blocked: false });
  });

  it('blocks beyond a limit and asks to wait until that window ends, in whole seconds', () => {
    expect(
      rateDecision([
        { scope: 'user', count: 121, limit: 120, resetInMs: 41_200 },
        { scope: 'ip', count: 10, limit: 6_000, resetInMs: 59_000 },
      ]),
    ).toEqual({ blocked: true, scope: 'user', retryAfterSec: 42 });
    expect(rateDecision([{ scope: 'ip', count: 2, limit: 1, resetInMs: 10 }])).toEqual({
      blocked: true,
      scope: 'ip',
      retryAfterSec: 1,
    });
  });
});
