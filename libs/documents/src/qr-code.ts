import QRCode from 'qrcode';

/**
 * QR codes for links printed on paper or shown on screen (certificate verification, contest
 * posters). Error correction M survives a crease or a smudge and keeps short links small.
 */
export interface QrOptions {
  /** Error correction level; M by default. */
  level?: 'L' | 'M' | 'Q' | 'H';
  /** Quiet zone in modules around the code (4 is what scanners expect). */
  margin?: number;
}

/** The code's module matrix: `size` × `size` booleans (true = dark), row by row. */
export interface QrMatrix {
  size: number;
  isDark(row: number, column: number): boolean;
}

export function qrMatrix(text: string, options: QrOptions = {}): QrMatrix {
  const code = QRCode.create(text, { errorCorrectionLevel: options.level ?? 'M' });
  const { size, data } = code.modules;
  return { size, isDark: (row, column) => data[row * size + column] === 1 };
}

/** A PNG of the code, `width` pixels wide including the quiet zone. */
export async function qrPng(text: string, width = 512, options: QrOptions = {}): Promise<Buffer> {
  return QRCode.toBuffer(text, {
    type: 'png',
    width,
    margin: options.margin ?? 4,
    errorCorrectionLevel: options.level ?? 'M',
  });
}

/** An SVG document of the code (scales to any size). */
export async function qrSvg(text: string, options: QrOptions = {}): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    margin: options.margin ?? 4,
    errorCorrectionLevel: options.level ?? 'M',
  });
}
