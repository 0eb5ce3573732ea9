import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';

/**
 * A PDF as a plain file download: attachment with an ASCII name, a length, and the certificate
 * code in X-Certificate-Code. Phone in-app browsers save it like any file (no blob URL needed).
 */
export function pdfDownload(
  res: Response,
  pdf: Buffer,
  fileName: string,
  code?: string,
): StreamableFile {
  if (code) res.setHeader('X-Certificate-Code', code);
  res.setHeader('Access-Control-Expose-Headers', 'X-Certificate-Code');
  return new StreamableFile(pdf, {
    type: 'application/pdf',
    length: pdf.length,
    disposition: `attachment; filename="${fileName}"`,
  });
}
