import { DEFAULT_PRIZE_POINTS } from '@app/judging';
import { collectiveRuleText, collectiveScore } from './collective-score';
import { buildRow, EMPTY_COUNTS, rankRows, totalRow } from './participation-rows';
import { vietnamWeekStart } from './vietnam-week';

const weights = { participation: 1, prizes: 1, averageScore: 0 };
const row = (name: string, members: number, participants: number, prizes = {}) =>
  buildRow(
    'unit',
    { unitId: name, unitName: name, parentId: null },
    members,
    false,
    { ...EMPTY_COUNTS, participants, attempts: participants, prizes },
    weights,
    DEFAULT_PRIZE_POINTS,
  );

describe('participation report rules', () => {
  it('adds participation percent and prize points with their weights', () => {
    expect(
      collectiveScore({ participationRate: 0.25, prizePoints: 14, averageScore: 7 }, weights),
    ).toBe(39);
    expect(
      collectiveScore(
        { participationRate: 0.25, prizePoints: 14, averageScore: 7 },
        { participation: 0.5, prizes: 2, averageScore: 1 },
      ),
    ).toBe(12.5 + 28 + 7);
    expect(
      collectiveScore({ participationRate: null, prizePoints: 0, averageScore: null }, weights),
    ).toBe(0);
  });

  it('states the rule with the weights and the prize points in Vietnamese', () => {
    expect(collectiveRuleText(weights, DEFAULT_PRIZE_POINTS)).toBe(
      'Điểm tập thể = 1 × tỷ lệ tham gia (%) + 1 × điểm giải thưởng. ' +
        'Điểm giải thưởng: Giải Nhất 10, Giải Nhì 8, Giải Ba 6, Giải Khuyến khích 4 điểm mỗi giải.',
    );
    expect(
      collectiveRuleText({ participation: 0.5, prizes: 0, averageScore: 2 }, DEFAULT_PRIZE_POINTS),
    ).toMatch(/^Điểm tập thể = 0,5 × tỷ lệ tham gia \(%\) \+ 2 × điểm trung bình\./);
  });

  it('caps the participation rate at 100 % and leaves it empty without members', () => {
    expect(row('a', 10, 12).participationRate).toBe(1);
    expect(row('b', 0, 3).participationRate).toBeNull();
    expect(row('c', 8, 2).participationRate).toBe(0.25);
  });

  it('ranks by collective score, then rate, then participants, ties sharing a rank, extra rows last', () => {
    const direct = buildRow(
      'direct',
      { unitId: 'p', unitName: 'P (trực thuộc)', parentId: 'p' },
      5,
      false,
      { ...EMPTY_COUNTS, participants: 5 },
      weights,
      DEFAULT_PRIZE_POINTS,
    );
    const ranked = rankRows([
      direct,
      row('Ba', 10, 1),
      row('An', 10, 2),
      row('Bình', 10, 1),
      row('Cư', 10, 1, { first: 1, third: 1 }),
    ]);
    expect(ranked.map((r) => [r.unitName, r.rank])).toEqual([
      ['Cư', 1],
      ['An', 2],
      ['Ba', 3],
      ['Bình', 3],
      ['P (trực thuộc)', null],
    ]);
  });

  it('totals add every row up once', () => {
    const counts = [
      {
        ...EMPTY_COUNTS,
        participants: 2,
        attempts: 3,
        scoreSum: 10,
        scoreCount: 2,
        prizes: { first: 1 },
      },
      { ...EMPTY_COUNTS, participants: 1, attempts: 1, scoreSum: 4, scoreCount: 1, prizes: {} },
    ];
    const total = totalRow([], counts, 30, weights, DEFAULT_PRIZE_POINTS, 'Tổng');
    expect(total).toMatchObject({ participants: 3, attempts: 4, prizes: 1, prizePoints: 10 });
    expect(total.participationRate).toBe(0.1);
    expect(total.averageScore).toBe(4.67);
    expect(total.collectiveScore).toBe(20);
  });

  it('starts weeks on Monday 00:00 Vietnam time', () => {
    expect(vietnamWeekStart(new Date('2026-11-29T16:59:59Z'))).toBe('2026-11-23');
    expect(vietnamWeekStart(new Date('2026-11-29T17:00:00Z'))).toBe('2026-11-30');
    expect(vietnamWeekStart(new Date('2026-12-06T16:59:59Z'))).toBe('2026-11-30');
  });
});
