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
 * (a condition on `units`) and every unit below them. Use after `WITH RECURSIVE`.
 */
export function unitSubtreeSql(name: string, rootCondition: string): string {
  return `${name}(id) AS (
    SELECT id FROM units WHERE ${rootCondition}
    UNION
    SELECT c.id FROM units c JOIN ${name} p ON c.parent_id = p.id
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
    WITH RECURSIVE up AS (
      SELECT id, parent_id FROM units WHERE id = ${unitExpr}
      UNION ALL
      SELECT p.id, p.parent_id FROM units p JOIN up ON p.id = up.parent_id
    )
    SELECT 1 FROM up WHERE id = ANY(${eligibleParam})))`;
}
