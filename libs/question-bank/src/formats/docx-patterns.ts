/**
 * How Vietnamese question documents write question numbers, option labels, answer lines and
 * answer tables. Pure text functions, shared by the Word reader and its tests.
 *
 * Every pattern here runs on untrusted text: none may match the same text in two ways (no
 * `\s*\s*`, no `(a|a)*`), so a failed match costs time linear in the line (docs/imports.md,
 * "Parser safety"). Patterns that need no positions run on the line with its whitespace
 * collapsed first.
 */
import { collapseSpaces } from './plain-text';

export interface QuestionStart {
  number: number;
  /** The label as written ("Câu 3:", "1."). */
  label: string;
  /** Index in the line where the stem starts. */
  stemStart: number;
}

const QUESTION_KEYWORD =
  /^\s*((?:câu\s*hỏi|câu|bài|question)\s*(?:số\s*)?(\d{1,4})(?:\s*[:.)/–—-]\s*|\s+(?=\S)|\s*$))/iu;
const QUESTION_NUMBER = /^\s*((\d{1,4})\s*[.)]\s*)(?=[^\s\d])/u;

/** "Câu 1:", "Câu 1.", "Câu 1:Nội dung", "Câu hỏi 1:", "Bài 1:", "1)", "1." at the line start. */
export function matchQuestionStart(text: string): QuestionStart | null {
  const m = QUESTION_KEYWORD.exec(text) ?? QUESTION_NUMBER.exec(text);
  if (!m) return null;
  return { number: parseInt(m[2], 10), label: m[1].trim(), stemStart: m[0].length };
}

export interface OptionLabel {
  letter: string;
  /** Start of the label in the line. */
  start: number;
  /** Start of the option's own text. */
  textStart: number;
  /** A '*' next to the label marks this option as the answer. */
  star: boolean;
}

/** A label: optional stars around it, each star taking its own following spaces. */
const LABEL = '(?:(\\*)\\s*)?\\(?([A-Ha-h])\\s*(?:(\\*)\\s*)?[.):/]\\s*(?:(\\*)\\s*)?';
const OPTION_AT_START = new RegExp(`^\\s*${LABEL}`, 'u');
const LABEL_AT = new RegExp(LABEL, 'uy');

/** What `\s` matches, one UTF-16 unit at a time. */
function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

/**
 * Option labels on a line: one at the start ("A.", "a)", "A:", "A/", "(A)") and, for several
 * options on one line, further labels in sequence after two spaces, a tab or "; "
 * ("A. 220V  B. 380V  C. 110V"). With `fromStart: false` the first label may be inside the line
 * (options written after the stem) and must be A.
 */
export function findOptionLabels(text: string, fromStart = true): OptionLabel[] {
  const labels: OptionLabel[] = [];
  let searchFrom = 0;
  if (fromStart) {
    const m = OPTION_AT_START.exec(text);
    if (!m) return [];
    labels.push({
      letter: m[2],
      start: m.index,
      textStart: m[0].length,
      star: !!(m[1] || m[3] || m[4]),
    });
    searchFrom = m[0].length;
  }
  // Further labels follow a separator: a tab, two or more spaces, or "; " (scanned by hand:
  // one pass over the line whatever its runs of spaces).
  const n = text.length;
  let i = searchFrom;
  while (i < n) {
    const c = text.charCodeAt(i);
    let j = i;
    let separator: boolean;
    if (c === 0x3b /* ; */) {
      j = i + 1;
      while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
      separator = j > i + 1;
    } else if (isSpaceCode(c)) {
      while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
      separator = j - i >= 2 || c === 0x09;
    } else {
      i++;
      continue;
    }
    if (!separator) {
      i = j;
      continue;
    }
    LABEL_AT.lastIndex = j;
    const m = LABEL_AT.exec(text);
    if (m) {
      const letter = m[2];
      const prev = labels[labels.length - 1];
      const accepted = prev
        ? letter === nextLetter(prev.letter)
        : c !== 0x3b && (letter === 'A' || letter === 'a');
      if (accepted) {
        labels.push({
          letter,
          start: i,
          textStart: LABEL_AT.lastIndex,
          star: !!(m[1] || m[3] || m[4]),
        });
        i = LABEL_AT.lastIndex;
        continue;
      }
    }
    i = j;
  }
  if (!fromStart && labels.length < 2) return [];
  return labels;
}

const ANSWER_COLON =
  /^\s*(?:đáp\s*án|đ\/a|đa|trả\s*lời|answer)(?:\s+(?:đúng|chính\s*xác))?\s*(?:là\s*)?[:：\-–]\s*(.+?)\s*$/iu;
const ANSWER_LETTER =
  /^\s*(?:đáp\s*án|đ\/a|đa)(?:\s+(?:đúng|chính\s*xác))?\s*(?:là\s+)?\(?([A-Ha-h])\)?\s*[.)]?\s*$/iu;

