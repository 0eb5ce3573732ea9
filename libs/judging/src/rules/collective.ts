/**
 * Collective (unit) ranking of a contest (issue 7, `GET /api/contests/:id/units/ranking`). Pure.
 *
 * Attribution: a participant and their prizes count for the unit where they are registered.
 * With `rollUp: true` each unit also aggregates all its descendants (a district federation
 * then shows the totals of its grassroots unions): participants and prize points are summed
 * over the subtree, and so is memberCount — which is therefore read as the members registered
 * directly at each unit. Without `rollUp` (the default) every unit stands on its own.
 *
 * participationRate = participants / memberCount, capped at 1 (member counts are often
 * out of date), null when memberCount is 0.
 *
 * Order: prizePoints desc, participationRate desc (null last), participants desc, unit name
 * (Vietnamese collation), unitId.
 */
import { type PrizeKind } from './prizes';

export interface CollectiveUnit {
  unitId: string;
  unitName: string;
  parentId: string | null;
  memberCount: number;
}

export type PrizePointsTable = Record<PrizeKind, number>;

export const DEFAULT_PRIZE_POINTS: Readonly<PrizePointsTable> = {
  first: 10,
  second: 8,
  third: 6,
  consolation: 4,
};

export interface CollectiveInput {
  units: readonly CollectiveUnit[];
  /** userId → unitId of every person who took part in the contest. */
  participants: ReadonlyMap<string, string>;
  /** userId → prize(s) won in the contest's finalized rounds. */
  prizes: ReadonlyMap<string, PrizeKind | readonly PrizeKind[]>;
}

export interface CollectiveOptions {
  points?: Partial<PrizePointsTable>;
  rollUp?: boolean;
}

export interface UnitRankingEntry {
  unitId: string;
  unitName: string;
  participants: number;
  memberCount: number;
  participationRate: number | null;
  prizePoints: number;
}

/**
 * Share of a unit's members who took part: participants / memberCount, capped at 1 (member
 * counts are often out of date), null when the unit has no members on record.
 */
export function participationRate(participants: number, memberCount: number): number | null {
  return memberCount > 0 ? Math.min(1, participants / memberCount) : null;
}

/** The unit and its ancestors, nearest first; stops at an unknown parent or a cycle. */
function chainOf(unitId: string, byId: ReadonlyMap<string, CollectiveUnit>): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  let current: string | null = unitId;
  while (current !== null && byId.has(current) && !seen.has(current)) {
    seen.add(current);
    chain.push(current);
    current = byId.get(current)?.parentId ?? null;
  }
  return chain;
}

/**
 * Ranks the units. Participants whose unit is not in `units` are left out, and so are prizes
 * of people who are not in `participants`.
 */
export function rankUnits(
  input: CollectiveInput,
  options: CollectiveOptions = {},
): UnitRankingEntry[] {
  const points: PrizePointsTable = { ...DEFAULT_PRIZE_POINTS, ...options.points };
  const byId = new Map(input.units.map((u) => [u.unitId, u]));
  const totals = new Map(
    input.units.map((u) => [u.unitId, { participants: 0, members: 0, prizePoints: 0 }]),
  );
  const targets = (unitId: string): string[] =>
    options.rollUp === true ? chainOf(unitId, byId) : byId.has(unitId) ? [unitId] : [];

  for (const unit of input.units) {
    for (const id of targets(unit.unitId)) {
      const t = totals.get(id);
      if (t) t.members += unit.memberCount;
    }
  }
  for (const [userId, unitId] of input.participants) {
    const won = input.prizes.get(userId);
    const kinds: readonly PrizeKind[] =
      won === undefined ? [] : typeof won === 'string' ? [won] : won;
    const earned = kinds.reduce((sum, kind) => sum + points[kind], 0);
    for (const id of targets(unitId)) {
      const t = totals.get(id);
      if (!t) continue;
      t.participants += 1;
      t.prizePoints += earned;
    }
  }

  const rows = input.units.map((unit): UnitRankingEntry => {
    const t = totals.get(unit.unitId) ?? { participants: 0, members: 0, prizePoints: 0 };
    return {
      unitId: unit.unitId,
      unitName: unit.unitName,
      participants: t.participants,
      memberCount: t.members,
      participationRate: participationRate(t.participants, t.members),
      prizePoints: t.prizePoints,
    };
  });
  return rows.sort(
    (a, b) =>
      b.prizePoints - a.prizePoints ||
      (b.participationRate ?? -1) - (a.participationRate ?? -1) ||
      b.participants - a.participants ||
      a.unitName.localeCompare(b.unitName, 'vi') ||
      (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0),
  );
}
