import { recomputeDelay } from './coalesce';

describe('recomputeDelay', () => {
  it('waits only the gathering time after a quiet spell', () => {
    expect(recomputeDelay(undefined, 10_000, 1000, 100)).toBe(100);
    expect(recomputeDelay(5_000, 10_000, 1000, 100)).toBe(100);
  });

  it('keeps a tick between two recomputations of a busy round', () => {
    expect(recomputeDelay(9_700, 10_000, 1000, 100)).toBe(700);
    expect(recomputeDelay(9_050, 10_000, 1000, 100)).toBe(100);
  });
});
