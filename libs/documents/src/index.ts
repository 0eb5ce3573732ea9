export { drawBarChart } from './bar-chart';
export { DOCUMENT_FONT_FAMILY, documentFonts } from './fonts';
export { A4, FONT, createA4Document, drawQrCode, pdfToBuffer } from './pdf-document';
export { qrPng, qrSvg } from './qr-code';
