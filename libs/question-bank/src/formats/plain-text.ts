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

/**
 * HTML (Moodle question text, GIFT `[html]`) → plain text. Tags are removed, never interpreted:
 * script and style elements disappear with their content, block ends become line breaks and
 * entities are decoded last, so `&lt;script&gt;` stays visible text.
 */
export function htmlToText(html: string): HtmlText {
  let hadImage = false;
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<img\b[^>]*>/gi, (tag) => {
      hadImage = true;
      const alt = /\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
      const label = alt ? (alt[1] ?? alt[2] ?? '').trim() : '';
      return label ? `[Hình ảnh: ${label}]` : '[Hình ảnh]';
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6]|blockquote|pre|table|ul|ol)\s*>/gi, '\n')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '');
  return { text: cleanMultiline(decodeHtmlEntities(text)), hadImage };
}

/** Removes one trailing ';' or ',' (list punctuation in Word documents: "A. 220V;"). */
export function stripListPunctuation(s: string): string {
  const t = s.trimEnd();
  const last = t.charCodeAt(t.length - 1);
  return (last === 0x3b || last === 0x2c ? t.slice(0, -1) : t).trim();
}
