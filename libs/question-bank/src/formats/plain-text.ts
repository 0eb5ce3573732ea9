/** Plain-text helpers shared by the parsers: whitespace clean-up and HTML → text. */

/** One line: every run of whitespace (tabs, NBSP…) becomes one space; trimmed. */
const NEEDS_COLLAPSE =
  /[\t\n\r\f\v\u00A0\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u3000\uFEFF]| {2}|^ | $/;

export function collapseSpaces(s: string): string {
  if (!NEEDS_COLLAPSE.test(s)) return s;
  return s
    .replace(/\u200B|\u200C|\u200D|\uFEFF/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Several lines: each line collapsed, blank lines at both ends dropped, inner ones kept once. */
export function cleanMultiline(s: string): string {
  const lines = s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => collapseSpaces(l));
  const out: string[] = [];
  for (const line of lines) {
    if (!line && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

const HTML_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  deg: '°',
  copy: '©',
  reg: '®',
  times: '×',
  divide: '÷',
  middot: '·',
  bull: '•',
  euro: '€',
  le: '≤',
  ge: '≥',
  ne: '≠',
};

/** Decodes HTML named and numeric character references (unknown names are left as they are). */
export function decodeHtmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return HTML_ENTITIES[ref] ?? HTML_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

export interface HtmlText {
  text: string;
  /** The HTML showed an image, which the plain text cannot carry. */
  hadImage: boolean;
}

const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)/y;
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'head', 'title']);
const BLOCK_END = new Set([
  'p',
  'div',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'table',
  'ul',
  'ol',
]);

function imageLabel(tag: string): string {
  const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
  const label = alt ? (alt[1] ?? alt[2] ?? '').trim() : '';
  return label ? `[Hình ảnh: ${label}]` : '[Hình ảnh]';
}

/** Whether the text pushed so far ends at the start of a line (only spaces after a break). */
function atLineStart(out: string[]): boolean {
  // Looks back a bounded distance, so runs of empty tags cost linear time; past it, "no".
  let budget = 256;
  for (let k = out.length - 1; k >= 0 && budget > 0; k--) {
    const piece = out[k];
    for (let i = piece.length - 1; i >= 0 && budget > 0; i--, budget--) {
      const c = piece[i];
      if (c === '\n') return true;
      if (c !== ' ' && c !== '\t' && c !== '\r') return false;
    }
    budget--;
  }
  return out.length === 0 || budget > 0;
}

/**
 * HTML (Moodle question text, GIFT `[html]`) → plain text. Tags are removed, never interpreted:
 * script and style elements disappear with their content, block ends become line breaks, table
 * cells are separated by " | " (one row per line), list items start with "- " (or their
 * number), and entities are decoded last, so `&lt;script&gt;` stays visible text. One pass over
 * the text: an unclosed tag or a missing end tag never makes it rescan what follows.
 */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let hadImage = false;
  const n = html.length;
  /** Position from which no '>' remains (once a search fails, later ones would too). */
  let noGtFrom = n + 1;
  const missingEnd = new Set<string>();
  const lists: number[] = []; // 0 for <ul>, the next number for <ol>
  let cellsInRow = 0;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    if (lt > i) out.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    TAG_START.lastIndex = lt;
    const m = TAG_START.exec(html);
    const gt = m && lt < noGtFrom ? html.indexOf('>', lt) : -1;
    if (!m || gt < 0) {
      if (m) noGtFrom = lt;
      out.push('<');
      i = lt + 1;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2].toLowerCase();
    i = gt + 1;
    if (!closing && DROPPED_WITH_CONTENT.has(name) && !missingEnd.has(name)) {
      const endTag = new RegExp(`</${name}\\s*>`, 'gi');
      endTag.lastIndex = i;
      const end = endTag.exec(html);
      if (end) {
        i = endTag.lastIndex;
        continue;
      }
      missingEnd.add(name);
    }
    if (name === 'img' && !closing) {
      hadImage = true;
      out.push(imageLabel(html.slice(lt, gt + 1)));
    } else if (name === 'br') out.push('\n');
    else if (!closing && name === 'tr') cellsInRow = 0;
    else if (!closing && (name === 'td' || name === 'th')) {
      if (cellsInRow > 0) out.push(' | ');
      cellsInRow++;
    } else if (!closing && (name === 'ul' || name === 'ol')) lists.push(name === 'ol' ? 1 : 0);
    else if (closing && (name === 'ul' || name === 'ol')) lists.pop();
    else if (!closing && name === 'li') {
      const top = lists.length - 1;
      const number = top >= 0 ? lists[top] : 0;
      if (number > 0) lists[top] = number + 1;
      out.push(`${atLineStart(out) ? '' : '\n'}${number > 0 ? `${number}.` : '-'} `);
    }
    // A list or table ends where its last item or row already ended the line.
    const container = name === 'table' || name === 'ul' || name === 'ol';
    if (closing && BLOCK_END.has(name) && !(container && atLineStart(out))) out.push('\n');
  }
  return { text: cleanMultiline(decodeHtmlEntities(out.join(''))), hadImage };
}

/** Removes one trailing ';' or ',' (list punctuation in Word documents: "A. 220V;"). */
export function stripListPunctuation(s: string): string {
  const t = s.trimEnd();
  const last = t.charCodeAt(t.length - 1);
  return (last === 0x3b || last === 0x2c ? t.slice(0, -1) : t).trim();
}
