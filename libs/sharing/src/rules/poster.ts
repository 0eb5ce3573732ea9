import { A4, createA4Document, drawQrCode, FONT, pdfToBuffer } from '@app/documents';
import { clip } from './page-meta';
import { BRAND } from './share-card';

/** What the A4 poster for notice boards says (docs/sharing.md). */
export interface PosterContent {
  union: string | null;
  title: string;
  theme: string;
  dates: string;
  /** The rules, cut to three lines by `rulesInThreeLines`. */
  rules: string[];
  /** The short link the QR code encodes (absolute). */
  shortUrl: string;
}

/**
 * The contest's rules in three short lines for a poster: the first three non-empty lines (or
 * sentences when the rules are one paragraph), each at most 110 characters.
 */
export function rulesInThreeLines(rules: string): string[] {
  let parts = rules
    .split(/\r?\n/)
    .map((l) => l.replace(/^[\s\-•*\d.)]+/, '').trim())
    .filter(Boolean);
  if (parts.length < 3) {
    parts = parts.flatMap((p) => p.split(/(?<=[.!?;])\s+/)).filter(Boolean);
  }
  return parts.slice(0, 3).map((p) => clip(p, 110));
}

/** The poster as a PDF (A4 portrait, fonts embedded, the QR code drawn as vectors). */
export function renderPoster(content: PosterContent): Promise<Buffer> {
  const doc = createA4Document({ title: `Áp phích — ${content.title}`, margin: 48 });
  const left = 48;
  const width = A4.width - 2 * left;
  doc.rect(0, 0, A4.width, 150).fill(BRAND.red);
  doc.rect(0, 150, A4.width, 8).fill(BRAND.yellow);
  doc
    .fillColor(BRAND.yellow)
    .font(FONT.bold)
    .fontSize(13)
    .text((content.union ?? 'Công đoàn Việt Nam').toUpperCase(), left, 40, { width });
  doc
    .fillColor('#ffffff')
    .fontSize(15)
    .text('CUỘC THI TRỰC TUYẾN', left, 66, { width, characterSpacing: 1 });
  doc.fontSize(content.title.length > 70 ? 20 : 24).text(content.title, left, 90, {
    width,
    height: 56,
    ellipsis: true,
  });
  let y = 180;
  doc.fillColor('#1a1a1a');
  if (content.theme) {
    doc.font(FONT.italic).fontSize(14).text(`Chủ đề: ${content.theme}`, left, y, { width });
    y = doc.y + 8;
  }
  if (content.dates) {
    doc.font(FONT.bold).fontSize(16).fillColor(BRAND.red).text(content.dates, left, y, { width });
    y = doc.y + 14;
  }
  doc.fillColor('#1a1a1a').font(FONT.regular).fontSize(13);
  for (const line of content.rules) {
    doc.text(`•  ${line}`, left, y, { width });
    y = doc.y + 6;
  }
  const qrSize = 250;
  const qrY = Math.max(y + 20, 380);
  drawQrCode(doc, content.shortUrl, (A4.width - qrSize) / 2, qrY, qrSize);
  doc
    .font(FONT.bold)
    .fontSize(15)
    .fillColor('#1a1a1a')
    .text('Quét mã QR bằng Zalo hoặc camera điện thoại để vào thi', left, qrY + qrSize + 14, {
      width,
      align: 'center',
    });
  doc
    .font(FONT.bold)
    .fontSize(22)
    .fillColor(BRAND.red)
    .text(content.shortUrl.replace(/^https?:\/\//, ''), left, doc.y + 8, {
      width,
      align: 'center',
    });
  doc
    .font(FONT.regular)
    .fontSize(10)
    .fillColor('#555555')
    .text('HoiThi · Cuộc thi trực tuyến tìm hiểu kiến thức', left, A4.height - 60, {
      width,
      align: 'center',
    });
  return pdfToBuffer(doc);
}
