/**
 * A small, fast, non-validating XML tokenizer for the large parts of Office files
 * (word/document.xml, xl/worksheets/*.xml). fast-xml-parser builds a whole tree and reads about
 * 3 MB/s; a 5 MB .docx holds 40+ MB of XML, so these parts are streamed through callbacks.
 * DOCTYPE declarations are refused (Office never writes them; they are how entity bombs start).
 */

export interface XmlHandler {
  /** `attrs` is the raw attribute text; read it with `getAttribute` (parsed only when asked). */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g;
const EMPTY_ATTRS: Record<string, string> = Object.freeze({});

/** Decodes the five XML entities and numeric character references. */
export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Every attribute of a raw attribute text, read in one pass. */
export function parseAttributes(s: string): Record<string, string> {
  if (!s.includes('=')) return EMPTY_ATTRS;
  const attrs: Record<string, string> = {};
  const n = s.length;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(s.charCodeAt(i)) || s[i] === '/')) i++;
    const start = i;
    while (i < n && !isSpace(s.charCodeAt(i)) && s[i] !== '=' && s[i] !== '/') i++;
    const name = s.slice(start, i);
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (s[i] !== '=') {
      if (i === start) i++;
      continue;
    }
    i++;
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    const quote = s[i];
    if (quote !== '"' && quote !== "'") continue;
    const end = s.indexOf(quote, i + 1);
    if (end < 0) break;
    if (name) attrs[name] = decodeXmlEntities(s.slice(i + 1, end));
    i = end + 1;
  }
  return attrs;
}

/** One attribute of a raw attribute text, found without parsing the others. */
export function getAttribute(raw: string, name: string): string | undefined {
  let i = raw.indexOf(name);
  /** Quote characters with no closing one left: later searches would fail too. */
  let unclosed = '';
  while (i >= 0) {
    if (i === 0 || isSpace(raw.charCodeAt(i - 1))) {
      let j = i + name.length;
      while (isSpace(raw.charCodeAt(j))) j++;
      if (raw[j] === '=') {
        j++;
        while (isSpace(raw.charCodeAt(j))) j++;
        const quote = raw[j];
        if ((quote === '"' || quote === "'") && !unclosed.includes(quote)) {
          const end = raw.indexOf(quote, j + 1);
          if (end > j) return decodeXmlEntities(raw.slice(j + 1, end));
          unclosed += quote;
        }
      }
    }
    i = raw.indexOf(name, i + 1);
  }
  return undefined;
}

/** The longest tag, comment, CDATA section or processing instruction accepted. */
export const MAX_XML_TOKEN_CHARS = 1024 * 1024;

/**
 * Where the scan of an unfinished token stopped, so that the next chunk resumes there instead
 * of rescanning the token from its start (which made a huge attribute cost quadratic time).
 */
export interface XmlScanState {
  /** Index (in the text handed to `tokenizeXml`) up to which the token at 0 was scanned. */
  scanned: number;
  /** The open quote inside the tag at that point (0 when none). */
  quote: number;
}

/** Entities are at most this long ("&#x10FFFF;"): a '&' further back cannot start a cut one. */
const MAX_ENTITY_CHARS = 12;

/**
 * Streams the XML through the handler in document order and returns how much of it was read.
 * With `final: false` the text may be a prefix of a larger document: an unfinished tag,
 * comment or CDATA section is left unread (its start is returned, and `state` says how far it
 * was scanned) for the caller to prepend to the next chunk; trailing text is reported at once,
 * except a possibly cut entity. Tokens longer than MAX_XML_TOKEN_CHARS are refused.
 */
