import { DEMO_BANKS, DEMO_UNITS, type DemoBank, type QuestionInput } from './index';

const CHOICE_TYPES = ['single', 'multiple', 'true_false'];
const isNfc = (s: string): boolean => s === s.normalize('NFC');
const norm = (s: string): string => s.trim().toLowerCase();

/** Every string in a value, for the NFC check. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Problems of one question against the rules of docs/api.md; empty when it is valid. */
function problems(q: QuestionInput): string[] {
  const out: string[] = [];
  const options = q.options ?? [];
  const correct = options.filter((o) => o.correct).length;
  if (q.prompt.trim() === '') out.push('empty prompt');
  if (CHOICE_TYPES.includes(q.type)) {
    if (options.length < 2 || options.length > 8) out.push(`${options.length} options`);
    if (options.some((o) => o.text.trim() === '')) out.push('empty option');
    if (new Set(options.map((o) => norm(o.text))).size !== options.length) {
      out.push('duplicate options');
    }
    if (q.acceptedAnswers !== undefined) out.push('acceptedAnswers on a choice question');
  }
  switch (q.type) {
    case 'single':
      if (correct !== 1) out.push(`${correct} correct options`);
      break;
    case 'true_false':
      if (correct !== 1) out.push(`${correct} correct options`);
      if (options.map((o) => o.text).join('|') !== 'Đúng|Sai') out.push('options are not Đúng/Sai');
      break;
    case 'multiple':
      if (correct < 1) out.push('no correct option');
      break;
    case 'short_text':
      if (options.length > 0) out.push('options on a short_text question');
      if (!q.acceptedAnswers?.some((a) => a.trim() !== '')) out.push('no accepted answer');
      break;
    case 'essay':
      out.push('essay question in a bank');
      break;
  }
  if (q.difficulty === undefined) out.push('no difficulty');
  if (!q.explanation?.trim()) out.push('no explanation');
  if (!q.tags?.length) out.push('no tags');
  return out;
}

describe('the question check used below', () => {
  const base: QuestionInput = {
    type: 'single',
    prompt: 'Câu hỏi?',
    options: [
      { text: 'A', correct: true },
      { text: 'B', correct: false },
    ],
    explanation: 'Giải thích.',
    tags: ['thu'],
    difficulty: 1,
  };

  it('accepts a valid question', () => {
    expect(problems(base)).toEqual([]);
  });

  it('flags two correct options on a single question, duplicates and a bad true/false', () => {
    expect(
      problems({
        ...base,
        options: [
          { text: 'A', correct: true },
          { text: ' a ', correct: true },
        ],
      }),
    ).toEqual(['duplicate options', '2 correct options']);
    expect(problems({ ...base, type: 'true_false' })).toEqual(['options are not Đúng/Sai']);
    expect(
      problems({ ...base, type: 'multiple', options: [{ text: 'A', correct: false }] }),
    ).toEqual(['1 options', 'no correct option']);
  });

  it('flags a short text question without accepted answers', () => {
    expect(
      problems({ ...base, type: 'short_text', options: undefined, acceptedAnswers: [' '] }),
    ).toEqual(['no accepted answer']);
  });
});

