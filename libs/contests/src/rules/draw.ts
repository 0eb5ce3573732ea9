/**
 * Drawing the questions of one attempt (issue 5) and checking at publish time that the draw
 * rules can be satisfied (`DRAW_RULES_UNSATISFIABLE`). Pure: no Nest, no TypeORM; randomness
 * only through the injected RNG.
 *
 * How a question matches a rule:
 * - same `bankId`;
 * - `difficulty`, when the rule sets one, equal to the question's;
 * - `tags`, when the rule lists any: the question carries AT LEAST ONE of them (any-of, not
 *   all-of). Tags are compared trimmed, NFC-normalised and case-insensitively. A missing or
 *   empty tag list puts no condition on tags.
 *
 * A question counts once in an attempt even when several rules match it. Choosing which rule
 * gets which question is a bipartite matching (rule slots × questions), solved exactly with
 * augmenting paths, so overlapping rules are handled correctly: whenever some assignment
 * satisfies every rule, the draw finds one, and `checkDrawRules` reports a problem only when
 * no assignment exists. Rules with fewer matching questions go first so that a broad rule
 * rarely needs to give back a question that a narrow rule needs.
 */
import { type Matching, maxMatching, specificityOrder } from './draw-matching';
import { type Rng, shuffle } from './seeded-random';

export type Difficulty = 1 | 2 | 3;

/** One draw rule of a contest (same shape as `drawRules[]` in the contest settings). */
export interface DrawRuleSpec {
  bankId: string;
  count: number;
  tags?: readonly string[];
  difficulty?: Difficulty;
}

/** An active question that may be drawn. */
export interface DrawCandidate {
  id: string;
  bankId: string;
  tags: readonly string[];
  difficulty: Difficulty;
  type: string;
}

export interface DrawOptions {
  rng: Rng;
  /** true: the final order is shuffled; false: rule order, then the pool's order. */
  shuffleQuestions: boolean;
}

export interface DrawProblem {
  /** Index (0-based) of the rule the problem is about. */
  ruleIndex: number;
  /** Questions needed: the rule's count, or the group's total when rules compete. */
  needed: number;
  /** Distinct matching questions available to the rule, or to the whole group. */
  available: number;
  /** The rules involved (only this rule unless several rules compete for the same questions). */
  relatedRuleIndexes: number[];
  /** Vietnamese explanation for the organizer. */
  message: string;
}

export type DrawCheck = { ok: true } | { ok: false; problems: DrawProblem[] };

export interface DrawCheckOptions {
  /** bankId → title, used in the messages instead of the id. */
  bankNames?: ReadonlyMap<string, string>;
}

/** Thrown by `drawQuestions` when the rules cannot be satisfied by the pool. */
export class DrawRulesUnsatisfiableError extends Error {
  constructor(readonly problems: DrawProblem[]) {
    super(problems.map((p) => p.message).join(' '));
    this.name = 'DrawRulesUnsatisfiableError';
  }
}

const DIFFICULTY_LABELS: Record<Difficulty, string> = { 1: 'dễ', 2: 'trung bình', 3: 'khó' };

function normalizeTag(tag: string): string {
  return tag.normalize('NFC').trim().toLowerCase();
}

type Matcher = (candidate: DrawCandidate, candidateTags: ReadonlySet<string>) => boolean;

function compileRule(rule: DrawRuleSpec): Matcher {
  const wanted = (rule.tags ?? []).map(normalizeTag).filter((t) => t.length > 0);
  return (candidate, candidateTags) =>
    candidate.bankId === rule.bankId &&
    (rule.difficulty === undefined || candidate.difficulty === rule.difficulty) &&
    (wanted.length === 0 || wanted.some((t) => candidateTags.has(t)));
}

/** Normalised tags per candidate object: a pool cached by the caller is normalised once. */
const tagSets = new WeakMap<DrawCandidate, ReadonlySet<string>>();

function tagSet(candidate: DrawCandidate): ReadonlySet<string> {
  let tags = tagSets.get(candidate);
  if (!tags) {
    tags = new Set(candidate.tags.map(normalizeTag));
    tagSets.set(candidate, tags);
  }
  return tags;
}

/** Whether `candidate` satisfies `rule` (bank, difficulty, at least one of the tags). */
export function ruleMatches(rule: DrawRuleSpec, candidate: DrawCandidate): boolean {
  return compileRule(rule)(candidate, tagSet(candidate));
}

interface Graph {
  candidates: DrawCandidate[];
  /** For each rule, indexes into `candidates` of the questions it matches, in visiting order. */
  adjacency: number[][];
}

