/** The answer part `{…}` of a GIFT question, as Moodle reads it (docs/imports.md, "GIFT"). */
import { cleanMultiline, htmlToText } from './plain-text';

/** Index of the first `ch` at or after `from` that is not escaped with a backslash. */
export function findUnescaped(s: string, ch: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === ch) return i;
  }
  return -1;
}

/** Splits on unescaped occurrences of `sep` (a string). */
export function splitUnescaped(s: string, sep: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s.startsWith(sep, i)) {
      parts.push(s.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** GIFT escapes: \: \= \~ \# \{ \} \\ and \n for a line break. */
export function unescapeGift(s: string): string {
  return s.replace(/\\([\s\S])/g, (_, ch: string) => (ch === 'n' ? '\n' : ch));
}

const FORMAT_MARKER = /^\s*\[(html|plain|markdown|moodle)\]/i;

/** Strips a leading `[html]`/`[moodle]`/`[markdown]`/`[plain]`; says whether it was HTML. */
export function stripFormat(s: string, html: boolean): { rest: string; html: boolean } {
  const m = FORMAT_MARKER.exec(s);
  if (!m) return { rest: s, html };
  const kind = m[1].toLowerCase();
  return { rest: s.slice(m[0].length), html: kind === 'html' || kind === 'moodle' };
}

/** GIFT text → plain text: escapes undone, HTML (when the format says so) turned to text. */
export function giftText(raw: string, html: boolean): { text: string; hadImage: boolean } {
  const marked = stripFormat(raw, html);
  const unescaped = unescapeGift(marked.rest);
  if (marked.html && /<[a-zA-Z/!]/.test(unescaped)) return htmlToText(unescaped);
  return { text: cleanMultiline(unescaped), hadImage: false };
}

export interface GiftAnswer {
  kind: '=' | '~';
  weight: number | null;
  /** The answer as written (escapes kept), without weight and feedback. */
  raw: string;
  text: string;
  feedback: boolean;
  hadImage: boolean;
}

/** The answers of a `{…}` body that starts with `=` or `~`. */
export function readAnswers(body: string, html: boolean): GiftAnswer[] {
  const answers: GiftAnswer[] = [];
  let kind: '=' | '~' | null = null;
  let start = 0;
  const push = (end: number): void => {
    if (!kind) return;
    const [main, ...feedback] = splitUnescaped(body.slice(start, end), '#');
    let raw = main.trim();
    let weight: number | null = null;
    const w = /^%(-?\d+(?:[.,]\d+)?)%/.exec(raw);
    if (w) {
      weight = parseFloat(w[1].replace(',', '.'));
      raw = raw.slice(w[0].length);
    }
    const t = giftText(raw, html);
    answers.push({
      kind,
      weight,
      raw,
      text: t.text,
      feedback: feedback.some((f) => f.trim().length > 0),
      hadImage: t.hadImage,
    });
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '=' || ch === '~') {
      push(i);
      kind = ch;
      start = i + 1;
    }
  }
  push(body.length);
  return answers;
}

export interface NumericReading {
  accepted: string[];
  warnings: string[];
}

function formatNumber(n: number): string {
  return String(n);
}

/**
 * A numerical answer `{#…}`: `{#3}`, `{#3:0.5}` (tolerance), `{#1..5}` (range), several
 * `=` answers with weights. The bank has no numerical type: exact values become accepted
 * answers of a short-text question; what that loses (tolerances, ranges, partial credit) is
 * named in a warning. An answer worth 0% (`=%0%5:0`) is wrong and never accepted.
 */
export function readNumeric(body: string): NumericReading {
  const rest = body.slice(1).trim();
  const entries = rest.startsWith('=') ? readAnswers(rest, false) : readAnswers(`=${rest}`, false);
  const accepted: string[] = [];
  const warnings: string[] = [];
  for (const a of entries) {
    const value = unescapeGift(a.raw).trim();
    if (!value) continue;
    if (a.weight !== null && a.weight <= 0) continue;
    if (a.weight !== null && a.weight < 100) {
      warnings.push(
        `Đáp án số ${value} được ${a.weight}% điểm: không được nhập (chỉ nhập đáp án đúng hoàn toàn)`,
      );
      continue;
    }
    const range = /^(-?\d+(?:\.\d+)?)\s*\.\.\s*(-?\d+(?:\.\d+)?)$/.exec(value);
    const tol = /^(-?\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)$/.exec(value);
    const exact = /^-?\d+(?:\.\d+)?$/.exec(value);
    if (range) {
      const [lo, hi] = [Number(range[1]), Number(range[2])];
      if (lo === hi) accepted.push(formatNumber(lo));
      else {
        warnings.push(
          `Khoảng giá trị ${range[1]}..${range[2]} chưa được hỗ trợ; cần nhập lại các đáp án chấp nhận`,
        );
      }
    } else if (tol) {
      accepted.push(formatNumber(Number(tol[1])));
      if (Number(tol[2]) !== 0) {
        warnings.push(
          `Sai số cho phép ±${tol[2]} của đáp án ${tol[1]} chưa được hỗ trợ; chỉ chấp nhận đúng ${tol[1]}`,
        );
      }
    } else if (exact) accepted.push(formatNumber(Number(value)));
    else warnings.push(`Đáp án số "${value}" không đọc được`);
  }
  return { accepted: [...new Set(accepted)], warnings };
}
