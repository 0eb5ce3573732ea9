import { normalizeForCompare } from './core-text';
import { parseAnswerLetters, parseKeyLine, type KeyPair } from './docx-patterns';
import { MARK, type DocLine } from './docx-reader';
import { collapseSpaces } from './plain-text';
import { letterOf } from './question-builder';
import { headerKey } from './sheet-cells';

/** An option as read from the document, with where its own text sits in its line. */
export interface OptionDraft {
  letter: string;
  text: string;
  line?: DocLine;
  /** The option's own text in `line` (label excluded). */
  start: number;
  end: number;
  /** Where its label ("A.", "(b)") starts in `line`; the label runs up to `start`. */
  labelStart?: number;
  star: boolean;
  bullet: boolean;
  /** Written with a lower-case label ("a)"): statements of a true/false group may be. */
  lowerLabel?: boolean;
}

/** A way the document points at answers, and how the reason names it. */
export const MARK_SIGNALS: readonly [number, string][] = [
  [MARK.red, 'tô màu đỏ'],
  [MARK.highlight, 'được tô nền (highlight)'],
  [MARK.underline, 'gạch chân'],
  [MARK.bold, 'in đậm'],
  [MARK.color, 'có màu chữ khác'],
];

/** Letters and digits (not spaces, punctuation or symbols): the characters a mark must cover. */
function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  }
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return false;
  return !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0x3000 && code <= 0x303f);
}

export function quote(s: string): string {
  const t = collapseSpaces(s);
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

export function lettersOf(set: Iterable<number>): string {
  return [...set].map((i) => letterOf(i)).join(', ');
}

/** The MARK bits every letter and digit of the option's own text carries. */
function optionMarks(o: OptionDraft): number {
  if (!o.line) return 0;
  let bits = 0xff;
  let any = false;
  for (let i = o.start; i < o.end; i++) {
    if (!isWordChar(o.line.text.charCodeAt(i))) continue;
    bits &= o.line.marks[i];
    any = true;
  }
  return any ? bits : 0;
}

/** The MARK bits every letter of the option's label carries ("A" of "A."); 0 without a label. */
function labelMarks(o: OptionDraft): number {
  if (!o.line || o.labelStart === undefined) return 0;
  let bits = 0xff;
  let any = false;
  for (let i = o.labelStart; i < o.start; i++) {
    if (!isWordChar(o.line.text.charCodeAt(i))) continue;
    bits &= o.line.marks[i];
    any = true;
  }
  return any ? bits : 0;
}

/** A way the document points at answers, and how the reason names it. */
export interface Signal {
  set: Set<number>;
  reason: string;
  name: string;
  /** Written out as an answer (a line or a table) rather than suggested by marks. */
  explicit: boolean;
}

/**
 * Formatting that marks answers: a kind of mark (bold, underline, red, highlight, colour) that
 * covers the whole text of some options but not all of them, or the letter of some options'
 * labels but not all of them ("A." underlined, the text plain: the layout of most exam files).
 * A mark every option or every label carries (a bold document, all labels bold) singles out
 * nothing, so it does not count.
 */
export function formattingSignals(options: OptionDraft[]): Signal[] {
  const signals: Signal[] = [];
  const collect = (bits: number[], describe: (name: string, set: Set<number>) => Signal): void => {
    for (const [bit, name] of MARK_SIGNALS) {
      const set = new Set<number>();
      bits.forEach((b, i) => {
        if (b & bit) set.add(i);
      });
      if (set.size > 0 && set.size < options.length) signals.push(describe(name, set));
    }
  };
  collect(options.map(optionMarks), (name, set) => ({
    set,
    name,
    reason: `Đáp án ${name} (phương án ${lettersOf(set)})`,
    explicit: false,
  }));
  collect(options.map(labelMarks), (name, set) => ({
    set,
    name: `chữ cái ${name}`,
    reason: `Chữ cái của phương án ${lettersOf(set)} ${name}`,
    explicit: false,
  }));
  // The most selective mark first; ties keep the order above (red before bold…).
  return signals.sort((a, b) => a.set.size - b.set.size);
}

export function sameSet(a: Set<number>, b: Set<number>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

/** Matches "Đáp án: B", "Đáp án: A, C", "Đáp án: 220V" or "Đáp án: B. 380V" to options. */
export function resolveAnswer(value: string, options: OptionDraft[]): Set<number> | null {
  const letters = parseAnswerLetters(value);
  if (letters) {
    const set = new Set<number>();
    for (const l of letters) {
      const i = options.findIndex((o) => o.letter === l);
      if (i < 0) return null;
      set.add(i);
    }
    return set;
  }
  const clean = value.replace(/[.;]\s*$/, '');
  for (const toneInsensitive of [false, true]) {
    const key = normalizeForCompare(clean, { toneInsensitive });
    const found = options.flatMap((o, i) =>
      normalizeForCompare(o.text.replace(/[.;]\s*$/, ''), { toneInsensitive }) === key ? [i] : [],
    );
    if (found.length > 0) return new Set(found);
  }
  const labelled = /^\(?([A-Ha-h])\s*[.):]\s*\S/.exec(clean);
  if (labelled) {
    const i = options.findIndex((o) => o.letter === labelled[1].toUpperCase());
    if (i >= 0) return new Set([i]);
  }
  // The option's number ("3" for the third option), as answer columns of tables often say.
  const number = /^[1-8]$/.exec(clean.trim());
  if (number && parseInt(number[0], 10) <= options.length) {
    return new Set([parseInt(number[0], 10) - 1]);
  }
  return null;
}

/** Answer-table entries in a Word table (question number / answer columns, either layout). */
export function answerKeyFromTable(cells: string[][]): (KeyPair & { row: number })[] {
  const pairs: (KeyPair & { row: number })[] = [];
  for (let r = 0; r + 1 < cells.length; r++) {
    const head = headerKey(cells[r][0] ?? '');
    const next = headerKey(cells[r + 1][0] ?? '');
    if (/^(cau|cau hoi|cau so|stt|so cau|so)$/.test(head) && /^dap an/.test(next)) {
      for (let j = 1; j < cells[r].length; j++) {
        const n = /^\s*(\d{1,4})\s*$/.exec(cells[r][j] ?? '');
        const letters = parseAnswerLetters(cells[r + 1][j] ?? '');
        if (n && letters) pairs.push({ number: parseInt(n[1], 10), letters, row: r + 2 });
      }
      r++;
    }
  }
  if (pairs.length > 0) return pairs;
  cells.forEach((row, r) => {
    for (let j = 0; j < row.length; j++) {
      const cell = row[j].trim();
      const n = /^(?:câu\s*)?(\d{1,4})\s*[.:]?$/iu.exec(cell);
      if (n && j + 1 < row.length) {
        const letters = parseAnswerLetters(row[j + 1]);
        if (letters) {
          pairs.push({ number: parseInt(n[1], 10), letters, row: r + 1 });
          j++;
          continue;
        }
      }
      if (!n) {
        for (const p of parseKeyLine(cell, 1) ?? []) pairs.push({ ...p, row: r + 1 });
      }
    }
  });
  return pairs;
}