function isValidCount(count: number): boolean {
  return Number.isInteger(count) && count >= 0;
}

/**
 * Candidates deduplicated by id (first occurrence wins, pool order kept) and, for each rule,
 * the candidates it matches, listed in `visitOrder` (default: pool order).
 */
function buildGraph(
  rules: readonly DrawRuleSpec[],
  pool: readonly DrawCandidate[],
  visitOrder?: (candidateIndexes: number[]) => number[],
): Graph {
  const seen = new Set<string>();
  const candidates: DrawCandidate[] = [];
  for (const c of pool) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    candidates.push(c);
  }
  const matchers = rules.map(compileRule);
  const adjacency: number[][] = rules.map(() => []);
  const indexes = candidates.map((_, i) => i);
  for (const index of visitOrder ? visitOrder(indexes) : indexes) {
    const candidate = candidates[index];
    const tags = tagSet(candidate);
    for (let rule = 0; rule < matchers.length; rule++) {
      if (matchers[rule](candidate, tags)) adjacency[rule].push(index);
    }
  }
  return { candidates, adjacency };
}

function formatCount(n: number): string {
  const sign = n < 0 ? '-' : '';
  const [int, frac] = Math.abs(n).toString().split('.');
  return sign + int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (frac ? `,${frac}` : '');
}

function describeRule(rule: DrawRuleSpec, index: number, options: DrawCheckOptions): string {
  const parts = [`ngân hàng «${options.bankNames?.get(rule.bankId) ?? rule.bankId}»`];
  const tags = (rule.tags ?? []).filter((t) => t.trim().length > 0);
  if (tags.length > 0) parts.push(`chủ đề: ${tags.join(', ')}`);
  if (rule.difficulty !== undefined) parts.push(`mức độ ${DIFFICULTY_LABELS[rule.difficulty]}`);
  return `Quy tắc ${index + 1} (${parts.join('; ')})`;
}

function listRules(indexes: readonly number[]): string {
  return indexes.map((i) => i + 1).join(', ');
}

/**
 * The exact feasibility check used when a contest is published. `ok` is true iff one
 * assignment gives every rule `count` distinct questions with no question used twice.
 *
 * Problems: a rule whose count is not a non-negative integer; a rule that alone has fewer
 * matching questions than its count; and, among the remaining rules, each group of rules that
 * compete for the same questions and together need more distinct questions than they match
 * (a Hall's-theorem violator read off the maximum matching). Each rule of such a group gets a
 * problem with the group's totals.
 */
export function checkDrawRules(
  rules: readonly DrawRuleSpec[],
  pool: readonly DrawCandidate[],
  options: DrawCheckOptions = {},
): DrawCheck {
  const { candidates, adjacency } = buildGraph(rules, pool);
  const problems: DrawProblem[] = [];
  const sound: number[] = [];

  rules.forEach((rule, index) => {
    const available = adjacency[index].length;
    if (!isValidCount(rule.count)) {
      problems.push({
        ruleIndex: index,
        needed: rule.count,
        available,
        relatedRuleIndexes: [index],
        message: `${describeRule(rule, index, options)}: số câu phải là số nguyên không âm (đang là ${formatCount(rule.count)}).`,
      });
    } else if (available < rule.count) {
      problems.push({
        ruleIndex: index,
        needed: rule.count,
        available,
        relatedRuleIndexes: [index],
        message: `${describeRule(rule, index, options)} cần ${formatCount(rule.count)} câu nhưng chỉ có ${formatCount(available)} câu hỏi đang dùng phù hợp.`,
      });
    } else {
      sound.push(index);
    }
  });

  const counts = rules.map((r, i) => (sound.includes(i) ? r.count : 0));
  const matching = maxMatching(
    adjacency,
    counts,
    specificityOrder(adjacency, sound),
    candidates.length,
  );
  problems.push(...competingGroups(rules, adjacency, matching, options));

  if (problems.length === 0) return { ok: true };
  problems.sort((a, b) => a.ruleIndex - b.ruleIndex);
  return { ok: false, problems };
}

/**
 * From a maximum matching with unmatched slots: the rules and questions reachable from the
 * unmatched slots by alternating paths form groups whose questions are all taken by the
 * group's own slots (König), so each group needs more questions than it can reach.
 */
