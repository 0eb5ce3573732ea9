/**
 * Vietnamese text normalisation for comparing text typed by different people on different
 * keyboards and fonts: duplicate detection, short-text answers, matching "Đáp án: 220V" against
 * an option. Never used to change what an author wrote, only to compare.
 */

export interface NormalizeOptions {
  /** Also drop every diacritic (tones and hats) and turn đ/Đ into d: "Hòa" equals "hoa". */
  toneInsensitive?: boolean;
}

const GRAVE = '\u0300';
const ACUTE = '\u0301';
const TILDE = '\u0303';
const HOOK = '\u0309';
const DOT_BELOW = '\u0323';
const TONE_MARKS = new Set([GRAVE, ACUTE, TILDE, HOOK, DOT_BELOW]);

/** Invisible characters that word processors and web pages leave inside words. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\u300C\u300D\uFF02]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u2035\u02BC\u0060\u00B4]/g;
const DASHES = /[\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D]/g;
const ELLIPSIS = /\u2026/g;
/** `\s` covers NBSP, the U+2000 spaces, U+202F, U+205F, U+3000 and line breaks. */
const WHITESPACE_RUN = /\s+/g;
/** A decomposed word ending in o/u + a/e/y with marks on the last vowel (hoà, thuỷ, khoẻ). */
const OPEN_DIPHTHONG_WORD = /(?:\p{L}\p{M}*)*[oOuU][aAeEyY]\p{M}+(?![\p{L}\p{M}])/gu;
const COMBINING_MARKS = /\p{M}/gu;
const OLD_PLACEMENT_HINT = /[oOuU][aAeEyY][\u0300\u0301\u0303\u0309\u0323](?![\p{L}\p{M}])/u;
/** The same test on NFC text: a bare o/u followed by a precomposed toned a/e/y. */
const OLD_PLACEMENT_HINT_NFC = new RegExp(
  `[oOuU][${[...'aeyAEY']
    .flatMap((v) =>
      ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'].map((t) => (v + t).normalize('NFC')),
    )
    .join('')}](?![\\p{L}\\p{M}])`,
  'u',
);
/** Any character the quote/dash/invisible clean-up would change. */
const SPECIAL_CHARACTERS =
  /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF\u201C-\u201F\u2033\u2036\u00AB\u00BB\u300C\u300D\uFF02\u2018-\u201B\u2032\u2035\u02BC\u0060\u00B4\u2010-\u2015\u2212\u2E3A\u2E3B\uFE58\uFE63\uFF0D\u2026]/;

interface Letter {
  base: string;
  marks: string[];
}

function splitLetters(word: string): Letter[] {
  const letters: Letter[] = [];
  for (const ch of word) {
    const last = letters[letters.length - 1];
    if (/\p{M}/u.test(ch) && last) last.marks.push(ch);
    else letters.push({ base: ch, marks: [] });
  }
  return letters;
}

/**
 * Old ("hoà", "thuỷ", "khoẻ", "uỷ") and new ("hòa", "thủy", "khỏe", "ủy") tone placement differ
 * only for a syllable ending in the open diphthongs oa, oe, uy: this moves the tone to the
 * first vowel (the new placement). Works on NFD text, keeps case.
 */
function unifyTonePlacementNfd(nfd: string): string {
  // Fast path: no bare o/u followed by a/e/y carrying a tone, nothing to move.
  if (!OLD_PLACEMENT_HINT.test(nfd)) return nfd;
  return nfd.replace(OPEN_DIPHTHONG_WORD, (word) => {
    const letters = splitLetters(word);
    const n = letters.length;
    if (n < 2) return word;
    const first = letters[n - 2];
    const second = letters[n - 1];
    const pair = (first.base + second.base).toLowerCase();
    if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return word;
    // In "quy", "qua" the u belongs to the consonant "qu": the tone stays on the last vowel.
    if (n >= 3 && letters[n - 3].base.toLowerCase() === 'q') return word;
    if (first.marks.length > 0) return word;
    const toneIndex = second.marks.findIndex((m) => TONE_MARKS.has(m));
    if (toneIndex < 0 || second.marks.length !== 1) return word;
    const [tone] = second.marks.splice(toneIndex, 1);
    first.marks.push(tone);
    return letters.map((l) => l.base + l.marks.join('')).join('');
  });
}

/** "thuỷ" → "thủy", "hoà" → "hòa" (NFC in, NFC out). Case is kept. */
export function unifyTonePlacement(s: string): string {
  return unifyTonePlacementNfd(s.normalize('NFD')).normalize('NFC');
}

/** Drops every diacritic: "Công đoàn Việt Nam" → "Cong doan Viet Nam". Case is kept. */
export function removeDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * The form two texts are compared in: Unicode NFC, one tone placement, invisible characters
 * dropped, every run of whitespace (NBSP included) one space, trimmed, straight quotes, '-' for
 * every dash, lower case; with `toneInsensitive` also without diacritics and with d for đ.
 */
export function normalizeForCompare(s: string, options: NormalizeOptions = {}): string {
  let text = s.normalize('NFC');
  if (SPECIAL_CHARACTERS.test(text)) {
    text = text
      .replace(INVISIBLE, '')
      .replace(DOUBLE_QUOTES, '"')
      .replace(SINGLE_QUOTES, "'")
      .replace(DASHES, '-')
      .replace(ELLIPSIS, '...');
  }
  if (options.toneInsensitive) {
    text = text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd');
  } else if (OLD_PLACEMENT_HINT_NFC.test(text)) {
    text = unifyTonePlacementNfd(text.normalize('NFD')).normalize('NFC');
  }
  return text.replace(WHITESPACE_RUN, ' ').trim().toLowerCase();
}

/** True when both texts are the same after `normalizeForCompare`. */
export function sameText(a: string, b: string, options: NormalizeOptions = {}): boolean {
  return normalizeForCompare(a, options) === normalizeForCompare(b, options);
}
