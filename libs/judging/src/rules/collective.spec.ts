import { type CollectiveUnit, rankUnits } from './collective';
import { type PrizeKind } from './prizes';

// LĐLĐ tỉnh → LĐLĐ huyện → two grassroots unions; a sector union directly under the province.
const units: CollectiveUnit[] = [
  { unitId: 'P', unitName: 'LĐLĐ tỉnh Trà Vinh', parentId: null, memberCount: 0 },
  { unitId: 'D', unitName: 'LĐLĐ huyện Càng Long', parentId: 'P', memberCount: 10 },
  { unitId: 'G1', unitName: 'CĐCS Công ty May', parentId: 'D', memberCount: 50 },
  { unitId: 'G2', unitName: 'CĐCS Trường THCS An Trường', parentId: 'D', memberCount: 20 },
  { unitId: 'S', unitName: 'Công đoàn ngành Y tế', parentId: 'P', memberCount: 40 },
];

function people(spec: Record<string, number>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [unitId, n] of Object.entries(spec)) {
    for (let i = 0; i < n; i++) map.set(`${unitId}-${i}`, unitId);
  }
  return map;
}

describe('rankUnits', () => {
  it('counts participants, members, rate and prize points per registered unit', () => {
    const participants = people({ G1: 10, G2: 5, S: 8, D: 1 });
    const prizes = new Map<string, PrizeKind>([
      ['G1-0', 'first'], // 10
      ['G1-1', 'consolation'], // 4
      ['S-0', 'second'], // 8
      ['S-1', 'third'], // 6
    ]);
    expect(rankUnits({ units, participants, prizes })).toEqual([
      // 10 + 4 = 14 points, 10 / 50 = 0.2
      {
        unitId: 'G1',
        unitName: 'CĐCS Công ty May',
        participants: 10,
        memberCount: 50,
        participationRate: 0.2,
        prizePoints: 14,
      },
      // 8 + 6 = 14 points, 8 / 40 = 0.2: ties with G1 on points and rate, fewer participants
      {
        unitId: 'S',
        unitName: 'Công đoàn ngành Y tế',
        participants: 8,
        memberCount: 40,
        participationRate: 0.2,
        prizePoints: 14,
      },
      // no points: the higher rate (5 / 20 = 0.25) comes first
      {
        unitId: 'G2',
        unitName: 'CĐCS Trường THCS An Trường',
        participants: 5,
        memberCount: 20,
        participationRate: 0.25,
        prizePoints: 0,
      },
      {
        unitId: 'D',
        unitName: 'LĐLĐ huyện Càng Long',
        participants: 1,
        memberCount: 10,
        participationRate: 0.1,
        prizePoints: 0,
      },
      {
        unitId: 'P',
        unitName: 'LĐLĐ tỉnh Trà Vinh',
        participants: 0,
        memberCount: 0,
        participationRate: null,
        prizePoints: 0,
      },
    ]);
  });

  it('ranks by participants when points and rate are equal, and by name last', () => {
    const flat: CollectiveUnit[] = [
      { unitId: 'b', unitName: 'Bình', parentId: null, memberCount: 10 },
      { unitId: 'a', unitName: 'An', parentId: null, memberCount: 20 },
      { unitId: 'c', unitName: 'Ánh', parentId: null, memberCount: 10 },
    ];
    const ranked = rankUnits({
      units: flat,
      participants: people({ a: 4, b: 2, c: 2 }),
      prizes: new Map(),
    });
    // All rates 0.2: a has more participants; b and c tie, "Ánh" sorts before "Bình".
    expect(ranked.map((r) => r.unitId)).toEqual(['a', 'c', 'b']);
  });

  it('aggregates descendants into their ancestors with rollUp', () => {
    const participants = people({ G1: 10, G2: 5, S: 8, D: 1 });
    const prizes = new Map<string, PrizeKind>([
      ['G1-0', 'first'],
      ['G2-0', 'second'],
      ['S-0', 'third'],
    ]);
    const byId = new Map(
      rankUnits({ units, participants, prizes }, { rollUp: true }).map((r) => [r.unitId, r]),
    );
    // D = itself + G1 + G2: 16 participants of 80 members, 10 + 8 points.
    expect(byId.get('D')).toMatchObject({
      participants: 16,
      memberCount: 80,
      participationRate: 0.2,
      prizePoints: 18,
    });
    // P = everything: 24 of 120, 10 + 8 + 6 points.
    expect(byId.get('P')).toMatchObject({
      participants: 24,
      memberCount: 120,
      participationRate: 0.2,
      prizePoints: 24,
    });
    // Leaves are unchanged.
    expect(byId.get('G1')).toMatchObject({ participants: 10, memberCount: 50, prizePoints: 10 });
  });

  it('uses a custom points table', () => {
    const ranked = rankUnits(
      {
        units,
        participants: people({ G1: 1, G2: 1 }),
        prizes: new Map<string, PrizeKind>([
          ['G1-0', 'consolation'],
          ['G2-0', 'first'],
        ]),
      },
      { points: { first: 3, consolation: 5 } },
    );
    expect(ranked.slice(0, 2).map((r) => [r.unitId, r.prizePoints])).toEqual([
      ['G1', 5],
      ['G2', 3],
    ]);
  });

  it('adds up several prizes of one person won in different rounds', () => {
    const ranked = rankUnits({
      units,
      participants: people({ G2: 1 }),
      prizes: new Map<string, PrizeKind[]>([['G2-0', ['first', 'third']]]),
    });
    expect(ranked[0]).toMatchObject({ unitId: 'G2', prizePoints: 16 });
  });

  it('caps the participation rate at 1 when the member count is out of date', () => {
    const ranked = rankUnits({ units, participants: people({ D: 15 }), prizes: new Map() });
    expect(ranked.find((r) => r.unitId === 'D')?.participationRate).toBe(1);
  });

  it('leaves out participants of unknown units and prizes of non-participants', () => {
    const ranked = rankUnits({
      units,
      participants: people({ X: 3, G1: 1 }),
      prizes: new Map<string, PrizeKind>([
        ['X-0', 'first'],
        ['ghost', 'first'],
      ]),
    });
    expect(ranked.reduce((s, r) => s + r.participants, 0)).toBe(1);
    expect(ranked.reduce((s, r) => s + r.prizePoints, 0)).toBe(0);
  });

  it('survives a cycle in the parent links when rolling up', () => {
    const loop: CollectiveUnit[] = [
      { unitId: 'a', unitName: 'A', parentId: 'b', memberCount: 10 },
      { unitId: 'b', unitName: 'B', parentId: 'a', memberCount: 10 },
    ];
    const ranked = rankUnits(
      { units: loop, participants: people({ a: 2 }), prizes: new Map() },
      { rollUp: true },
    );
    expect(ranked.map((r) => [r.unitId, r.participants, r.memberCount])).toEqual([
      ['a', 2, 20],
      ['b', 2, 20],
    ]);
  });
});
