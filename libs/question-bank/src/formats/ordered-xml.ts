import { XMLParser } from 'fast-xml-parser';
import { QuestionFileError } from './question-file-error';

/** An element of a small XML part (styles.xml, numbering.xml) with its children in order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
}

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: true,
});

function convert(nodes: unknown): XmlElement[] {
  if (!Array.isArray(nodes)) return [];
  const out: XmlElement[] = [];
  for (const node of nodes as Ordered[]) {
    const name = Object.keys(node).find((k) => k !== ':@' && k !== '#text');
    if (!name) continue;
    const rawAttrs = node[':@'];
    const attrs: Record<string, string> = {};
    if (rawAttrs && typeof rawAttrs === 'object') {
      for (const [k, v] of Object.entries(rawAttrs as Record<string, unknown>))
        attrs[k] = String(v);
    }
    out.push({ name, attrs, children: convert(node[name]) });
  }
  return out;
}

/** Parses a small XML document with fast-xml-parser (order kept); DOCTYPE is refused. */
export function parseOrderedXml(xml: string): XmlElement[] {
  if (/<!DOCTYPE/i.test(xml)) {
    throw new QuestionFileError('CORRUPT_FILE', 'Tệp chứa khai báo DOCTYPE, không được chấp nhận.');
  }
  try {
    return convert(parser.parse(xml));
  } catch {
    throw new QuestionFileError('CORRUPT_FILE', 'Tệp bị hỏng: nội dung XML không đọc được.');
  }
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c) => c.name === name);
}

export function childrenNamed(el: XmlElement | undefined, name: string): XmlElement[] {
  return el ? el.children.filter((c) => c.name === name) : [];
}

/** Depth-first search for every element with this name. */
export function findAll(roots: XmlElement[], name: string, out: XmlElement[] = []): XmlElement[] {
  for (const el of roots) {
    if (el.name === name) out.push(el);
    findAll(el.children, name, out);
  }
  return out;
}
