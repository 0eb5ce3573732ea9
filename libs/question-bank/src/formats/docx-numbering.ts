import { child, childrenNamed, findAll, parseOrderedXml, type XmlElement } from './ordered-xml';

interface Level {
  start: number;
  format: string;
  text: string;
  suffix: string;
}

interface Num {
  abstractId: string;
  overrides: Map<number, Partial<Level>>;
}

function readLevel(lvl: XmlElement): Partial<Level> {
  const out: Partial<Level> = {};
  const start = child(lvl, 'w:start')?.attrs['w:val'];
  if (start !== undefined) out.start = parseInt(start, 10);
  const fmt = child(lvl, 'w:numFmt')?.attrs['w:val'];
  if (fmt !== undefined) out.format = fmt;
  const text = child(lvl, 'w:lvlText')?.attrs['w:val'];
  if (text !== undefined) out.text = text;
  const suff = child(lvl, 'w:suff')?.attrs['w:val'];
  out.suffix = suff === 'nothing' ? '' : ' ';
  return out;
}

function letters(n: number, upper: boolean): string {
  if (n < 1) return String(n);
  const ch = String.fromCharCode(65 + ((n - 1) % 26));
  const s = ch.repeat(Math.floor((n - 1) / 26) + 1);
  return upper ? s : s.toLowerCase();
}

function roman(n: number, upper: boolean): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return upper ? out : out.toLowerCase();
}

/** Renders a counter value in a w:numFmt. */
export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'upperLetter':
      return letters(n, true);
    case 'lowerLetter':
      return letters(n, false);
    case 'upperRoman':
      return roman(n, true);
    case 'lowerRoman':
      return roman(n, false);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'none':
      return '';
    default:
      return String(n);
  }
}

export interface NumberLabel {
  /** The text Word shows before the paragraph ("Câu 3: ", "B. "), '' for bullets. */
  text: string;
  bullet: boolean;
}

/**
 * Word's automatic numbering (numbering.xml): the label each numbered paragraph shows, counted
 * in document order. Lists sharing an abstract definition continue each other unless their
 * w:num restarts them (lvlOverride/startOverride); a level restarts after a higher level.
 */
export class DocxNumbering {
  private readonly abstracts = new Map<string, Map<number, Partial<Level>>>();
  private readonly nums = new Map<string, Num>();
  private readonly counters = new Map<string, (number | undefined)[]>();

  static parse(xml: string | undefined): DocxNumbering {
    const n = new DocxNumbering();
    if (xml) n.load(parseOrderedXml(xml));
    return n;
  }

  private load(roots: XmlElement[]): void {
    for (const a of findAll(roots, 'w:abstractNum')) {
      const levels = new Map<number, Partial<Level>>();
      for (const lvl of childrenNamed(a, 'w:lvl')) {
        levels.set(parseInt(lvl.attrs['w:ilvl'] ?? '0', 10), readLevel(lvl));
      }
      this.abstracts.set(a.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const num of findAll(roots, 'w:num')) {
      const overrides = new Map<number, Partial<Level>>();
      for (const o of childrenNamed(num, 'w:lvlOverride')) {
        const ilvl = parseInt(o.attrs['w:ilvl'] ?? '0', 10);
        const lvl = child(o, 'w:lvl');
        const over: Partial<Level> = lvl ? readLevel(lvl) : {};
        const start = child(o, 'w:startOverride')?.attrs['w:val'];
        if (start !== undefined) over.start = parseInt(start, 10);
        overrides.set(ilvl, over);
      }
      this.nums.set(num.attrs['w:numId'] ?? '', {
        abstractId: child(num, 'w:abstractNumId')?.attrs['w:val'] ?? '',
        overrides,
      });
    }
  }

  private level(num: Num, ilvl: number): Level {
    const base = this.abstracts.get(num.abstractId)?.get(ilvl) ?? {};
    const over = num.overrides.get(ilvl) ?? {};
    return {
      start: over.start ?? base.start ?? 1,
      format: over.format ?? base.format ?? 'decimal',
      text: over.text ?? base.text ?? `%${ilvl + 1}.`,
      suffix: over.suffix ?? base.suffix ?? ' ',
    };
  }

  /** Advances the list and returns the label of the next paragraph numbered (numId, ilvl). */
  next(numId: string, ilvl: number): NumberLabel | null {
    const num = this.nums.get(numId);
    if (!num || numId === '0') return null;
    const key = num.overrides.size > 0 ? `n${numId}` : `a${num.abstractId}`;
    const counts = this.counters.get(key) ?? [];
    this.counters.set(key, counts);
    for (let l = ilvl + 1; l < counts.length; l++) counts[l] = undefined;
    for (let l = 0; l < ilvl; l++) {
      if (counts[l] === undefined) counts[l] = this.level(num, l).start;
    }
    const lvl = this.level(num, ilvl);
    counts[ilvl] = counts[ilvl] === undefined ? lvl.start : (counts[ilvl] ?? 0) + 1;
    if (lvl.format === 'bullet') return { text: '', bullet: true };
    const text = lvl.text.replace(/%(\d)/g, (_, d: string) => {
      const l = parseInt(d, 10) - 1;
      return formatCounter(counts[l] ?? this.level(num, l).start, this.level(num, l).format);
    });
    return { text: text ? text + lvl.suffix : '', bullet: false };
  }
}
