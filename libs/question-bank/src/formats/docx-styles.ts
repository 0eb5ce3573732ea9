import { child, findAll, parseOrderedXml, type XmlElement } from './ordered-xml';

/** The run formatting that matters for reading answers and legacy fonts. */
export interface RunProps {
  bold?: boolean;
  underline?: boolean;
  /** Hex colour "FF0000", or "auto". */
  color?: string;
  highlight?: boolean;
  shading?: boolean;
  fontAscii?: string;
  fontHAnsi?: string;
}

export interface NumberingRef {
  numId: string;
  ilvl: number;
}

/** ON unless w:val says off ("0", "false", "off"). */
function isOn(v: string | undefined): boolean {
  return v === undefined || !/^(0|false|off|none)$/i.test(v);
}

/** A shading fill that shows (not auto, white or none). */
export function isFill(fill: string | undefined): boolean {
  return !!fill && !/^(auto|ffffff|none)$/i.test(fill);
}

/** Reads the children of a w:rPr element. */
export function readRunProps(rPr: XmlElement | undefined): RunProps {
  const p: RunProps = {};
  if (!rPr) return p;
  for (const c of rPr.children) applyRunProp(p, c.name, (n) => c.attrs[n]);
  return p;
}

/** Applies one w:rPr child (used by the streaming document reader as well). */
export function applyRunProp(
  p: RunProps,
  name: string,
  attr: (name: string) => string | undefined,
): void {
  switch (name) {
    case 'w:b':
      p.bold = isOn(attr('w:val'));
      break;
    case 'w:u':
      p.underline = (attr('w:val') ?? 'single') !== 'none';
      break;
    case 'w:color':
      p.color = attr('w:val') ?? 'auto';
      break;
    case 'w:highlight':
      p.highlight = (attr('w:val') ?? 'none') !== 'none';
      break;
    case 'w:shd':
      p.shading = isFill(attr('w:fill'));
      break;
    case 'w:rFonts': {
      const ascii = attr('w:ascii');
      const hAnsi = attr('w:hAnsi');
      if (ascii) p.fontAscii = ascii;
      if (hAnsi) p.fontHAnsi = hAnsi;
      break;
    }
    default:
  }
}

export function mergeRunProps(base: RunProps, over: RunProps): RunProps {
  return {
    bold: over.bold ?? base.bold,
    underline: over.underline ?? base.underline,
    color: over.color ?? base.color,
    highlight: over.highlight ?? base.highlight,
    shading: over.shading ?? base.shading,
    fontAscii: over.fontAscii ?? base.fontAscii,
    fontHAnsi: over.fontHAnsi ?? base.fontHAnsi,
  };
}

interface Style {
  type: string;
  basedOn?: string;
  run: RunProps;
  numbering?: NumberingRef;
  shading?: boolean;
}

/** Paragraph and character styles of a document, resolved along their basedOn chains. */
export class DocxStyles {
  private readonly styles = new Map<string, Style>();
  private readonly resolved = new Map<string, RunProps>();
  private readonly paragraphInfo = new Map<
    string,
    { numbering?: NumberingRef; shading: boolean }
  >();
  private defaults: RunProps = {};
  private defaultParagraphStyle?: string;

  static parse(xml: string | undefined): DocxStyles {
    const s = new DocxStyles();
    if (xml) s.load(parseOrderedXml(xml));
    return s;
  }

  private load(roots: XmlElement[]): void {
    const rPrDefault = findAll(roots, 'w:rPrDefault')[0];
    this.defaults = readRunProps(child(rPrDefault, 'w:rPr'));
    for (const el of findAll(roots, 'w:style')) {
      const id = el.attrs['w:styleId'];
      if (!id) continue;
      const type = el.attrs['w:type'] ?? 'paragraph';
      const pPr = child(el, 'w:pPr');
      const numPr = child(pPr, 'w:numPr');
      const numId = child(numPr, 'w:numId')?.attrs['w:val'];
      const ilvl = child(numPr, 'w:ilvl')?.attrs['w:val'];
      const shd = child(pPr, 'w:shd');
      const style: Style = {
        type,
        basedOn: child(el, 'w:basedOn')?.attrs['w:val'],
        run: readRunProps(child(el, 'w:rPr')),
        numbering: numId ? { numId, ilvl: ilvl ? parseInt(ilvl, 10) : 0 } : undefined,
        shading: shd ? isFill(shd.attrs['w:fill']) : undefined,
      };
      this.styles.set(id, style);
      if (type === 'paragraph' && /^(1|true)$/.test(el.attrs['w:default'] ?? '')) {
        this.defaultParagraphStyle = id;
      }
    }
  }

  private chain(id: string | undefined): Style[] {
    const out: Style[] = [];
    const seen = new Set<string>();
    let cur = id;
    while (cur && !seen.has(cur)) {
      seen.add(cur);
      const s = this.styles.get(cur);
      if (!s) break;
      out.unshift(s);
      cur = s.basedOn;
    }
    return out;
  }

  /** Run formatting before direct formatting: defaults, paragraph style, character style. */
  baseRunProps(paragraphStyle: string | undefined, runStyle: string | undefined): RunProps {
    const pId = paragraphStyle ?? this.defaultParagraphStyle;
    const key = `${pId ?? ''}\u0000${runStyle ?? ''}`;
    const cached = this.resolved.get(key);
    if (cached) return cached;
    let props = this.defaults;
    for (const s of this.chain(pId)) props = mergeRunProps(props, s.run);
    for (const s of this.chain(runStyle)) props = mergeRunProps(props, s.run);
    this.resolved.set(key, props);
    return props;
  }

  private paragraph(paragraphStyle: string | undefined): {
    numbering?: NumberingRef;
    shading: boolean;
  } {
    const id = paragraphStyle ?? this.defaultParagraphStyle ?? '';
    let info = this.paragraphInfo.get(id);
    if (!info) {
      info = { shading: false };
      for (const s of this.chain(id)) {
        if (s.numbering) info.numbering = s.numbering;
        if (s.shading !== undefined) info.shading = s.shading;
      }
      this.paragraphInfo.set(id, info);
    }
    return info;
  }

  /** Numbering a paragraph style carries (list styles such as "Câu hỏi"). */
  styleNumbering(paragraphStyle: string | undefined): NumberingRef | undefined {
    return this.paragraph(paragraphStyle).numbering;
  }

  /** Shading a paragraph style gives its paragraphs. */
  styleShading(paragraphStyle: string | undefined): boolean {
    return this.paragraph(paragraphStyle).shading;
  }
}
