import { MAX_RETRY_DELAY_SEC, retryDelaySec } from './retry-delay';

describe('retryDelaySec', () => {
  it('doubles the wait after every failed attempt', () => {
    expect([1, 2, 3, 4, 5].map((n) => retryDelaySec(n, 10))).toEqual([10, 20, 40, 80, 160]);
  });

  it('never waits longer than an hour, even after many attempts', () => {
    expect(retryDelaySec(12, 10)).toBe(MAX_RETRY_DELAY_SEC);
    expect(retryDelaySec(1000, 10)).toBe(MAX_RETRY_DELAY_SEC);
  });

  it('treats a first attempt (or less) as the base delay', () => {
    expect(retryDelaySec(0, 5)).toBe(5);
    expect(retryDelaySec(1, 5)).toBe(5);
  });
});
