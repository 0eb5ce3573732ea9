import { createHash } from 'node:crypto';
import { DOCUMENT_FONT_FAMILY as FONT } from '@app/documents';
import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './page-meta';

/** What a share image says (docs/sharing.md). Every field is plain text. */
export interface ShareCard {
  /** The union running the contest (top line, next to the logo). */
  union: string;
  title: string;
  /** The contest's theme, or the page's kind ("Bảng xếp hạng — Tuần 1"). */
  subtitle: string;
  /** A large highlighted line: "Tôi đạt 18/20 — hạng 35". */
  highlight?: string;
  /** Dates and other small lines. */
  lines: string[];
  /** The short link, printed at the bottom. */
  footer: string;
}

/** The union's colours (the web app's theme colour and its yellow). */
export const BRAND = { red: '#b3121f', darkRed: '#7d0c15', yellow: '#ffd400', cream: '#fff4c2' };

/** Version of a card: changes whenever anything printed on it changes (cache busting). */
export function cardVersion(card: ShareCard): string {
  return createHash('sha256').update(JSON.stringify(card)).digest('hex').slice(0, 12);
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * Greedy word wrap for a proportional font: `maxWidth` in pixels, character width estimated at
 * `em` × font size (DejaVu Sans Bold averages about 0.6 em for Vietnamese text). At most
 * `maxLines` lines; the last one ends with an ellipsis when text is left over.
 */
export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  maxLines: number,
  em = 0.6,
): string[] {
  const perLine = Math.max(4, Math.floor(maxWidth / (fontSize * em)));
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let i = 0;
  for (; i < words.length; i++) {
    let word = words[i];
    if (word.length > perLine) word = word.slice(0, perLine - 1) + '…';
    const next = current ? `${current} ${word}` : word;
    if (next.length <= perLine) {
      current = next;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && current) {
    lines.push(current);
    current = '';
  }
  if (i < words.length || (current && lines.length === maxLines)) {
    const last = lines[maxLines - 1] ?? '';
    lines[maxLines - 1] = (last.length >= perLine ? last.slice(0, perLine - 1) : last) + '…';
  }
  return lines;
}

/** The union's logo mark (the app's icon): a yellow "H" on a red rounded square. */
function logo(x: number, y: number, size: number): string {
  const s = size / 64;
  return (
    `<g transform="translate(${x} ${y}) scale(${s})">` +
    `<rect width="64" height="64" rx="14" fill="${BRAND.darkRed}" stroke="${BRAND.yellow}" stroke-width="2"/>` +
    `<path d="M16 44V20h6v9h20v-9h6v24h-6v-10H22v10z" fill="${BRAND.yellow}"/></g>`
  );
}

/** The 1200×630 SVG of `card` (rendered to PNG by the share image service). */
export function renderCardSvg(card: ShareCard): string {
  const W = SHARE_IMAGE_WIDTH;
  const H = SHARE_IMAGE_HEIGHT;
  const left = 72;
  const width = W - 2 * left;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<rect width="${W}" height="${H}" fill="${BRAND.red}"/>`,
    `<path d="M${W} 0 L${W} ${H} L${W - 260} ${H} Z" fill="${BRAND.darkRed}" opacity="0.55"/>`,
    `<rect x="0" y="${H - 14}" width="${W}" height="14" fill="${BRAND.yellow}"/>`,
    logo(left, 48, 72),
    `<text x="${left + 96}" y="95" font-family="${FONT}" font-weight="bold" font-size="28" fill="${BRAND.yellow}">${xml(wrapText(card.union.toUpperCase(), 28, width - 96, 1)[0] ?? '')}</text>`,
  );
  let y = card.highlight ? 150 : 175;
  const fullSize = card.title.length > 90 ? 50 : card.title.length > 55 ? 58 : 66;
  const titleSize = card.highlight ? Math.min(fullSize, 54) : fullSize;
  const titleLines = wrapText(card.title, titleSize, width, card.highlight ? 2 : 3, 0.66);
  for (const line of titleLines) {
    y += titleSize * 1.05;
    parts.push(
      `<text x="${left}" y="${Math.round(y)}" font-family="${FONT}" font-weight="bold" font-size="${titleSize}" fill="#ffffff">${xml(line)}</text>`,
    );
    y += titleSize * 0.18;
  }
  if (card.subtitle) {
    y += card.highlight ? 46 : 52;
    parts.push(
      `<text x="${left}" y="${Math.round(y)}" font-family="${FONT}" font-size="32" fill="${BRAND.cream}">${xml(wrapText(card.subtitle, 32, width, 1)[0] ?? '')}</text>`,
    );
  }
  if (card.highlight) {
    y += 30;
    const size = 54;
    parts.push(
      `<rect x="${left}" y="${Math.round(y)}" width="${width}" height="${size + 44}" rx="18" fill="${BRAND.yellow}"/>`,
      `<text x="${left + 32}" y="${Math.round(y + size + 12)}" font-family="${FONT}" font-weight="bold" font-size="${size}" fill="${BRAND.darkRed}">${xml(wrapText(card.highlight, size, width - 64, 1)[0] ?? '')}</text>`,
    );
  }
  const lines = card.lines.slice(0, 2);
  lines.forEach((line, i) => {
    const lineY = H - 112 - (lines.length - 1 - i) * 44;
    parts.push(
      `<text x="${left}" y="${lineY}" font-family="${FONT}" font-size="30" fill="#ffffff">${xml(wrapText(line, 30, width, 1)[0] ?? '')}</text>`,
    );
  });
  parts.push(
    `<text x="${left}" y="${H - 48}" font-family="${FONT}" font-weight="bold" font-size="30" fill="${BRAND.yellow}">${xml(card.footer)}</text>`,
    `<text x="${W - left}" y="${H - 48}" text-anchor="end" font-family="${FONT}" font-size="26" fill="${BRAND.cream}">HoiThi · Cuộc thi trực tuyến</text>`,
    '</svg>',
  );
  return parts.join('');
}
