import {
  checkDrawRules,
  type Difficulty,
  type DrawCandidate,
  type DrawRuleSpec,
  drawQuestions,
  DrawRulesUnsatisfiableError,
  ruleMatches,
} from './draw';
import { createSeededRng, shuffle } from './seeded-random';

function q(id: string, bankId: string, difficulty: Difficulty, tags: string[] = []): DrawCandidate {
  return { id, bankId, difficulty, tags, type: 'single' };
}

/** A bank of `n` questions per difficulty: ids `${prefix}-${difficulty}-${i}`. */
function bank(bankId: string, n: number, tags: string[] = []): DrawCandidate[] {
  const out: DrawCandidate[] = [];
  for (const d of [1, 2, 3] as const) {
    for (let i = 0; i < n; i++) out.push(q(`${bankId}-${d}-${i}`, bankId, d, tags));
  }
  return out;
}

/** The selection satisfies the rules exactly: it is itself a pool that satisfies them. */
function respectsRules(ids: string[], rules: DrawRuleSpec[], pool: DrawCandidate[]): boolean {
  const chosen = pool.filter((c) => ids.includes(c.id));
  const total = rules.reduce((s, r) => s + r.count, 0);
  return chosen.length === total && checkDrawRules(rules, chosen).ok;
}

/** Brute force: can every slot get a distinct matching candidate? */
function bruteForceSatisfiable(rules: DrawRuleSpec[], pool: DrawCandidate[]): boolean {
  const slots = rules.flatMap((r) => new Array<DrawRuleSpec>(r.count).fill(r));
  const used = new Set<string>();
  const place = (i: number): boolean => {
    if (i === slots.length) return true;
    for (const c of pool) {
      if (used.has(c.id) || !ruleMatches(slots[i], c)) continue;
      used.add(c.id);
      if (place(i + 1)) return true;
      used.delete(c.id);
    }
    return false;
  };
  return place(0);
}

describe('ruleMatches', () => {
  it('requires the same bank', () => {
    expect(ruleMatches({ bankId: 'A', count: 1 }, q('1', 'B', 1))).toBe(false);
    expect(ruleMatches({ bankId: 'A', count: 1 }, q('1', 'A', 1))).toBe(true);
  });

  it('requires the difficulty when the rule sets one', () => {
    expect(ruleMatches({ bankId: 'A', count: 1, difficulty: 3 }, q('1', 'A', 2))).toBe(false);
    expect(ruleMatches({ bankId: 'A', count: 1, difficulty: 2 }, q('1', 'A', 2))).toBe(true);
  });

  it('matches a question carrying at least one of the rule tags', () => {
    const rule: DrawRuleSpec = { bankId: 'A', count: 1, tags: ['lịch sử', 'pháp luật'] };
    expect(ruleMatches(rule, q('1', 'A', 1, ['pháp luật']))).toBe(true);
    expect(ruleMatches(rule, q('2', 'A', 1, ['an toàn']))).toBe(false);
    expect(ruleMatches(rule, q('3', 'A', 1, []))).toBe(false);
  });

  it('compares tags ignoring case, surrounding spaces and Unicode composition', () => {
    const decomposed = 'Lịch sử'.normalize('NFD');
    expect(
      ruleMatches({ bankId: 'A', count: 1, tags: [' LỊCH SỬ '] }, q('1', 'A', 1, [decomposed])),
    ).toBe(true);
  });

  it('puts no condition on tags when the list is missing or empty', () => {
    expect(ruleMatches({ bankId: 'A', count: 1, tags: [] }, q('1', 'A', 1, ['x']))).toBe(true);
    expect(ruleMatches({ bankId: 'A', count: 1 }, q('1', 'A', 1))).toBe(true);
  });
});

describe('createSeededRng', () => {
  it('returns numbers in [0, 1)', () => {
    const values = Array.from({ length: 10_000 }, createSeededRng('seed'));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    // Spread over the interval, not stuck in a corner.
    expect(values.filter((x) => x < 0.5).length).toBeGreaterThan(4500);
    expect(values.filter((x) => x < 0.5).length).toBeLessThan(5500);
  });

  it('repeats the same sequence for the same seed', () => {
    const a = createSeededRng('attempt-42');
    const b = createSeededRng('attempt-42');
    expect(Array.from({ length: 20 }, a)).toEqual(Array.from({ length: 20 }, b));
  });

  it('gives different sequences for different seeds', () => {
    const a = createSeededRng('attempt-1');
    const b = createSeededRng('attempt-2');
    expect(Array.from({ length: 5 }, a)).not.toEqual(Array.from({ length: 5 }, b));
  });
});

