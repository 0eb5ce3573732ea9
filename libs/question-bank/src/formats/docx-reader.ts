import { detectLegacyFont, isUpperCaseLegacyFont, legacyToUnicode } from './core-text';
import { DocxNumbering } from './docx-numbering';
import { applyRunProp, DocxStyles, isFill, mergeRunProps, type RunProps } from './docx-styles';
import { QuestionFileError } from './question-file-error';
import { getAttribute, XmlStream, XmlSyntaxError } from './xml-tokenizer';
import { ZipArchive } from './zip';

/** Formatting bits kept per character of a line. */
export const MARK = {
  bold: 1,
  underline: 2,
  red: 4,
  highlight: 8,
  /** A saturated colour other than red (blue, green…). */
  color: 16,
} as const;

/** One visual line of the document (a paragraph, or a part of it after a manual line break). */
export interface DocLine {
  text: string;
  /** MARK bits of each UTF-16 unit of `text`. */
  marks: Uint8Array;
  /** 1-based paragraph number, counting paragraphs inside tables too. */
  paragraph: number;
  /** The paragraph is a bulleted list item. */
  bullet: boolean;
  /** Part of `text` that is Word's automatic numbering label ("Câu 3: ", "B. "); 0 if none. */
  autoLabelLength: number;
  /** The legacy font (".VnTime", "VNI-Times") a run of this line was converted from. */
  legacyFont?: string;
  /** What the paragraph held that its text cannot carry (set on its first line only). */
  media?: DocMedia;
}

/** Pictures, equations and embedded objects of a paragraph (never dropped in silence). */
export interface DocMedia {
  /** Pictures and drawings (w:drawing, w:pict, drawing shapes). */
  images: number;
  /** Office Math (OMML) equations: their text is kept, their layout is not. */
  equations: number;
  /** Embedded objects (MathType equations, OLE objects): left out. */
  objects: number;
}

export interface DocTable {
  /** row → cell → lines of the cell. */
  rows: DocLine[][][];
}

export type DocBlock = { kind: 'line'; line: DocLine } | { kind: 'table'; table: DocTable };

const SKIPPED = new Set([
  'w:del',
  'w:delText',
  'w:instrText',
  'w:drawing',
  'w:pict',
  'w:object',
  'mc:AlternateContent',
  'w:fldData',
  'w:rPrChange',
  'w:pPrChange',
  'w:numberingChange',
  'w:sectPr',
]);

/** Elements that show something the text cannot carry, by the kind the warning names. */
const MEDIA_KIND = new Map<string, keyof DocMedia>([
  ['w:drawing', 'images'],
  ['w:pict', 'images'],
  ['mc:AlternateContent', 'images'],
  ['m:oMath', 'equations'],
  ['w:object', 'objects'],
]);

function hexToHsv(hex: string): { h: number; s: number; v: number } | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return null;
  const n = parseInt(m[1], 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  let h = 0;
  if (d > 0) {
    if (max === r) h = 60 * (((g - b) / d) % 6);
    else if (max === g) h = 60 * ((b - r) / d + 2);
    else h = 60 * ((r - g) / d + 4);
  }
  if (h < 0) h += 360;
  return { h, s: max === 0 ? 0 : d / max, v: max };
}

/** Red-ish text colour: hue near red, saturated, not too dark (FF0000, C00000, E00000…). */
export function isRedColor(hex: string | undefined): boolean {
  if (!hex) return false;
  const c = hexToHsv(hex);
  return !!c && (c.h <= 20 || c.h >= 340) && c.s >= 0.5 && c.v >= 0.35;
}

function isOtherColor(hex: string | undefined): boolean {
  if (!hex) return false;
  const c = hexToHsv(hex);
  return !!c && !isRedColor(hex) && c.s >= 0.4 && c.v >= 0.25;
}

const colorBitsCache = new Map<string, number>();

