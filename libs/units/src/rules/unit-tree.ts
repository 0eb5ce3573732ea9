/** Pure functions over the union tree (no Nest, no TypeORM). */
export interface TreeNode {
  id: string;
  parentId: string | null;
}

function childrenIndex(units: readonly TreeNode[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.parentId === null) continue;
    const list = children.get(unit.parentId);
    if (list) list.push(unit.id);
    else children.set(unit.parentId, [unit.id]);
  }
  return children;
}

/**
 * Every unit below `unitId` (children, grandchildren, …), not `unitId` itself, breadth first.
 * Safe on malformed input: each unit is visited once even if the data holds a cycle.
 */
export function descendantIds(units: readonly TreeNode[], unitId: string): string[] {
  const children = childrenIndex(units);
  const seen = new Set<string>([unitId]);
  const out: string[] = [];
  const queue = [unitId];
  for (let i = 0; i < queue.length; i++) {
    for (const child of children.get(queue[i]) ?? []) {
      if (seen.has(child)) continue;
      seen.add(child);
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

/** `unitId` and every unit below it (what "participants of this unit" means on boards). */
export function subtreeIds(units: readonly TreeNode[], unitId: string): string[] {
  if (!units.some((u) => u.id === unitId)) return [];
  return [unitId, ...descendantIds(units, unitId)];
}

/** Would giving `unitId` the parent `newParentId` close a loop (the parent lies below it)? */
export function wouldCreateCycle(
  units: readonly TreeNode[],
  unitId: string,
  newParentId: string | null,
): boolean {
  if (newParentId === null) return false;
  if (newParentId === unitId) return true;
  return descendantIds(units, unitId).includes(newParentId);
}

/**
 * The cycles in a parent graph, each as the list of ids on it (in parent order, starting
 * anywhere). A correct tree has none.
 */
export function findCycles(units: readonly TreeNode[]): string[][] {
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  for (const start of parent.keys()) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let node: string | null | undefined = start;
    while (node != null && parent.has(node) && !state.has(node)) {
      state.set(node, 'visiting');
      path.push(node);
      node = parent.get(node);
    }
    if (node != null && state.get(node) === 'visiting') {
      cycles.push(path.slice(path.indexOf(node)));
    }
    for (const id of path) state.set(id, 'done');
  }
  return cycles;
}

/** The units ordered so that every parent comes before its children (input must be acyclic). */
export function parentsFirst<T extends TreeNode>(units: readonly T[]): T[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const placed = new Set<string>();
  const out: T[] = [];
  const place = (unit: T, depth: number) => {
    if (placed.has(unit.id) || depth > units.length) return;
    const parent = unit.parentId === null ? undefined : byId.get(unit.parentId);
    if (parent) place(parent, depth + 1);
    placed.add(unit.id);
    out.push(unit);
  };
  for (const unit of units) place(unit, 0);
  return out;
}