describe('DEMO_UNITS', () => {
  const byCode = new Map(DEMO_UNITS.map((u) => [u.code, u]));

  it('gives every unit a unique code', () => {
    expect(byCode.size).toBe(DEMO_UNITS.length);
  });

  it('has exactly one root, the Trà Vinh provincial federation', () => {
    const roots = DEMO_UNITS.filter((u) => u.parentCode === null);
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ code: 'TV', kind: 'province_federation' });
  });

  it('points every parentCode at an existing unit', () => {
    const dangling = DEMO_UNITS.filter((u) => u.parentCode !== null && !byCode.has(u.parentCode));
    expect(dangling).toEqual([]);
  });

  it('nests grassroots unions under district federations or sector unions', () => {
    for (const unit of DEMO_UNITS.filter((u) => u.kind === 'grassroots')) {
      const parent = byCode.get(unit.parentCode ?? '');
      expect(['district_federation', 'sector_union']).toContain(parent?.kind);
    }
    for (const unit of DEMO_UNITS.filter(
      (u) => u.kind === 'district_federation' || u.kind === 'sector_union',
    )) {
      expect(unit.parentCode).toBe('TV');
    }
  });

  it('lists the nine district-level federations and 3 to 5 grassroots unions under each parent', () => {
    const parents = DEMO_UNITS.filter(
      (u) => u.kind === 'district_federation' || u.kind === 'sector_union',
    );
    expect(parents.filter((u) => u.kind === 'district_federation')).toHaveLength(9);
    for (const parent of parents) {
      const children = DEMO_UNITS.filter((u) => u.parentCode === parent.code);
      expect(children.length).toBeGreaterThanOrEqual(3);
      expect(children.length).toBeLessThanOrEqual(5);
    }
  });

  it('uses short codes prefixed by the parent code', () => {
    for (const unit of DEMO_UNITS) {
      expect(unit.code).toMatch(/^TV(-[A-Z]{2,4}(-\d{2})?)?$/);
      if (unit.parentCode !== null) expect(unit.code.startsWith(`${unit.parentCode}-`)).toBe(true);
    }
  });

  it('gives plausible member counts: grassroots 20 to 1500, parents at least their children', () => {
    for (const unit of DEMO_UNITS) {
      expect(Number.isInteger(unit.memberCount)).toBe(true);
      if (unit.kind === 'grassroots') {
        expect(unit.memberCount).toBeGreaterThanOrEqual(20);
        expect(unit.memberCount).toBeLessThanOrEqual(1500);
      } else {
        const sum = DEMO_UNITS.filter((u) => u.parentCode === unit.code).reduce(
          (total, u) => total + u.memberCount,
          0,
        );
        expect(unit.memberCount).toBeGreaterThanOrEqual(sum);
      }
    }
  });

  it('writes every name in NFC-normalized Vietnamese', () => {
    expect(strings(DEMO_UNITS).filter((s) => !isNfc(s))).toEqual([]);
  });
});

describe.each(DEMO_BANKS.map((bank): [string, DemoBank] => [bank.theme, bank]))(
  'bank %s',
  (_theme, bank) => {
    const { questions } = bank;
    const choice = questions.filter((q) => CHOICE_TYPES.includes(q.type));
    const count = (type: string): number => questions.filter((q) => q.type === type).length;

    it('has a title, a theme slug and a description', () => {
      expect(bank.title.trim()).not.toBe('');
      expect(bank.theme).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(bank.description.trim()).not.toBe('');
    });

    it('holds at least 70 questions', () => {
      expect(questions.length).toBeGreaterThanOrEqual(70);
    });

    it('has no invalid question', () => {
      const invalid = questions
        .map((q) => ({ prompt: q.prompt, problems: problems(q) }))
        .filter((r) => r.problems.length > 0);
      expect(invalid).toEqual([]);
    });

    it('mixes the question types: mostly single, some multiple and true/false, 2 to 3 short text', () => {
      expect(count('single')).toBeGreaterThan(questions.length / 2);
      expect(count('multiple')).toBeGreaterThanOrEqual(5);
      expect(count('true_false')).toBeGreaterThanOrEqual(5);
      expect(count('short_text')).toBeGreaterThanOrEqual(2);
      expect(count('short_text')).toBeLessThanOrEqual(3);
      expect(count('essay')).toBe(0);
    });

    it('has enough choice questions per difficulty to draw 8 easy, 8 medium and 4 hard', () => {
      const ofDifficulty = (d: number): number => choice.filter((q) => q.difficulty === d).length;
      expect(ofDifficulty(1)).toBeGreaterThanOrEqual(20);
      expect(ofDifficulty(2)).toBeGreaterThanOrEqual(20);
      expect(ofDifficulty(3)).toBeGreaterThanOrEqual(8);
    });

    it('never repeats a prompt', () => {
      const prompts = questions.map((q) => norm(q.prompt));
      const repeated = prompts.filter((p, i) => prompts.indexOf(p) !== i);
      expect(repeated).toEqual([]);
    });

    it('writes every string in NFC-normalized Vietnamese', () => {
      expect(strings(bank).filter((s) => !isNfc(s))).toEqual([]);
    });

    it('uses kebab-case tags', () => {
      for (const tag of questions.flatMap((q) => q.tags ?? [])) {
        expect(tag).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }
    });
  },
);

describe('DEMO_BANKS', () => {
  it('holds both demo banks with distinct themes', () => {
    expect(DEMO_BANKS.map((b) => b.theme)).toEqual(['lich-su-cong-doan', 'dien-an-toan']);
  });
});
