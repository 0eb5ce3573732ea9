/**
 * The assignment of questions to draw-rule slots: a bipartite matching (rule slots × questions)
 * solved exactly with augmenting paths (see ./draw.ts for how it is used). Pure.
 */

export interface Matching {
  /** Rule of each slot. */
  slotRule: number[];
  /** Candidate matched to each slot, -1 when none. */
  slotMate: number[];
  /** Slot matched to each candidate, -1 when free. */
  candidateMate: number[];
}

/**
 * Maximum matching of rule slots to candidates (Kuhn's augmenting paths). Each slot first takes
 * a free candidate in adjacency order; only when none is left does it take one from another
 * slot that can move elsewhere. `ruleOrder` decides which rules' slots are placed first.
 */
export function maxMatching(
  adjacency: readonly (readonly number[])[],
  counts: readonly number[],
  ruleOrder: readonly number[],
  candidateCount: number,
): Matching {
  const slotRule: number[] = [];
  for (const rule of ruleOrder) {
    for (let k = 0; k < counts[rule]; k++) slotRule.push(rule);
  }
  const slotMate = slotRule.map(() => -1);
  const candidateMate: number[] = new Array<number>(candidateCount).fill(-1);

  const assign = (slot: number, candidate: number): void => {
    slotMate[slot] = candidate;
    candidateMate[candidate] = slot;
  };
  const augment = (slot: number, visited: Uint8Array): boolean => {
    const adj = adjacency[slotRule[slot]];
    for (const c of adj) {
      if (candidateMate[c] === -1) {
        assign(slot, c);
        return true;
      }
    }
    for (const c of adj) {
      if (visited[c] === 1) continue;
      visited[c] = 1;
      if (augment(candidateMate[c], visited)) {
        assign(slot, c);
        return true;
      }
    }
    return false;
  };

  for (let slot = 0; slot < slotRule.length; slot++) {
    const free = adjacency[slotRule[slot]].find((c) => candidateMate[c] === -1);
    if (free !== undefined) assign(slot, free);
    else augment(slot, new Uint8Array(candidateCount));
  }
  return { slotRule, slotMate, candidateMate };
}

/** Narrow rules (fewest matching questions) first, then the contest's order. */
export function specificityOrder(
  adjacency: readonly (readonly number[])[],
  rules: number[],
): number[] {
  return rules.slice().sort((a, b) => adjacency[a].length - adjacency[b].length || a - b);
}