function competingGroups(
  rules: readonly DrawRuleSpec[],
  adjacency: readonly (readonly number[])[],
  matching: Matching,
  options: DrawCheckOptions,
): DrawProblem[] {
  const { slotRule, slotMate, candidateMate } = matching;
  const reachedRules = new Set<number>();
  const reachedCandidates = new Set<number>();
  const queue: number[] = [];
  slotMate.forEach((mate, slot) => {
    if (mate === -1 && !reachedRules.has(slotRule[slot])) {
      reachedRules.add(slotRule[slot]);
      queue.push(slotRule[slot]);
    }
  });
  if (queue.length === 0) return [];
  while (queue.length > 0) {
    const rule = queue.shift() as number;
    for (const c of adjacency[rule]) {
      if (reachedCandidates.has(c)) continue;
      reachedCandidates.add(c);
      const mateRule = slotRule[candidateMate[c]];
      if (!reachedRules.has(mateRule)) {
        reachedRules.add(mateRule);
        queue.push(mateRule);
      }
    }
  }

  // Split into connected groups: a rule is joined to the rule holding each of its questions.
  const parent = new Map<number, number>([...reachedRules].map((r) => [r, r]));
  const find = (r: number): number => {
    let root = r;
    while (parent.get(root) !== root) root = parent.get(root) as number;
    parent.set(r, root);
    return root;
  };
  for (const rule of reachedRules) {
    for (const c of adjacency[rule]) {
      const a = find(rule);
      const b = find(slotRule[candidateMate[c]]);
      if (a !== b) parent.set(Math.max(a, b), Math.min(a, b));
    }
  }
  const groups = new Map<number, { rules: number[]; questions: number }>();
  for (const rule of [...reachedRules].sort((a, b) => a - b)) {
    const root = find(rule);
    const group = groups.get(root) ?? { rules: [], questions: 0 };
    group.rules.push(rule);
    groups.set(root, group);
  }
  for (const c of reachedCandidates) {
    const group = groups.get(find(slotRule[candidateMate[c]]));
    if (group) group.questions += 1;
  }

  const problems: DrawProblem[] = [];
  for (const group of groups.values()) {
    const needed = group.rules.reduce((sum, r) => sum + rules[r].count, 0);
    for (const r of group.rules) {
      const others = group.rules.filter((o) => o !== r);
      problems.push({
        ruleIndex: r,
        needed,
        available: group.questions,
        relatedRuleIndexes: group.rules.slice(),
        message:
          `${describeRule(rules[r], r, options)} dùng chung câu hỏi với quy tắc ${listRules(others)}: ` +
          `các quy tắc ${listRules(group.rules)} cần tổng cộng ${formatCount(needed)} câu khác nhau ` +
          `nhưng chỉ có ${formatCount(group.questions)} câu hỏi đang dùng phù hợp với chúng.`,
      });
    }
  }
  return problems;
}

/**
 * Draws the question ids of one attempt. Every rule gets `count` distinct matching questions,
 * no question appears twice, and the selection within a rule is random (uniform when rules do
 * not overlap). Order: shuffled when `shuffleQuestions`, else by rule (the contest's order)
 * and within a rule by the pool's order. Throws `DrawRulesUnsatisfiableError` when the pool
 * cannot satisfy the rules (e.g. questions archived after publishing).
 */
export function drawQuestions(
  rules: readonly DrawRuleSpec[],
  pool: readonly DrawCandidate[],
  options: DrawOptions,
): string[] {
  const unsatisfiable = (): DrawRulesUnsatisfiableError => {
    const check = checkDrawRules(rules, pool);
    return new DrawRulesUnsatisfiableError(check.ok ? [] : check.problems);
  };
  if (rules.some((r) => !isValidCount(r.count))) throw unsatisfiable();
  // One random visiting order for the whole pool: each rule then takes the first free matching
  // questions in that order, which is a uniformly random subset when rules do not overlap.
  const { candidates, adjacency } = buildGraph(rules, pool, (indexes) =>
    shuffle(indexes, options.rng),
  );
  const ruleIndexes = rules.map((_, i) => i);
  const matching = maxMatching(
    adjacency,
    rules.map((r) => r.count),
    specificityOrder(adjacency, ruleIndexes),
    candidates.length,
  );
  if (matching.slotMate.some((mate) => mate === -1)) throw unsatisfiable();

  if (options.shuffleQuestions) {
    return shuffle(
      matching.slotMate.map((c) => candidates[c].id),
      options.rng,
    );
  }
  const chosen = matching.slotMate
    .map((candidate, slot) => ({ candidate, rule: matching.slotRule[slot] }))
    .sort((a, b) => a.rule - b.rule || a.candidate - b.candidate);
  return chosen.map((x) => candidates[x.candidate].id);
}
