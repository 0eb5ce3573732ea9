import { parseSignal } from './live-signal';

const r = '6F1C1A52-1D8E-4A63-9B0E-0B0C2F6A0001';
const u = '6f1c1a52-1d8e-4a63-9b0e-0b0c2f6a0002';

describe('parseSignal', () => {
  it('accepts the three kinds and lower-cases ids', () => {
    expect(parseSignal({ kind: 'submitted', roundId: r, userId: u })).toEqual({
      kind: 'submitted',
      roundId: r.toLowerCase(),
      userId: u,
    });
    expect(parseSignal({ kind: 'standings', roundId: r, userIds: [u] })?.kind).toBe('standings');
    expect(parseSignal({ kind: 'standings', roundId: r, userIds: null })).toEqual({
      kind: 'standings',
      roundId: r.toLowerCase(),
      userIds: null,
    });
    expect(parseSignal({ kind: 'finalized', roundId: r })?.kind).toBe('finalized');
  });

  it('rejects anything malformed', () => {
    for (const bad of [
      null,
      'x',
      42,
      {},
      { kind: 'submitted', roundId: r },
      { kind: 'other', roundId: r },
      { kind: 'finalized', roundId: 'x' },
      { kind: 'standings', roundId: r, userIds: ['x'] },
    ]) {
      expect(parseSignal(bad)).toBeNull();
    }
  });
});
