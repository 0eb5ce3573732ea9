import PDFDocument from 'pdfkit';
import { documentFonts } from './fonts';
import { qrMatrix, type QrOptions } from './qr-code';

/** A4 in PDF points (1/72 inch), portrait. */
export const A4 = { width: 595.28, height: 841.89 } as const;

/** Font names registered on every document made here. */
export const FONT = {
  regular: 'Body',
  bold: 'Body-Bold',
  italic: 'Body-Italic',
  boldItalic: 'Body-BoldItalic',
} as const;

export interface A4DocumentOptions {
  layout?: 'portrait' | 'landscape';
  /** Page margin in points on every side (default 50). */
  margin?: number;
  title: string;
  author?: string;
  subject?: string;
}

/**
 * A pdfkit document on A4 with the Vietnamese-capable fonts embedded and registered as
 * FONT.regular/bold/italic/boldItalic (regular selected). Fonts are subset by pdfkit: only the
 * glyphs used are embedded, so a one-page document stays small.
 */
export function createA4Document(options: A4DocumentOptions): PDFKit.PDFDocument {
  const margin = options.margin ?? 50;
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margin,
    bufferPages: false,
    info: {
      Title: options.title,
      Author: options.author ?? 'HoiThi',
      Subject: options.subject ?? options.title,
      Creator: 'HoiThi',
    },
    lang: 'vi-VN',
    displayTitle: true,
  });
  const fonts = documentFonts();
  doc.registerFont(FONT.regular, fonts.regular);
  doc.registerFont(FONT.bold, fonts.bold);
  doc.registerFont(FONT.italic, fonts.italic);
  doc.registerFont(FONT.boldItalic, fonts.boldItalic);
  doc.font(FONT.regular);
  return doc;
}

/** Ends the document and resolves with its bytes (for documents small enough to hold). */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/**
 * Draws a QR code as vector squares at (x, y), `size` points wide including a quiet zone of
 * `margin` modules (default 4) painted white, so it scans on any background and at any zoom.
 */
export function drawQrCode(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  size: number,
  options: QrOptions = {},
): void {
  const matrix = qrMatrix(text, options);
  const margin = options.margin ?? 4;
  const module = size / (matrix.size + 2 * margin);
  doc.save();
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < matrix.size; row++) {
    for (let column = 0; column < matrix.size; column++) {
      if (!matrix.isDark(row, column)) continue;
      // A hair wider than a module so neighbouring squares leave no anti-aliased seams.
      doc.rect(
        x + (margin + column) * module,
        y + (margin + row) * module,
        module + 0.05,
        module + 0.05,
      );
    }
  }
  doc.fill('#000000');
  doc.restore();
}
