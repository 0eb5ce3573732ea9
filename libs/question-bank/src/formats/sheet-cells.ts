import { normalizeForCompare } from './core-text';
import type { SheetRow } from './xlsx-reader';

/**
 * A header cell as a lookup key: tone-insensitive, lower case, punctuation as spaces
 * ("Nội dung câu hỏi" → "noi dung cau hoi", "option_a" → "option a").
 */
export function headerKey(s: string): string {
  return normalizeForCompare(s, { toneInsensitive: true })
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The keys a header cell may be known by: whole, without a "(…)" note, and the note itself. */
export function headerKeys(s: string): string[] {
  const keys = [headerKey(s)];
  const open = s.indexOf('(');
  const close = open < 0 ? -1 : s.indexOf(')', open + 1);
  if (close > 0) {
    keys.push(
      headerKey(s.slice(0, open) + s.slice(close + 1)),
      headerKey(s.slice(open + 1, close)),
    );
  }
  return keys.filter((k, i) => k.length > 0 && keys.indexOf(k) === i);
}

/** Characters that make a spreadsheet read a cell as a formula (CSV/formula injection). */
const DANGEROUS_START = /^[=+\-@\t\r]/;

function needsNeutralising(s: string): boolean {
  return DANGEROUS_START.test(s) || (s.startsWith("'") && DANGEROUS_START.test(s.slice(1)));
}

/**
 * Prefixes a text cell with an apostrophe when a spreadsheet could run it as a formula
 * ("=1+1", "+84…", "-5", "@SUM"). `unneutralizeCell` undoes exactly this.
 */
export function neutralizeCell(s: string): string {
  return needsNeutralising(s) ? `'${s}` : s;
}

/** Strips the apostrophe `neutralizeCell` added (a leading ' before = + - @ tab CR). */
export function unneutralizeCell(s: string): string {
  return s.startsWith("'") && needsNeutralising(s.slice(1)) ? s.slice(1) : s;
}

export function cellAt(row: SheetRow, col: number | undefined): string {
  if (col === undefined || col < 0) return '';
  return unneutralizeCell(row.cells[col] ?? '').trim();
}

/** "1,3", "1; 3", "1 3" → [1, 3]; null when a part is not a whole number. */
export function parseIndexList(s: string): number[] | null {
  const parts = s
    .split(/[\s,;/&+]+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0 && !/^(và|and)$/iu.test(p));
  if (parts.length === 0) return [];
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d+(?:\.0+)?$/.test(p)) return null;
    const n = parseInt(p, 10);
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

/** A number written with a dot or a comma as decimal separator ("1,5" → 1.5). */
export function parseDecimal(s: string): number | null {
  const t = s.trim().replace(',', '.');
  if (!/^[+]?\d+(?:\.\d+)?$/.test(t)) return null;
  return Number(t);
}
