import { looksLikeAiken } from './aiken';
import { looksLikeGift } from './gift';
import { findKahootHeader } from './kahoot';
import { looksLikeMoodleXml } from './moodle-xml';
import { findQuizizzHeader } from './quizizz';
import { decodeText, hasUtf16Bom, readCsvRows, sniffCsvDelimiter } from './template';
import { decodeTextFile } from './text-encoding';
import { matchTemplateHeader } from './template-columns';
import type { ImportFormat } from './types';
import { readXlsx } from './xlsx-reader';
import { looksLikeZip, ZipArchive } from './zip';

/** Rows read from each sheet to recognise Kahoot's and Quizizz's headers. */
const SNIFF_ROWS = 30;

function detectZip(buffer: Uint8Array): ImportFormat | null {
  let zip: ZipArchive;
  try {
    zip = ZipArchive.open(buffer);
  } catch {
    return null;
  }
  if (zip.has('word/document.xml')) return 'docx';
  if (!zip.has('xl/workbook.xml')) return null;
  try {
    const sheets = readXlsx(zip, { maxRows: SNIFF_ROWS });
    if (sheets.some((s) => findQuizizzHeader(s.rows))) return 'quizizz';
    if (sheets.some((s) => findKahootHeader(s.rows))) return 'kahoot';
  } catch {
    // A broken workbook is reported by the template parser.
  }
  return 'xlsx';
}

/**
 * The text of a file when it is text: no NUL bytes and few control characters. Text that is
 * not valid UTF-8 (a CSV saved in Windows-1258, TCVN3…) still counts as text here, so that the
 * reader can explain the encoding instead of calling the file unrecognisable.
 */
function asText(buffer: Uint8Array): string | null {
  if (hasUtf16Bom(buffer)) return decodeText(buffer).replace(/^\uFEFF/, '');
  const head = buffer.subarray(0, Math.min(buffer.length, 8192));
  if (head.includes(0)) return null;
  let control = 0;
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (control > Math.max(2, head.length / 100)) return null;
  try {
    return decodeTextFile(buffer).text.replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('utf-8').decode(buffer).replace(/^\uFEFF/, '');
  }
}

/** Bytes of a CSV file read to recognise Quizizz's and Kahoot's headers. */
const SNIFF_CSV_CHARS = 64 * 1024;

/**
 * A Quizizz or Kahoot sheet saved as CSV: their header rows ("Question Text, Question Type,
 * Option 1…", "Question - max 120 characters, Answer 1…") among the first rows. Checked before
 * our template, whose header names overlap Quizizz's.
 */
function csvToolTemplate(text: string): 'quizizz' | 'kahoot' | null {
  if (!/question/i.test(text.slice(0, SNIFF_CSV_CHARS))) return null;
  let rows;
  try {
    // Whole lines only: a cut inside a quoted cell would read as a broken file.
    const head =
      text.length <= SNIFF_CSV_CHARS
        ? text
        : text.slice(0, Math.max(text.lastIndexOf('\n', SNIFF_CSV_CHARS), 0));
    rows = readCsvRows(head);
  } catch {
    return null;
  }
  rows = rows.slice(0, SNIFF_ROWS);
  if (findQuizizzHeader(rows)) return 'quizizz';
  if (findKahootHeader(rows)) return 'kahoot';
  return null;
}

/** Word 97-2003 (.doc) and Excel 97-2003 (.xls) files: OLE compound documents. */
export function looksLikeOldOffice(buffer: Uint8Array): boolean {
  const magic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return buffer.length >= 8 && magic.every((b, i) => buffer[i] === b);
}

/**
 * Recognises a question file from its content (the file name is only a last hint): .docx and
 * .xlsx by their zip entries (Kahoot and Quizizz sheets by their header rows), Moodle XML by
 * its `<quiz>` root, GIFT by its answer blocks, Aiken by its "ANSWER:" lines, other text as
 * CSV. Binary or empty input → null.
 */
export function detectFormat(buffer: Uint8Array, filename?: string): ImportFormat | null {
  if (buffer.length === 0) return null;
  if (looksLikeZip(buffer)) return detectZip(buffer);
  const text = asText(buffer);
  if (text === null || !text.trim()) return null;
  if (looksLikeMoodleXml(text)) return 'moodle_xml';
  const sheetLike = csvToolTemplate(text);
  if (sheetLike) return sheetLike;
  const firstLine = text.split(/\r?\n/, 1)[0];
  const headerCells = firstLine
    .split(sniffCsvDelimiter(firstLine))
    .map((c) => c.replace(/^\s*"|"\s*$/g, ''));
  if (matchTemplateHeader(headerCells)) return 'csv';
  const ext = filename?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (ext === 'gift' && looksLikeGift(text)) return 'gift';
  if (looksLikeAiken(text)) return 'aiken';
  if (looksLikeGift(text)) return 'gift';
  if (/^\s*</.test(text)) return null;
  return 'csv';
}
