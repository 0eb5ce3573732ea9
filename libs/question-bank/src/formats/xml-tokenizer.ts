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
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
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

/** Every attribute of a raw attribute text. */
export function parseAttributes(s: string): Record<string, string> {
  if (!s.includes('=')) return EMPTY_ATTRS;
  const attrs: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTRIBUTE.exec(s)) !== null) attrs[m[1]] = decodeXmlEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** One attribute of a raw attribute text, found without parsing the others. */
export function getAttribute(raw: string, name: string): string | undefined {
  let i = raw.indexOf(name);
  while (i >= 0) {
    if (i === 0 || isSpace(raw.charCodeAt(i - 1))) {
      let j = i + name.length;
      while (isSpace(raw.charCodeAt(j))) j++;
      if (raw[j] === '=') {
        j++;
        while (isSpace(raw.charCodeAt(j))) j++;
        const quote = raw[j];
        if (quote === '"' || quote === "'") {
          const end = raw.indexOf(quote, j + 1);
          if (end > j) return decodeXmlEntities(raw.slice(j + 1, end));
        }
      }
    }
    i = raw.indexOf(name, i + 1);
  }
  return undefined;
}

/**
 * Streams the XML through the handler in document order and returns how much of it was read.
 * With `final: false` the text may be a prefix of a larger document: an unfinished tag,
 * comment or CDATA section and trailing text are left unread (their start is returned) for the
 * caller to prepend to the next chunk.
 */
export function tokenizeXml(xml: string, handler: XmlHandler, final = true): number {
  const n = xml.length;
  let pos = 0;
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    if (lt < 0) {
      if (!final) return pos;
      const tail = xml.slice(pos);
      if (tail.trim()) handler.text(decodeXmlEntities(tail));
      return n;
    }
    const next = xml.charCodeAt(lt + 1);
    let end: number;
    if (next === 0x3f /* ? */) {
      end = xml.indexOf('?>', lt + 2);
      if (end < 0) return unfinished(final, pos, 'processing instruction');
      if (lt > pos) handler.text(decodeXmlEntities(xml.slice(pos, lt)));
      pos = end + 2;
      continue;
    }
    if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        end = xml.indexOf('-->', lt + 4);
        if (end < 0) return unfinished(final, pos, 'comment');
        if (lt > pos) handler.text(decodeXmlEntities(xml.slice(pos, lt)));
        pos = end + 3;
        continue;
      }
      if (xml.startsWith('<![CDATA[', lt)) {
        end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return unfinished(final, pos, 'CDATA section');
        if (lt > pos) handler.text(decodeXmlEntities(xml.slice(pos, lt)));
        handler.text(xml.slice(lt + 9, end));
        pos = end + 3;
        continue;
      }
      if (!final && n - lt < 9) return pos;
      throw new XmlSyntaxError('DOCTYPE declarations are not accepted');
    }
    // A start or end tag: scan to its '>' (quotes may hold '>').
    let i = lt + 1;
    let quote = 0;
    for (; i < n; i++) {
      const c = xml.charCodeAt(i);
      if (quote !== 0) {
        if (c === quote) quote = 0;
      } else if (c === 0x3e /* > */) break;
      else if (c === 0x22 || c === 0x27) quote = c;
    }
    if (i >= n) return unfinished(final, pos, 'tag');
    end = i;
    if (lt > pos) handler.text(decodeXmlEntities(xml.slice(pos, lt)));
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

function unfinished(final: boolean, pos: number, what: string): number {
  if (final) throw new XmlSyntaxError(`unterminated ${what}`);
  return pos;
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
    const used = tokenizeXml(this.buffer, this.handler, false);
    this.buffer = this.buffer.slice(used);
  }

  end(): void {
    if (this.carry.length > 0) this.buffer += Buffer.from(this.carry).toString('utf8');
    this.carry = new Uint8Array(0);
    tokenizeXml(this.buffer, this.handler, true);
    this.buffer = '';
  }
}