function colorBits(color: string | undefined): number {
  if (!color || color === 'auto' || color === '000000') return 0;
  let bits = colorBitsCache.get(color);
  if (bits === undefined) {
    bits = isRedColor(color) ? MARK.red : isOtherColor(color) ? MARK.color : 0;
    if (colorBitsCache.size < 1000) colorBitsCache.set(color, bits);
  }
  return bits;
}

export function markBits(p: RunProps): number {
  let bits = colorBits(p.color);
  if (p.bold) bits |= MARK.bold;
  if (p.underline) bits |= MARK.underline;
  if (p.highlight || p.shading) bits |= MARK.highlight;
  return bits;
}

function isEmpty(p: RunProps): boolean {
  for (const k in p) if (p[k as keyof RunProps] !== undefined) return false;
  return true;
}

interface ParagraphState {
  style?: string;
  numId?: string;
  ilvl?: number;
  shading?: boolean;
  media?: DocMedia;
  segments: { text: string; bits: number; font?: string }[];
}

interface RunState {
  style?: string;
  props: RunProps;
  text: string;
}

/**
 * Reads word/document.xml in one streaming pass: paragraphs with their runs' formatting
 * (direct, paragraph style, character style), Word's automatic numbering resolved into the
 * text, legacy-font runs converted to Unicode, tables kept as tables.
 */
