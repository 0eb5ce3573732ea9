/**
 * The unit subtree and the eligible-unit rule, in TypeScript and in SQL, defined once here
 * (docs/architecture.md, "where each rule lives"). test/rules-sql.e2e-spec.ts evaluates both
 * forms on the same trees in PostgreSQL.
 */
import { subtreeIds, type TreeNode } from './unit-tree';

/**
 * Eligible-unit rule: a person may take part (and win) when the contest names no units, or when
 * their unit is one of the named units or lies below one. No unit: not eligible when units are named.
 */
export function inEligibleUnit(
  units: readonly TreeNode[],
  unitId: string | null,
  eligibleUnitIds: readonly string[] | null,
): boolean {
  if (eligibleUnitIds === null) return true;
  if (unitId === null) return false;
  return eligibleUnitIds.some((root) => subtreeIds(units, root).includes(unitId));
}

/**
 * SQL form of the subtree: a recursive CTE `name(id)` holding the units `rootCondition` selects
 * (a condition on `units`) and every unit below them; with `withTop`, `name(id, top_id)` also
 * names the root each unit lies under. Use after `WITH RECURSIVE`.
 */
export function unitSubtreeSql(
  name: string,
  rootCondition: string,
  options: { withTop?: boolean } = {},
): string {
  if (options.withTop) {
    return `${name}(id, top_id) AS (
    SELECT id, id FROM units WHERE ${rootCondition}
    UNION
    SELECT c.id, p.top_id FROM units c JOIN ${name} p ON c.parent_id = p.id
  )`;
  }
  return `${name}(id) AS (
    SELECT id FROM units WHERE ${rootCondition}
    UNION
    SELECT c.id FROM units c JOIN ${name} p ON c.parent_id = p.id
  )`;
}

/**
 * The other walk: `name(id, depth)` holds the unit `startExpr` (depth 0) and every unit above it
 * (its parent at depth 1, …), at most 64 levels, so a malformed tree cannot loop. Use after
 * `WITH RECURSIVE`.
 */
export function unitAncestorsSql(name: string, startExpr: string): string {
  return `${name}(id, depth) AS (
    SELECT id, 0 FROM units WHERE id = ${startExpr}
    UNION ALL
    SELECT u.parent_id, c.depth + 1 FROM units u JOIN ${name} c ON u.id = c.id
    WHERE u.parent_id IS NOT NULL AND c.depth < 64
  )`;
}

/**
 * SQL form of `inEligibleUnit` for many people at once: `unitExpr` lies in the subtrees of
 * `eligibleParam` (a uuid[] expression; NULL = every unit). The subtree is computed once per
 * statement (an uncorrelated subquery).
 */
export function inEligibleUnitSql(unitExpr: string, eligibleParam: string): string {
  return `(${eligibleParam} IS NULL OR coalesce(${unitExpr} IN (
    WITH RECURSIVE ${unitSubtreeSql('eligible', `id = ANY(${eligibleParam})`)}
    SELECT id FROM eligible), false))`;
}

/**
 * SQL form of `inEligibleUnit` for one person: walks up from `unitExpr` to the top, so its cost
 * is the unit's depth, not the size of the eligible subtrees (used when an attempt starts).
 */
export function inEligibleUnitUpSql(unitExpr: string, eligibleParam: string): string {
  return `(${eligibleParam} IS NULL OR EXISTS (
    WITH RECURSIVE ${unitAncestorsSql('up', unitExpr)}
    SELECT 1 FROM up WHERE id = ANY(${eligibleParam})))`;
}
