/**
 * The 2025 exam layout "đúng/sai": a stem followed by statements a)–d), each true or false.
 * Such a question becomes one true/false question per statement, sharing the stem.
 */
import { collapseSpaces } from './plain-text';
import { normalizeForCompare } from './core-text';

/** Words of a section heading or a stem that announce true/false statements. */
const TRUE_FALSE_HINT =
  /đúng\s*(?:\/|-|hoặc|hay)?\s*sai\b|\(\s*đ\s*\/\s*s\s*\)|true\s*\/\s*false|trắc\s*nghiệm\s+đúng\s+sai/iu;

/** "PHẦN II. Câu trắc nghiệm đúng sai…", "Câu 1 (đúng/sai):" */
export function hasTrueFalseHint(text: string): boolean {
  if (!/đúng|đ\s*\/|true/iu.test(text)) return false;
  return TRUE_FALSE_HINT.test(collapseSpaces(text));
}

function truthOf(word: string): boolean | null {
  const key = normalizeForCompare(word, { toneInsensitive: true });
  if (key === 'dung' || key === 'd' || key === 'true' || key === 't') return true;
  if (key === 'sai' || key === 's' || key === 'false' || key === 'f') return false;
  return null;
}

const PAIR = /([a-h])\s*[).:=\-–]?\s*(đúng|sai|true|false|đ|s|t|f)(?![\p{L}\d])/giu;

/**
 * The truth of each statement from an answer line: "a) Đúng; b) Sai; c) Đúng; d) Sai",
 * "a-Đ, b-S, c-Đ, d-S", "Đ - S - Đ - S", "ĐSĐS". Null unless every statement gets a value and
 * nothing else is written.
 */
export function parseTruthList(value: string, count: number): boolean[] | null {
  const text = collapseSpaces(value).replace(/[.;]$/, '');
  const byLetter = new Map<number, boolean>();
  PAIR.lastIndex = 0;
  const rest = text.replace(PAIR, (_, letter: string, word: string) => {
    const truth = truthOf(word);
    if (truth !== null) byLetter.set(letter.toLowerCase().charCodeAt(0) - 97, truth);
    return ' ';
  });
  if (byLetter.size > 0) {
    if (!/^[\s,;|/]*$/.test(rest) || byLetter.size !== count) return null;
    const out: boolean[] = [];
    for (let i = 0; i < count; i++) {
      const v = byLetter.get(i);
      if (v === undefined) return null;
      out.push(v);
    }
    return out;
  }
  const words = text.split(/[\s,;|/\-–]+/).filter(Boolean);
  const fromWords = words.map(truthOf);
  if (words.length === count && fromWords.every((v) => v !== null)) return fromWords;
  if (words.length === 1 && words[0].length === count) {
    const fromChars = [...words[0]].map(truthOf);
    if (fromChars.every((v) => v !== null)) return fromChars;
  }
  return null;
}