/** "Đáp án: B", "Đáp án đúng: B", "ĐA: B", "Đáp án là B", "(Đáp án: 220V)" → the value. */
export function matchAnswerLine(line: string): string | null {
  const text = collapseSpaces(line);
  const inner = /^\s*\((.*)\)\s*$/.exec(text)?.[1] ?? text;
  const m = ANSWER_COLON.exec(inner) ?? ANSWER_LETTER.exec(inner);
  return m ? m[1].trim() : null;
}

const KEY_HEADING =
  /^\s*(?:hướng\s*dẫn\s*chấm\s*(?:và\s*)?)?(?:bảng\s+|phần\s+)?(?:đáp\s*án|answer\s*key|key)(?:\s+(?:đúng|tham\s*khảo|gợi\s*ý|chi\s*tiết|các\s*câu(?:\s*hỏi)?|câu\s*hỏi|trắc\s*nghiệm|bộ\s*câu\s*hỏi|phần\s+\S+)){0,3}\s*[:.]?\s*$/iu;

/** A heading that opens an answer table: "ĐÁP ÁN", "Bảng đáp án", "Đáp án tham khảo:". */
export function isAnswerKeyHeading(text: string): boolean {
  return KEY_HEADING.test(collapseSpaces(text));
}

export interface KeyPair {
  number: number;
  letters: string[];
}

/** Answer-table lines start with a number or "Câu" + number. */
const KEY_LINE_START = /^\s*(?:câu\s*)?\d/iu;
const KEY_PAIR =
  /(?:câu\s*)?(\d{1,4})\s*[-–.:)/=]?\s*\(?([A-Ha-h](?:\s*[,&+]\s*[A-Ha-h](?![\p{L}\d]))*)\)?(?![\p{L}\d])/giu;

/**
 * Answer-table entries on one line: "1-B; 2-C", "1.A 2.B", "1a", "Câu 1: B". Null unless the
 * whole line is made of such entries and has at least `min` of them.
 */
export function parseKeyLine(line: string, min = 1): KeyPair[] | null {
  const text = collapseSpaces(line);
  if (!KEY_LINE_START.test(text)) return null;
  const pairs: KeyPair[] = [];
  KEY_PAIR.lastIndex = 0;
  const rest = text.replace(KEY_PAIR, (_, n: string, letters: string) => {
    pairs.push({
      number: parseInt(n, 10),
      letters: letters
        .split(/[\s,&+]+/)
        .filter((l) => l.length > 0)
        .map((l) => l.toUpperCase()),
    });
    return ' ';
  });
  if (pairs.length < min) return null;
  return /^[\s;,.|–-]*$/u.test(rest) ? pairs : null;
}

/** "B", "b)", "A, C", "A và C", "AC" → letters; null when the value is not only letters. */
export function parseAnswerLetters(value: string): string[] | null {
  const v = collapseSpaces(value).replace(/[.;]$/, '');
  if (/^[A-Ha-h]{2,8}$/.test(v) && v === v.toUpperCase()) return v.split('');
  const parts = v
    .split(/[\s,;&+/]+/)
    .map((p) => p.replace(/^\(|\)$|[.)]$/g, '').trim())
    .filter((p) => p.length > 0 && !/^(và|and)$/iu.test(p));
  if (parts.length === 0) return null;
  return parts.every((p) => /^[A-Ha-h]$/.test(p)) ? parts.map((p) => p.toUpperCase()) : null;
}

const EXPLANATION =
  /^\s*(?:giải\s*thích|lời\s*giải|hướng\s*dẫn(?:\s*giải)?|gợi\s*ý|explanation)\s*[:：\-–]\s*(.*)$/iu;

/** "Giải thích: …" → the explanation text. */
export function matchExplanation(text: string): string | null {
  const m = EXPLANATION.exec(collapseSpaces(text));
  return m ? m[1].trim() : null;
}

/** Words every multiple-answer hint contains (a cheap test before the full pattern). */
const MULTI_HINT_WORDS = /đáp|phương|lựa|answers|ý/iu;
const MULTI_HINT =
  /chọn\s+(?:nhiều|các|tất\s*cả\s*các|hai|ba|bốn|[234])\s+(?:đáp\s*án|phương\s*án|câu\s*trả\s*lời|ý)|nhiều\s+(?:đáp\s*án|phương\s*án|lựa\s*chọn)\s+đúng|có\s+(?:thể\s+)?(?:có\s+)?(?:nhiều|hơn\s+một)\s+(?:đáp\s*án|phương\s*án)|\(\s*nhiều\s+đáp\s*án\s*\)|multiple\s+answers/iu;

/** The text says several answers may be correct ("chọn các đáp án đúng", "(nhiều đáp án)"). */
export function hasMultipleAnswerHint(line: string): boolean {
  if (!MULTI_HINT_WORDS.test(line)) return false;
  return MULTI_HINT.test(collapseSpaces(line));
}

/** A section heading: "PHẦN II. …", "Chương 1", "I. …", or a line written all in capitals. */
export function isSectionHeading(text: string): boolean {
  const t = collapseSpaces(text);
  if (/^(?:phần|chương|mục|chủ\s*đề)\b/iu.test(t)) return true;
  if (/^[IVX]{1,5}\s*[.)]\s+\S/u.test(t)) return true;
  return /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && t.length > 3;
}
