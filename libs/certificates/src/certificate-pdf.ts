import { vietnameseLongDate } from '@app/core';
import { A4, createA4Document, drawQrCode, FONT, pdfToBuffer } from '@app/documents';
import {
  type CertificateFacts,
  type CertificateTemplate,
  fillCertificateText,
} from './rules/certificate-text';

export interface CertificateDrawing {
  template: CertificateTemplate & { logo: Buffer | null; signature: Buffer | null };
  facts: CertificateFacts;
  code: string;
  issuedAt: Date;
  organizationName: string;
  verifyUrl: string;
}

/**
 * A certificate on A4 landscape: a double border in the template's colours, the organizing body
 * and logo, the title, the person's name and unit, the text, the date and signature, and the
 * serial code with a QR code of the public verification page.
 */
export function renderCertificatePdf(d: CertificateDrawing): Promise<Buffer> {
  const { template: t, facts } = d;
  const doc = createA4Document({
    layout: 'landscape',
    margin: 0,
    title: `${t.title} - ${facts.fullName}`,
    subject: `${facts.contestTitle} - ${facts.roundTitle}`,
  });
  const width = A4.height;
  const height = A4.width;
  doc
    .lineWidth(6)
    .strokeColor(t.primaryColor)
    .rect(18, 18, width - 36, height - 36)
    .stroke();
  doc
    .lineWidth(1.5)
    .strokeColor(t.accentColor)
    .rect(30, 30, width - 60, height - 60)
    .stroke();

  if (t.logo) doc.image(t.logo, 60, 50, { fit: [80, 80] });
  const inner = { x: 150, width: width - 300 };
  doc.font(FONT.bold).fontSize(13).fillColor(t.primaryColor);
  doc.text((d.organizationName || 'BAN TỔ CHỨC CUỘC THI').toUpperCase(), inner.x, 58, {
    width: inner.width,
    align: 'center',
  });
  doc.font(FONT.regular).fontSize(10).fillColor('#333333');
  doc.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM · Độc lập - Tự do - Hạnh phúc', inner.x, 80, {
    width: inner.width,
    align: 'center',
  });

  doc.font(FONT.bold).fontSize(34).fillColor(t.primaryColor);
  doc.text(t.title, 60, 125, { width: width - 120, align: 'center' });
  doc.font(FONT.italic).fontSize(13).fillColor('#333333');
  doc.text('Chứng nhận', 60, 180, { width: width - 120, align: 'center' });
  doc.font(FONT.bold).fontSize(26).fillColor(t.accentColor);
  doc.text(facts.fullName, 60, 200, { width: width - 120, align: 'center' });
  let y = 240;
  if (facts.unitName) {
    doc.font(FONT.regular).fontSize(13).fillColor('#222222');
    doc.text(`Đơn vị: ${facts.unitName}`, 80, y, { width: width - 160, align: 'center' });
    y = doc.y + 8;
  }
  doc.font(FONT.regular).fontSize(15).fillColor('#111111');
  doc.text(fillCertificateText(t.text, facts), 90, y + 6, {
    width: width - 180,
    align: 'center',
  });

  const bottom = height - 175;
  drawQrCode(doc, d.verifyUrl, 56, bottom - 14, 128);
  doc.font(FONT.regular).fontSize(8.5).fillColor('#333333');
  doc.text(`Số: ${d.code}`, 60, bottom + 114, { width: 200 });
  doc.text('Quét mã để kiểm tra giấy chứng nhận', 60, bottom + 126, { width: 200 });

  const sign = { x: width - 330, width: 270 };
  doc.font(FONT.italic).fontSize(11).fillColor('#222222');
  doc.text(vietnameseLongDate(d.issuedAt), sign.x, bottom - 10, {
    width: sign.width,
    align: 'center',
  });
  doc.font(FONT.bold).fontSize(11);
  doc.text(t.signerTitle, sign.x, bottom + 6, { width: sign.width, align: 'center' });
  if (t.signature) doc.image(t.signature, sign.x + 75, bottom + 24, { fit: [120, 70] });
  if (t.signerName) {
    doc.font(FONT.bold).fontSize(12);
    doc.text(t.signerName, sign.x, bottom + 100, { width: sign.width, align: 'center' });
  }
  return pdfToBuffer(doc);
}
