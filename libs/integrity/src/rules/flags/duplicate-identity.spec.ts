import { detectDuplicateIdentity } from './duplicate-identity';
import { attempt } from './fixtures-for-spec';

describe('duplicate_identity', () => {
  const round = [
    attempt('a1', { userId: 'a' }),
    attempt('b1', { userId: 'b' }),
    attempt('c1', { userId: 'c' }),
  ];

  it('flags accounts sharing a phone written differently', () => {
    const flags = detectDuplicateIdentity(round, [
      { userId: 'a', phone: '0912 345 678' },
      { userId: 'b', phone: '+84912345678' },
      { userId: 'c', phone: '0987654321' },
    ]);
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      kind: 'duplicate_identity',
      userIds: ['a', 'b'],
      attemptIds: ['a1', 'b1'],
      evidence: { accounts: 2, samePhone: 1 },
    });
    expect(flags[0].detail).toContain('0912***678');
  });

  it('flags the same full name, birth year and unit, ignoring case and spacing', () => {
    const flags = detectDuplicateIdentity(round, [
      { userId: 'a', fullName: 'Nguyễn Văn An', birthYear: 1990, unitId: 'G1' },
      { userId: 'b', fullName: '  nguyễn  văn AN ', birthYear: 1990, unitId: 'G1' },
      { userId: 'c', fullName: 'Nguyễn Văn An', birthYear: 1990, unitId: 'G2' },
    ]);
    expect(flags.map((f) => f.userIds)).toEqual([['a', 'b']]);
    expect(flags[0].evidence.sameNameBirthYearUnit).toBe(1);
    expect(flags[0].detail).toContain('năm sinh 1990');
  });

  it('does not match names that differ by a tone mark, nor without a birth year', () => {
    expect(
      detectDuplicateIdentity(round, [
        { userId: 'a', fullName: 'Nguyễn Thị Hoa', birthYear: 1990, unitId: 'G1' },
        { userId: 'b', fullName: 'Nguyễn Thị Hòa', birthYear: 1990, unitId: 'G1' },
        { userId: 'c', fullName: 'Nguyễn Thị Hoa', birthYear: null, unitId: 'G1' },
      ]),
    ).toEqual([]);
  });

  it('flags accounts that used the same device', () => {
    const flags = detectDuplicateIdentity(
      [attempt('a1', { userId: 'a', deviceId: 'dev-1' }), attempt('b1', { userId: 'b' })],
      [{ userId: 'b', deviceIds: ['dev-1'] }],
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ userIds: ['a', 'b'], evidence: { sameDevice: 1 } });
    expect(flags[0].detail).toContain('cùng một thiết bị');
  });

  it('lists only attempts of the round and skips groups with none', () => {
    const flags = detectDuplicateIdentity(
      [attempt('a1', { userId: 'a' })],
      [
        { userId: 'a', phone: '0912345678' },
        { userId: 'x', phone: '0912345678' },
        { userId: 'y', phone: '0900000000' },
        { userId: 'z', phone: '0900000000' },
      ],
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ userIds: ['a', 'x'], attemptIds: ['a1'] });
  });
});

describe('duplicate_identity strength', () => {
  it('says one person for a shared confirmed national ID, and grades each match', () => {
    const flags = detectDuplicateIdentity(
      [
        { ...attemptFor('x'), deviceId: 'd1' },
        { ...attemptFor('y'), deviceId: 'd1' },
      ],
      [
        { userId: 'u-x', nationalIdHash: 'h1' },
        { userId: 'u-y', nationalIdHash: 'h1' },
      ],
    );
    const byStrength = new Map(flags.map((f) => [f.evidence.strength, f]));
    expect(byStrength.get(4)?.detail).toContain('cùng một số căn cước công dân: là một người');
    expect(byStrength.get(4)?.detail).toContain('Mức độ trùng: chắc chắn (4/4)');
    expect(byStrength.get(1)?.detail).toContain('Mức độ trùng: yếu (1/4)');
  });
});

function attemptFor(id: string) {
  return attempt(id);
}
