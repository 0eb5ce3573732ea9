/**
 * Rows of a participation report (docs/reports.md). Pure.
 *
 * A row is a unit directly below the report's unit (or a top-level unit), counting its whole
 * subtree: members are summed over the subtree (each unit's memberCount is read as the members
 * registered directly there, as in the collective ranking), and a person counts for the unit
 * they are registered at. Two more rows may follow, unranked: the members registered directly
 * at the report's unit ("trực thuộc") and, at the top level, people without a unit.
 */
import { participationRate, type PrizeKind, PRIZE_KINDS } from '@app/judging';
import { collectiveScore, type CollectiveWeights } from './collective-score';

export interface ReportUnit {
  unitId: string;
  unitName: string;
  parentId: string | null;
  /** Sum of memberCount over the unit's subtree. */
  memberCount: number;
  childCount: number;
}

/** What the database counted for one row key (a unit id, or null for people without a unit). */
export interface RowCounts {
  participants: number;
  attempts: number;
  startedAttempts: number;
  /** Attempts submitted by the person (not closed by the server at the deadline). */
  completedAttempts: number;
  scoreSum: number;
  scoreCount: number;
  prizes: Partial<Record<PrizeKind, number>>;
}

export type RowKind = 'unit' | 'direct' | 'no_unit';

export interface ParticipationRow {
  rank: number | null;
  kind: RowKind;
  unitId: string | null;
  unitName: string;
  parentId: string | null;
  memberCount: number;
  participants: number;
  attempts: number;
  participationRate: number | null;
  completionRate: number | null;
  averageScore: number | null;
  prizes: number;
  prizesByKind: Record<PrizeKind, number>;
  prizePoints: number;
  collectiveScore: number;
  hasChildren: boolean;
}

export const EMPTY_COUNTS: Readonly<RowCounts> = {
  participants: 0,
  attempts: 0,
  startedAttempts: 0,
  completedAttempts: 0,
  scoreSum: 0,
  scoreCount: 0,
  prizes: {},
};

const round2 = (n: number) => Math.round(n * 100) / 100;

export function buildRow(
  kind: RowKind,
  unit: { unitId: string | null; unitName: string; parentId: string | null },
  memberCount: number,
  hasChildren: boolean,
  counts: RowCounts,
  weights: CollectiveWeights,
  points: Readonly<Record<PrizeKind, number>>,
): ParticipationRow {
  const prizesByKind = Object.fromEntries(
    PRIZE_KINDS.map((k) => [k, counts.prizes[k] ?? 0]),
  ) as Record<PrizeKind, number>;
  const prizes = PRIZE_KINDS.reduce((sum, k) => sum + prizesByKind[k], 0);
  const prizePoints = round2(PRIZE_KINDS.reduce((sum, k) => sum + prizesByKind[k] * points[k], 0));
  const rate = participationRate(counts.participants, memberCount);
  const averageScore = counts.scoreCount > 0 ? round2(counts.scoreSum / counts.scoreCount) : null;
  return {
    rank: null,
    kind,
    unitId: unit.unitId,
    unitName: unit.unitName,
    parentId: unit.parentId,
    memberCount,
    participants: counts.participants,
    attempts: counts.attempts,
    participationRate: rate === null ? null : round2(rate * 10000) / 10000,
    completionRate:
      counts.startedAttempts > 0
        ? round2((counts.completedAttempts / counts.startedAttempts) * 10000) / 10000
        : null,
    averageScore,
    prizes,
    prizesByKind,
    prizePoints,
    collectiveScore: collectiveScore(
      { participationRate: rate, prizePoints, averageScore },
      weights,
    ),
    hasChildren,
  };
}

/**
 * Order of the ranked rows: collective score desc, participation rate desc (none last),
 * participants desc, unit name (Vietnamese collation). Equal on all of these: the same rank.
 */
export function rankRows(rows: ParticipationRow[]): ParticipationRow[] {
  const ranked = rows
    .filter((r) => r.kind === 'unit')
    .sort(
      (a, b) =>
        b.collectiveScore - a.collectiveScore ||
        (b.participationRate ?? -1) - (a.participationRate ?? -1) ||
        b.participants - a.participants ||
        a.unitName.localeCompare(b.unitName, 'vi'),
    );
  ranked.forEach((row, i) => {
    const before = ranked[i - 1];
    const tied =
      before !== undefined &&
      before.collectiveScore === row.collectiveScore &&
      before.participationRate === row.participationRate &&
      before.participants === row.participants;
    row.rank = tied ? (before.rank ?? i + 1) : i + 1;
  });
  return [...ranked, ...rows.filter((r) => r.kind !== 'unit')];
}

/** The scope's totals: one row adding up every row of the report (people counted once). */
export function totalRow(
  rows: readonly ParticipationRow[],
  counts: readonly RowCounts[],
  memberCount: number,
  weights: CollectiveWeights,
  points: Readonly<Record<PrizeKind, number>>,
  name: string,
): ParticipationRow {
  const sum: RowCounts = { ...EMPTY_COUNTS, prizes: {} };
  for (const c of counts) {
    sum.participants += c.participants;
    sum.attempts += c.attempts;
    sum.startedAttempts += c.startedAttempts;
    sum.completedAttempts += c.completedAttempts;
    sum.scoreSum += c.scoreSum;
    sum.scoreCount += c.scoreCount;
    for (const k of PRIZE_KINDS) sum.prizes[k] = (sum.prizes[k] ?? 0) + (c.prizes[k] ?? 0);
  }
  return buildRow(
    'unit',
    { unitId: null, unitName: name, parentId: null },
    memberCount,
    rows.length > 0,
    sum,
    weights,
    points,
  );
}
