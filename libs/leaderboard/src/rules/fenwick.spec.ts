import { Fenwick } from './fenwick';

describe('Fenwick', () => {
  it('answers prefix sums after adds and removals', () => {
    const f = new Fenwick(8);
    f.add(0, 2);
    f.add(3, 1);
    f.add(7, 4);
    f.add(3, -1);
    expect(f.prefix(-1)).toBe(0);
    expect(f.prefix(0)).toBe(2);
    expect(f.prefix(3)).toBe(2);
    expect(f.prefix(6)).toBe(2);
    expect(f.prefix(7)).toBe(6);
    expect(f.prefix(1000)).toBe(6);
    expect(f.at(7)).toBe(4);
  });

  it('grows to hold a far position and keeps the earlier counts', () => {
    const f = new Fenwick(2);
    f.add(1, 3);
    f.add(5000, 2);
    expect(f.capacity).toBeGreaterThanOrEqual(5001);
    expect(f.prefix(1)).toBe(3);
    expect(f.prefix(4999)).toBe(3);
    expect(f.prefix(5000)).toBe(5);
  });

  it('matches a naive array on random operations', () => {
    const f = new Fenwick(1);
    const naive: number[] = [];
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const p = rnd(3000);
      f.add(p, 1);
      naive[p] = (naive[p] ?? 0) + 1;
      if (i % 50 === 0) {
        const q = rnd(3500);
        const expected = naive.slice(0, q + 1).reduce((s, v) => s + (v ?? 0), 0);
        expect(f.prefix(q)).toBe(expected);
      }
    }
  });

  it('refuses negative or fractional positions', () => {
    expect(() => new Fenwick().add(-1, 1)).toThrow(RangeError);
    expect(() => new Fenwick().add(1.5, 1)).toThrow(RangeError);
  });
});