describe('shuffle', () => {
  it('returns a permutation without touching the input', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const copy = input.slice();
    const out = shuffle(input, createSeededRng('x'));
    expect(input).toEqual(copy);
    expect(out).not.toBe(input);
    expect(out.slice().sort((a, b) => a - b)).toEqual(copy);
  });

  it('is reproducible with the same seed', () => {
    const items = Array.from({ length: 30 }, (_, i) => i);
    expect(shuffle(items, createSeededRng('s'))).toEqual(shuffle(items, createSeededRng('s')));
  });

  it('handles empty and single-element arrays', () => {
    expect(shuffle([], createSeededRng('s'))).toEqual([]);
    expect(shuffle(['a'], createSeededRng('s'))).toEqual(['a']);
  });

  it('produces every permutation of three items about equally often', () => {
    const rng = createSeededRng('uniform');
    const seen = new Map<string, number>();
    for (let i = 0; i < 6000; i++) {
      const key = shuffle(['a', 'b', 'c'], rng).join('');
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect(seen.size).toBe(6);
    for (const n of seen.values()) {
      expect(n).toBeGreaterThan(850);
      expect(n).toBeLessThan(1150);
    }
  });

  it('rejects an RNG that leaves [0, 1)', () => {
    expect(() => shuffle([1, 2, 3], () => 1)).toThrow(RangeError);
  });
});

