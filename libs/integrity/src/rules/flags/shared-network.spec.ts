import { detectSharedNetwork } from './shared-network';
import { minutes, attempt } from './fixtures-for-spec';

describe('shared_network', () => {
  const perfect = (id: string, minute: number, ip = '203.0.113.5', user = `u-${id}`) =>
    attempt(id, { userId: user, ip, score: 20, maxScore: 20, submittedAt: minutes(minute) });

  it('flags five accounts with perfect scores from one IP within 30 minutes, as weak evidence', () => {
    const flags = detectSharedNetwork([0, 4, 8, 12, 18].map((m, i) => perfect(`p${i}`, m)));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'shared_network',
      attemptIds: ['p0', 'p1', 'p2', 'p3', 'p4'],
      evidence: { accounts: 5, attempts: 5, spanMs: 18 * 60_000 },
    });
    expect(flags[0].detail).toContain('203.0.113.5');
    expect(flags[0].detail).toContain('dấu hiệu yếu');
    expect(flags[0].detail).toContain('không chứng minh gian lận');
  });

  it('does not flag four accounts', () => {
    expect(detectSharedNetwork([0, 1, 2, 3].map((m, i) => perfect(`p${i}`, m)))).toEqual([]);
  });

  it('counts an account once however many perfect attempts it has', () => {
    const list = [0, 1, 2, 3].map((m, i) => perfect(`p${i}`, m));
    list.push(perfect('again', 4, '203.0.113.5', 'u-p0'));
    expect(detectSharedNetwork(list)).toEqual([]);
  });

  it('does not flag accounts spread wider than the window', () => {
    // Any 30-minute window holds at most 4 of them.
    expect(detectSharedNetwork([0, 10, 20, 30, 40].map((m, i) => perfect(`p${i}`, m)))).toEqual([]);
  });

  it('ignores attempts without a perfect score', () => {
    const list = [0, 1, 2, 3].map((m, i) => perfect(`p${i}`, m));
    list.push(
      attempt('nearly', { ip: '203.0.113.5', score: 19, maxScore: 20, submittedAt: minutes(5) }),
    );
    expect(detectSharedNetwork(list)).toEqual([]);
  });

  it('reports separate bursts from one IP separately and treats IPv4-mapped IPv6 as IPv4', () => {
    const morning = [0, 1, 2, 3, 4].map((m, i) => perfect(`m${i}`, m));
    const evening = [300, 301, 302, 303, 304].map((m, i) =>
      perfect(`e${i}`, m, '::ffff:203.0.113.5'),
    );
    const flags = detectSharedNetwork([...evening, ...morning]);
    expect(flags.map((f) => f.attemptIds)).toEqual([
      ['m0', 'm1', 'm2', 'm3', 'm4'],
      ['e0', 'e1', 'e2', 'e3', 'e4'],
    ]);
  });

  it('keeps one flag for a burst longer than the window made of overlapping windows', () => {
    const flags = detectSharedNetwork(
      [0, 5, 10, 15, 20, 25, 30, 35, 40].map((m, i) => perfect(`p${i}`, m)),
    );
    expect(flags).toHaveLength(1);
    expect(flags[0].evidence).toMatchObject({ accounts: 9, spanMs: 40 * 60_000 });
  });
});