export function tokenizeXml(
  xml: string,
  handler: XmlHandler,
  final = true,
  state: XmlScanState = { scanned: 0, quote: 0 },
): number {
  const n = xml.length;
  let pos = 0;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) {
      let stop = n;
      if (!final) {
        const amp = xml.lastIndexOf('&');
        if (amp >= Math.max(pos, n - MAX_ENTITY_CHARS) && xml.indexOf(';', amp) < 0) stop = amp;
      }
      const tail = xml.slice(pos, stop);
      if (final ? tail.trim() : tail) handler.text(decodeXmlEntities(tail));
      return stop;
    }
    if (lt > pos) handler.text(decodeXmlEntities(xml.slice(pos, lt)));
    const resumed = lt === 0 && state.scanned > 0;
    const next = xml.charCodeAt(lt + 1);
    let end: number;
    if (next === 0x3f /* ? */) {
      end = xml.indexOf('?>', resumed ? Math.max(lt + 2, state.scanned - 1) : lt + 2);
      if (end < 0) return unfinished(final, lt, n, state, 0, 'processing instruction');
      pos = end + 2;
      state.scanned = 0;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        end = xml.indexOf('-->', resumed ? Math.max(lt + 4, state.scanned - 2) : lt + 4);
        if (end < 0) return unfinished(final, lt, n, state, 0, 'comment');
        pos = end + 3;
        state.scanned = 0;
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        end = xml.indexOf(']]>', resumed ? Math.max(lt + 9, state.scanned - 2) : lt + 9);
        if (end < 0) return unfinished(final, lt, n, state, 0, 'CDATA section');
        handler.text(xml.slice(lt + 9, end));
        pos = end + 3;
        state.scanned = 0;
        continue;
      }
      if (!final && n - lt < 9) return lt;
      throw new XmlSyntaxError('DOCTYPE declarations are not accepted');
    }
    // A start or end tag: scan to its '>' (quotes may hold '>').
    let i = resumed ? state.scanned : lt + 1;
    let quote = resumed ? state.quote : 0;
    for (; i < n; i++) {
      const c = xml.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x3e /* > */) break;
      else if (c === 0x22 || c === 0x27) quote = c;
    }
    if (i >= n) return unfinished(final, lt, n, state, quote, 'tag');
    end = i;
    state.scanned = 0;
    state.quote = 0;
    if (end - lt > MAX_XML_TOKEN_CHARS) throw tooLong();
    if (next === 0x2f /* / */) {
      handler.close(xml.slice(lt + 2, end).trim());
      pos = end + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(end - 1) === 0x2f;
    const innerEnd = selfClosing ? end - 1 : end;
    let nameEnd = lt + 1;
    while (nameEnd < innerEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
    const name = xml.slice(lt + 1, nameEnd);
    handler.open(name, nameEnd < innerEnd ? xml.slice(nameEnd, innerEnd) : '', selfClosing);
    if (selfClosing) handler.close(name);
    pos = end + 1;
  }
  return n;
}

function tooLong(): XmlSyntaxError {
  return new XmlSyntaxError(`a tag or section longer than ${MAX_XML_TOKEN_CHARS} characters`);
}

function unfinished(
  final: boolean,
  lt: number,
  n: number,
  state: XmlScanState,
  quote: number,
  what: string,
): number {
  if (final) throw new XmlSyntaxError(`unterminated ${what}`);
  if (n - lt > MAX_XML_TOKEN_CHARS) throw tooLong();
  state.scanned = n;
  state.quote = quote;
  return lt;
}

/** Length of the longest prefix of `bytes` that ends on a whole UTF-8 character. */
function completeUtf8Length(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // continuation byte: look further back
    const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return size > back ? n - back : n;
  }
  return n;
}

/** Feeds an XML document to a handler chunk by chunk (as it is inflated), UTF-8 encoded. */
export class XmlStream {
  private buffer = '';
  private carry: Uint8Array = new Uint8Array(0);
  private readonly state: XmlScanState = { scanned: 0, quote: 0 };

  constructor(private readonly handler: XmlHandler) {}

  push(bytes: Uint8Array): void {
    let data = bytes;
    if (this.carry.length > 0) {
      data = new Uint8Array(this.carry.length + bytes.length);
      data.set(this.carry);
      data.set(bytes, this.carry.length);
    }
    const whole = completeUtf8Length(data);
    this.carry = data.slice(whole);
    this.buffer += Buffer.from(data.buffer, data.byteOffset, whole).toString('utf8');
    const used = tokenizeXml(this.buffer, this.handler, false, this.state);
    this.buffer = this.buffer.slice(used);
    if (this.state.scanned > 0) this.state.scanned -= used;
  }

  end(): void {
    if (this.carry.length > 0) this.buffer += Buffer.from(this.carry).toString('utf8');
    this.carry = new Uint8Array(0);
    tokenizeXml(this.buffer, this.handler, true, this.state);
    this.buffer = '';
  }
}
