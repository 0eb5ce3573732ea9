import { demoRounds } from './demo-schedule';

describe('demoRounds', () => {
  it('opens the first round at 07:00 Vietnam time today and closes it at 21:00 six days later', () => {
    const now = new Date('2026-11-26T05:00:00Z'); // 12:00 in Vietnam
    const [first, second] = demoRounds(now, 3);
    expect(first.opensAt).toBe('2026-11-26T00:00:00.000Z');
    expect(first.closesAt).toBe('2026-12-02T14:00:00.000Z');
    expect(second.opensAt).toBe('2026-12-03T00:00:00.000Z');
    expect(Date.parse(first.opensAt)).toBeLessThanOrEqual(now.getTime());
    expect(Date.parse(first.closesAt)).toBeGreaterThan(now.getTime());
  });

  it('uses yesterday 07:00 when it is not yet 07:00 in Vietnam', () => {
    const now = new Date('2026-11-25T22:30:00Z'); // 05:30 on 26/11 in Vietnam
    expect(demoRounds(now, 1)[0].opensAt).toBe('2026-11-25T00:00:00.000Z');
  });
});
