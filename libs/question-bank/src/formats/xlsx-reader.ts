import {
  getAttribute,
  parseAttributes,
  tokenizeXml,
  XmlStream,
  type XmlHandler,
} from './xml-tokenizer';
import type { ZipArchive } from './zip';

/** One non-empty row of a sheet: its number as the spreadsheet shows it, and its cell texts. */
export interface SheetRow {
  row: number;
  /** Cell texts by 0-based column (A = 0); missing cells are ''. */
  cells: string[];
}

export interface SheetData {
  name: string;
  rows: SheetRow[];
}

export interface ReadXlsxOptions {
  /** Read at most this many rows of each sheet (to recognise a layout by its header). */
  maxRows?: number;
}

function columnIndex(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code >= 65 && code <= 90) col = col * 26 + (code - 64);
    else if (code >= 97 && code <= 122) col = col * 26 + (code - 96);
    else break;
  }
  return col - 1;
}

function formatNumber(v: string): string {
  const n = Number(v);
  if (!Number.isFinite(n) || v.trim() === '') return v;
  if (Number.isInteger(n)) return String(n);
  return String(parseFloat(n.toPrecision(15)));
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** Text of every `<t>` in each `<si>` (rich text runs joined), phonetic hints skipped. */
function readSharedStrings(zip: ZipArchive): string[] {
  const strings: string[] = [];
  let current = '';
  let inT = false;
  let skip = 0;
  streamPart(zip, 'xl/sharedStrings.xml', {
    open(name) {
      const n = localName(name);
      if (n === 'rPh' || n === 'phoneticPr') skip++;
      else if (n === 'si') current = '';
      else if (n === 't' && skip === 0) inT = true;
    },
    close(name) {
      const n = localName(name);
      if (n === 'rPh' || n === 'phoneticPr') skip--;
      else if (n === 't') inT = false;
      else if (n === 'si') strings.push(current);
    },
    text(text) {
      if (inT && skip === 0) current += text;
    },
  });
  return strings;
}

/** Thrown by a handler to stop reading a part early. */
class EnoughRows extends Error {}

/** Streams one part of the archive through a handler; false when the part is missing. */
function streamPart(zip: ZipArchive, path: string, handler: XmlHandler): boolean {
  const stream = new XmlStream(handler);
  try {
    if (!zip.stream(path, (chunk) => stream.push(chunk))) return false;
    stream.end();
  } catch (err) {
    if (!(err instanceof EnoughRows)) throw err;
  }
  return true;
}

function readSheet(zip: ZipArchive, path: string, shared: string[], maxRows?: number): SheetRow[] {
  const rows: SheetRow[] = [];
  let rowNumber = 0;
  let cells: string[] = [];
  let col = -1;
  let type = '';
  let value = '';
  let inValue = false;
  let inInline = false;
  let skip = 0;
  let rowsSeen = 0;
  streamPart(zip, path, {
    open(name, attrs) {
      const n = localName(name);
      if (n === 'row') {
        const r = getAttribute(attrs, 'r');
        rowNumber = r ? parseInt(r, 10) : rowNumber + 1;
        cells = [];
        col = -1;
      } else if (n === 'c') {
        const r = getAttribute(attrs, 'r');
        col = r ? columnIndex(r) : col + 1;
        type = getAttribute(attrs, 't') ?? '';
        value = '';
      } else if (n === 'rPh') skip++;
      else if (n === 'v' || (n === 't' && inInline)) inValue = skip === 0;
      else if (n === 'is') inInline = true;
    },
    close(name) {
      const n = localName(name);
      if (n === 'v' || n === 't') inValue = false;
      else if (n === 'rPh') skip--;
      else if (n === 'is') inInline = false;
      else if (n === 'c') {
        let text: string;
        switch (type) {
          case 's':
            text = shared[parseInt(value, 10)] ?? '';
            break;
          case 'b':
            text = value === '1' ? 'TRUE' : value === '0' ? 'FALSE' : value;
            break;
          case 'inlineStr':
          case 'str':
          case 'e':
          case 'd':
            text = value;
            break;
          default:
            text = formatNumber(value);
        }
        if (col >= 0 && col < 16384) {
          while (cells.length < col) cells.push('');
          cells[col] = text;
        }
      } else if (n === 'row') {
        if (cells.some((c) => c.trim() !== '')) rows.push({ row: rowNumber, cells });
        rowsSeen++;
        if (maxRows !== undefined && rowsSeen >= maxRows) throw new EnoughRows();
      }
    },
    text(text) {
      if (inValue) value += text;
    },
  });
  return rows;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p && p !== '.') out.push(p);
  }
  return out.join('/');
}

/** Sheet names and the archive path of each, in workbook order. */
export function listSheets(zip: ZipArchive): { name: string; path: string }[] {
  const workbook = zip.readText('xl/workbook.xml');
  if (workbook === undefined) return [];
  const rels = new Map<string, string>();
  const relsXml = zip.readText('xl/_rels/workbook.xml.rels');
  if (relsXml !== undefined) {
    tokenizeXml(relsXml, {
      open(name, raw) {
        const attrs = parseAttributes(raw);
        if (localName(name) === 'Relationship' && attrs.Id && attrs.Target) {
          rels.set(attrs.Id, resolveTarget(attrs.Target));
        }
      },
      close() {},
      text() {},
    });
  }
  const sheets: { name: string; path: string }[] = [];
  tokenizeXml(workbook, {
    open(name, raw) {
      if (localName(name) !== 'sheet') return;
      const attrs = parseAttributes(raw);
      const id = attrs['r:id'] ?? Object.entries(attrs).find(([k]) => k.endsWith(':id'))?.[1];
      const path = id ? rels.get(id) : undefined;
      sheets.push({
        name: attrs.name ?? '',
        path: path ?? `xl/worksheets/sheet${sheets.length + 1}.xml`,
      });
    },
    close() {},
    text() {},
  });
  return sheets;
}

/** Every sheet's non-empty rows as text, in workbook order. */
export function readXlsx(zip: ZipArchive, options: ReadXlsxOptions = {}): SheetData[] {
  const shared = readSharedStrings(zip);
  const out: SheetData[] = [];
  for (const sheet of listSheets(zip)) {
    if (!zip.has(sheet.path)) continue;
    out.push({ name: sheet.name, rows: readSheet(zip, sheet.path, shared, options.maxRows) });
  }
  return out;
}