export function readDocx(buffer: Uint8Array): DocBlock[] {
  const zip = ZipArchive.open(buffer);
  if (!zip.has('word/document.xml')) {
    throw new QuestionFileError(
      'CORRUPT_FILE',
      'Tệp Word không có nội dung (thiếu word/document.xml).',
    );
  }
  const styles = DocxStyles.parse(zip.readText('word/styles.xml'));
  const numbering = DocxNumbering.parse(zip.readText('word/numbering.xml'));

  const blocks: DocBlock[] = [];
  let paragraphCount = 0;
  let depth = 0;
  let skipAt = 0;
  let tableDepth = 0;
  let table: DocTable | null = null;
  let para: ParagraphState | null = null;
  let run: RunState | null = null;
  let inPPr = false;
  let inRPr = false;
  let inNumPr = false;
  let inText = false;

  const finishRun = (): void => {
    if (!para || !run) return;
    if (run.text) {
      const base = styles.baseRunProps(para.style, run.style);
      const props = isEmpty(run.props) ? base : mergeRunProps(base, run.props);
      const font = props.fontHAnsi ?? props.fontAscii;
      const encoding = detectLegacyFont(font);
      const text = encoding
        ? legacyToUnicode(run.text, encoding, { upperCase: isUpperCaseLegacyFont(font) })
        : run.text;
      para.segments.push({ text, bits: markBits(props), font: encoding ? font : undefined });
    }
    run = null;
  };

  const finishParagraph = (): void => {
    if (!para) return;
    paragraphCount++;
    const p = para;
    para = null;
    const ref =
      p.numId !== undefined
        ? { numId: p.numId, ilvl: p.ilvl ?? 0 }
        : styles.styleNumbering(p.style);
    const label = ref ? numbering.next(ref.numId, ref.ilvl) : null;
    const shading = p.shading ?? styles.styleShading(p.style);
    let text = label?.text ?? '';
    const autoLabelLength = text.length;
    let legacyFont: string | undefined;
    for (const s of p.segments) {
      text += s.text;
      legacyFont ??= s.font;
    }
    const marks = new Uint8Array(text.length);
    let at = autoLabelLength;
    for (const s of p.segments) {
      marks.fill(s.bits | (shading ? MARK.highlight : 0), at, at + s.text.length);
      at += s.text.length;
    }
    const lines: DocLine[] = [];
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const stop = nl < 0 ? text.length : nl;
      lines.push({
        text: text.slice(start, stop),
        marks: marks.subarray(start, stop),
        paragraph: paragraphCount,
        bullet: label?.bullet ?? false,
        autoLabelLength: start === 0 ? autoLabelLength : 0,
        legacyFont,
        ...(start === 0 && p.media ? { media: p.media } : {}),
      });
      if (nl < 0) break;
      start = nl + 1;
    }
    if (table) {
      const row = table.rows[table.rows.length - 1];
      const cell = row?.[row.length - 1];
      if (cell) cell.push(...lines);
    } else {
      for (const line of lines) blocks.push({ kind: 'line', line });
    }
  };

  const countMedia = (name: string): void => {
    const kind = MEDIA_KIND.get(name);
    if (!kind || !para) return;
    para.media ??= { images: 0, equations: 0, objects: 0 };
    para.media[kind]++;
  };

  const stream = new XmlStream({
    open(name, attrs) {
      depth++;
      if (skipAt > 0) return;
      countMedia(name);
      if (SKIPPED.has(name) || (inPPr && name === 'w:rPr')) {
        skipAt = depth;
        return;
      }
      switch (name) {
        case 'w:tbl':
          if (tableDepth === 0) table = { rows: [] };
          tableDepth++;
          return;
        case 'w:tr':
          if (tableDepth === 1 && table) table.rows.push([]);
          return;
        case 'w:tc':
          if (tableDepth === 1 && table) table.rows[table.rows.length - 1]?.push([]);
          return;
        case 'w:p':
          finishParagraph();
          para = { segments: [] };
          return;
        case 'w:pPr':
          inPPr = true;
          return;
        case 'w:r':
        case 'm:r':
          finishRun();
          run = { props: {}, text: '' };
          return;
        case 'w:rPr':
          inRPr = run !== null;
          return;
        case 'w:t':
        case 'm:t':
          inText = run !== null;
          return;
        default:
      }
      if (inPPr && para) {
        if (name === 'w:pStyle') para.style = getAttribute(attrs, 'w:val');
        else if (name === 'w:numPr') inNumPr = true;
        else if (inNumPr && name === 'w:numId') para.numId = getAttribute(attrs, 'w:val');
        else if (inNumPr && name === 'w:ilvl') {
          para.ilvl = parseInt(getAttribute(attrs, 'w:val') ?? '0', 10);
        } else if (name === 'w:shd') para.shading = isFill(getAttribute(attrs, 'w:fill'));
        return;
      }
      if (!run) return;
      if (inRPr) {
        if (name === 'w:rStyle') run.style = getAttribute(attrs, 'w:val');
        else applyRunProp(run.props, name, (n) => getAttribute(attrs, n));
        return;
      }
      switch (name) {
        case 'w:tab':
          run.text += '\t';
          break;
        case 'w:br':
        case 'w:cr':
          run.text += '\n';
          break;
        case 'w:noBreakHyphen':
          run.text += '-';
          break;
        case 'w:sym': {
          const code = parseInt(getAttribute(attrs, 'w:char') ?? '', 16);
          if (Number.isFinite(code) && code > 0) run.text += String.fromCharCode(code);
          break;
        }
        default:
      }
    },
    close(name) {
      if (skipAt > 0) {
        if (depth === skipAt) skipAt = 0;
        depth--;
        return;
      }
      depth--;
      switch (name) {
        case 'w:tbl':
          tableDepth--;
          if (tableDepth === 0 && table) {
            finishParagraph();
            blocks.push({ kind: 'table', table });
            table = null;
          }
          return;
        case 'w:p':
          finishRun();
          finishParagraph();
          return;
        case 'w:pPr':
          inPPr = false;
          inNumPr = false;
          return;
        case 'w:numPr':
          inNumPr = false;
          return;
        case 'w:r':
        case 'm:r':
          finishRun();
          return;
        case 'w:rPr':
          inRPr = false;
          return;
        case 'w:t':
        case 'm:t':
          inText = false;
          return;
        default:
      }
    },
    text(text) {
      if (skipAt === 0 && inText && run) run.text += text;
    },
  });
  try {
    zip.stream('word/document.xml', (chunk) => stream.push(chunk));
    stream.end();
  } catch (err) {
    if (err instanceof XmlSyntaxError) {
      throw new QuestionFileError('CORRUPT_FILE', 'Tệp Word bị hỏng: nội dung XML không đọc được.');
    }
    throw err;
  }
  finishParagraph();
  return blocks;
}