describe('drawQuestions', () => {
  const pool = [...bank('A', 10), ...bank('B', 10)];
  const rules: DrawRuleSpec[] = [
    { bankId: 'A', count: 8, difficulty: 1 },
    { bankId: 'A', count: 8, difficulty: 2 },
    { bankId: 'B', count: 4, difficulty: 3 },
  ];

  it('gives every rule its count of matching questions', () => {
    const ids = drawQuestions(rules, pool, { rng: createSeededRng('1'), shuffleQuestions: true });
    expect(ids).toHaveLength(20);
    expect(ids.filter((id) => id.startsWith('A-1-'))).toHaveLength(8);
    expect(ids.filter((id) => id.startsWith('A-2-'))).toHaveLength(8);
    expect(ids.filter((id) => id.startsWith('B-3-'))).toHaveLength(4);
  });

  it('never repeats a question in an attempt', () => {
    for (let s = 0; s < 50; s++) {
      const ids = drawQuestions(rules, pool, {
        rng: createSeededRng(`${s}`),
        shuffleQuestions: true,
      });
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('counts a question listed twice in the pool once', () => {
    const dup = [q('x', 'A', 1), q('x', 'A', 1), q('y', 'A', 1)];
    const ids = drawQuestions([{ bankId: 'A', count: 2 }], dup, {
      rng: createSeededRng('d'),
      shuffleQuestions: false,
    });
    expect(ids.sort()).toEqual(['x', 'y']);
    expect(() =>
      drawQuestions([{ bankId: 'A', count: 3 }], dup, {
        rng: createSeededRng('d'),
        shuffleQuestions: false,
      }),
    ).toThrow(DrawRulesUnsatisfiableError);
  });

  it('is reproducible for the same seed', () => {
    const a = drawQuestions(rules, pool, {
      rng: createSeededRng('user-7'),
      shuffleQuestions: true,
    });
    const b = drawQuestions(rules, pool, {
      rng: createSeededRng('user-7'),
      shuffleQuestions: true,
    });
    expect(a).toEqual(b);
  });

  it('gives different seeds different selections when the bank is larger than the draw', () => {
    const selections = new Set<string>();
    for (let s = 0; s < 20; s++) {
      const ids = drawQuestions(rules, pool, {
        rng: createSeededRng(`seed-${s}`),
        shuffleQuestions: false,
      });
      selections.add(ids.slice().sort().join(','));
    }
    expect(selections.size).toBe(20);
  });

  it('reaches every question of a rule over many draws', () => {
    const counts = new Map<string, number>();
    for (let s = 0; s < 400; s++) {
      for (const id of drawQuestions([{ bankId: 'A', count: 2, difficulty: 1 }], pool, {
        rng: createSeededRng(`r${s}`),
        shuffleQuestions: false,
      })) {
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    }
    // 400 draws × 2 questions over 10 questions: 80 each on average.
    expect(counts.size).toBe(10);
    for (const n of counts.values()) expect(n).toBeGreaterThan(40);
  });

  it('orders by rule then by the pool order when questions are not shuffled', () => {
    const ids = drawQuestions(
      [
        { bankId: 'B', count: 3, difficulty: 3 },
        { bankId: 'A', count: 3, difficulty: 1 },
      ],
      pool,
      { rng: createSeededRng('o'), shuffleQuestions: false },
    );
    const rank = (id: string) => pool.findIndex((c) => c.id === id);
    const first = ids.slice(0, 3);
    const second = ids.slice(3);
    expect(first.every((id) => id.startsWith('B-3-'))).toBe(true);
    expect(second.every((id) => id.startsWith('A-1-'))).toBe(true);
    expect(first.map(rank)).toEqual(first.map(rank).sort((a, b) => a - b));
    expect(second.map(rank)).toEqual(second.map(rank).sort((a, b) => a - b));
  });

  it('shuffles the final order across rules when asked', () => {
    const orders = new Set<string>();
    for (let s = 0; s < 10; s++) {
      const ids = drawQuestions(rules, pool, {
        rng: createSeededRng(`o${s}`),
        shuffleQuestions: true,
      });
      orders.add(ids.map((id) => id.slice(0, 3)).join(','));
    }
    // Rule-ordered output would always read A-1 ×8, A-2 ×8, B-3 ×4.
    expect(orders.size).toBeGreaterThan(1);
  });

  it('does not let a broad rule listed first take the questions a narrow rule needs', () => {
    const small = [
      q('p1', 'A', 1, ['pháp luật']),
      q('p2', 'A', 1, ['pháp luật']),
      q('h1', 'A', 1, ['lịch sử']),
      q('h2', 'A', 2, ['lịch sử']),
      q('h3', 'A', 3, ['lịch sử']),
    ];
    const overlapping: DrawRuleSpec[] = [
      { bankId: 'A', count: 3 },
      { bankId: 'A', count: 2, tags: ['pháp luật'] },
    ];
    for (let s = 0; s < 50; s++) {
      const ids = drawQuestions(overlapping, small, {
        rng: createSeededRng(`n${s}`),
        shuffleQuestions: false,
      });
      expect(ids.sort()).toEqual(['h1', 'h2', 'h3', 'p1', 'p2']);
    }
  });

  it('rearranges equally narrow overlapping rules when a first choice would block the other', () => {
    // Rule 1 (tag x) can take a or b; rule 2 (tag y) needs both b and c. Whatever rule 1 tries
    // first, the only full assignment is rule 1 → a, rule 2 → b, c.
    const tricky = [q('a', 'A', 1, ['x']), q('b', 'A', 1, ['x', 'y']), q('c', 'A', 1, ['y'])];
    const tr: DrawRuleSpec[] = [
      { bankId: 'A', count: 1, tags: ['x'] },
      { bankId: 'A', count: 2, tags: ['y'] },
    ];
    for (let s = 0; s < 30; s++) {
      const ids = drawQuestions(tr, tricky, {
        rng: createSeededRng(`t${s}`),
        shuffleQuestions: false,
      });
      expect(ids).toEqual(['a', 'b', 'c']);
    }
  });

  it('respects every rule when rules overlap on bank, tag and difficulty', () => {
    const mixed = [
      ...bank('A', 4, ['lịch sử']),
      ...bank('A', 3, ['pháp luật']).map((c) => ({ ...c, id: `${c.id}-law` })),
    ];
    const overlapping: DrawRuleSpec[] = [
      { bankId: 'A', count: 6 },
      { bankId: 'A', count: 3, tags: ['pháp luật'] },
      { bankId: 'A', count: 4, difficulty: 3 },
      { bankId: 'A', count: 2, tags: ['lịch sử', 'pháp luật'], difficulty: 1 },
    ];
    for (let s = 0; s < 30; s++) {
      const ids = drawQuestions(overlapping, mixed, {
        rng: createSeededRng(`m${s}`),
        shuffleQuestions: true,
      });
      expect(new Set(ids).size).toBe(15);
      expect(respectsRules(ids, overlapping, mixed)).toBe(true);
    }
  });

  it('draws nothing for a rule with count 0', () => {
    const ids = drawQuestions([{ bankId: 'A', count: 0 }], pool, {
      rng: createSeededRng('z'),
      shuffleQuestions: true,
    });
    expect(ids).toEqual([]);
  });

  it('throws with the problems when the pool cannot satisfy the rules', () => {
    let error: unknown;
    try {
      drawQuestions([{ bankId: 'A', count: 11, difficulty: 3 }], pool, {
        rng: createSeededRng('u'),
        shuffleQuestions: true,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DrawRulesUnsatisfiableError);
    expect((error as DrawRulesUnsatisfiableError).problems).toEqual([
      expect.objectContaining({ ruleIndex: 0, needed: 11, available: 10 }),
    ]);
  });
});

describe('checkDrawRules', () => {
  it('accepts rules the pool can satisfy', () => {
    expect(checkDrawRules([{ bankId: 'A', count: 10, difficulty: 1 }], bank('A', 10))).toEqual({
      ok: true,
    });
  });

  it('reports a rule without enough matching questions, in Vietnamese with the numbers', () => {
    const result = checkDrawRules(
      [
        { bankId: 'A', count: 2 },
        { bankId: 'A', count: 5, tags: ['pháp luật'], difficulty: 3 },
      ],
      [...bank('A', 2), q('law', 'A', 3, ['pháp luật'])],
      { bankNames: new Map([['A', 'Lịch sử Công đoàn']]) },
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          ruleIndex: 1,
          needed: 5,
          available: 1,
          relatedRuleIndexes: [1],
          message:
            'Quy tắc 2 (ngân hàng «Lịch sử Công đoàn»; chủ đề: pháp luật; mức độ khó) cần 5 câu ' +
            'nhưng chỉ có 1 câu hỏi đang dùng phù hợp.',
        },
      ],
    });
  });

  it('reports rules that are satisfiable alone but not together', () => {
    // Tag x: 3 questions, two of them easy. Rule 1 wants 2 of x, rule 2 wants 2 easy of x:
    // each alone is fine, together they need 4 distinct questions out of 3.
    const pool = [q('x1', 'A', 1, ['x']), q('x2', 'A', 1, ['x']), q('x3', 'A', 2, ['x'])];
    const result = checkDrawRules(
      [
        { bankId: 'A', count: 2, tags: ['x'] },
        { bankId: 'A', count: 2, tags: ['x'], difficulty: 1 },
      ],
      pool,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.ruleIndex, p.needed, p.available])).toEqual([
      [0, 4, 3],
      [1, 4, 3],
    ]);
    expect(result.problems[0].relatedRuleIndexes).toEqual([0, 1]);
    expect(result.problems[0].message).toContain('cần tổng cộng 4 câu khác nhau');
    expect(result.problems[0].message).toContain('chỉ có 3 câu hỏi');
  });

  it('reports separate groups of competing rules separately and leaves sound rules out', () => {
    const pool = [
      q('x1', 'A', 1, ['x']),
      q('x2', 'A', 2, ['x']),
      q('y1', 'B', 1, ['y']),
      q('y2', 'B', 2, ['y']),
      q('y3', 'B', 3, ['y']),
      q('z1', 'C', 1),
    ];
    const result = checkDrawRules(
      [
        { bankId: 'A', count: 2 },
        { bankId: 'A', count: 1, tags: ['x'] },
        { bankId: 'C', count: 1 },
        { bankId: 'B', count: 2, tags: ['y'] },
        { bankId: 'B', count: 2 },
      ],
      pool,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(
      result.problems.map((p) => ({
        r: p.ruleIndex,
        group: p.relatedRuleIndexes,
        n: p.needed,
        a: p.available,
      })),
    ).toEqual([
      { r: 0, group: [0, 1], n: 3, a: 2 },
      { r: 1, group: [0, 1], n: 3, a: 2 },
      { r: 3, group: [3, 4], n: 4, a: 3 },
      { r: 4, group: [3, 4], n: 4, a: 3 },
    ]);
  });

  it('reports a count that is not a non-negative integer', () => {
    const result = checkDrawRules([{ bankId: 'A', count: 2.5 }], bank('A', 5));
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ ruleIndex: 0, message: expect.stringContaining('2,5') }),
      ],
    });
  });

  it('agrees with a brute-force search on random small overlapping cases', () => {
    const rng = createSeededRng('property');
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)];
    const tags = ['x', 'y', 'z'];
    for (let round = 0; round < 300; round++) {
      const pool: DrawCandidate[] = Array.from({ length: 1 + Math.floor(rng() * 7) }, (_, i) =>
        q(
          `q${i}`,
          pick(['A', 'B']),
          pick([1, 2, 3] as const),
          tags.filter(() => rng() < 0.4),
        ),
      );
      const rules: DrawRuleSpec[] = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => ({
        bankId: pick(['A', 'B']),
        count: Math.floor(rng() * 3),
        ...(rng() < 0.5 ? { tags: tags.filter(() => rng() < 0.5) } : {}),
        ...(rng() < 0.4 ? { difficulty: pick([1, 2, 3] as const) } : {}),
      }));
      const expected = bruteForceSatisfiable(rules, pool);
      const check = checkDrawRules(rules, pool);
      expect(check.ok).toBe(expected);
      if (!check.ok) expect(check.problems.length).toBeGreaterThan(0);
      if (expected) {
        const ids = drawQuestions(rules, pool, { rng, shuffleQuestions: true });
        expect(respectsRules(ids, rules, pool)).toBe(true);
      } else {
        expect(() => drawQuestions(rules, pool, { rng, shuffleQuestions: true })).toThrow(
          DrawRulesUnsatisfiableError,
        );
      }
    }
  });
});
