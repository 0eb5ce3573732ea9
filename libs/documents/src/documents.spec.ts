import {
  pdfFonts,
  pdfPageSize,
  pdfQrCode,
  pdfText,
  pngQrCode,
} from '../../../test/helpers/pdf-reader';
import { drawBarChart } from './bar-chart';
import { documentFonts } from './fonts';
import { A4, createA4Document, drawQrCode, FONT, pdfToBuffer } from './pdf-document';
import { qrMatrix, qrPng, qrSvg } from './qr-code';

const VIETNAMESE =
  'Liên đoàn Lao động tỉnh Trà Vinh — Giấy chứng nhận: Nguyễn Thị Ánh Tuyết, giải khuyến khích; ắ ẫ ự ỹ Ở Đ';

describe('documents', () => {
  it('resolves the DejaVu font files from the installed package', () => {
    const fonts = documentFonts();
    expect(fonts.regular).toMatch(/dejavu-fonts-ttf[\\/]ttf[\\/]DejaVuSans\.ttf$/);
    expect(fonts.bold).toMatch(/DejaVuSans-Bold\.ttf$/);
  });

  it('writes Vietnamese text that a PDF reader extracts with every diacritic intact, fonts embedded', async () => {
    const doc = createA4Document({ title: 'Thử nghiệm' });
    doc.font(FONT.bold).fontSize(16).text(VIETNAMESE);
    doc.font(FONT.italic).fontSize(12).text('Ngày 03/12/2026');
    const pdf = await pdfToBuffer(doc);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    expect(text).toContain('Nguyễn Thị Ánh Tuyết');
    expect(text).toContain('ắ ẫ ự ỹ Ở Đ');
    expect(text).toContain('Liên đoàn Lao động tỉnh Trà Vinh');
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    expect(fonts.every((font) => font.embedded)).toBe(true);
    expect(fonts.map((font) => font.name).join(' ')).toMatch(/DejaVuSans/);
  });

  it('makes A4 pages in portrait and landscape', async () => {
    const portrait = await pdfPageSize(await pdfToBuffer(createA4Document({ title: 'a' })));
    expect(Math.round(portrait.width)).toBe(Math.round(A4.width));
    expect(Math.round(portrait.height)).toBe(Math.round(A4.height));
    const landscape = await pdfPageSize(
      await pdfToBuffer(createA4Document({ title: 'b', layout: 'landscape' })),
    );
    expect(Math.round(landscape.width)).toBe(Math.round(A4.height));
  });

  it('draws a vector QR code in a PDF that scans back to the same link', async () => {
    const url = 'https://hoithi.example.vn/chung-nhan/AB12-CD34-EF56';
    const doc = createA4Document({ title: 'QR' });
    doc.text('Quét mã để kiểm tra');
    drawQrCode(doc, url, 200, 300, 140);
    expect(await pdfQrCode(await pdfToBuffer(doc))).toBe(url);
  });

  it('renders the QR code as a PNG and an SVG of the same matrix', async () => {
    const url = 'https://hoithi.example.vn/c/ab12cd';
    expect(pngQrCode(await qrPng(url, 300))).toBe(url);
    const svg = await qrSvg(url);
    expect(svg.startsWith('<svg')).toBe(true);
    const matrix = qrMatrix(url);
    expect(svg).toContain(`viewBox="0 0 ${matrix.size + 8} ${matrix.size + 8}"`);
  });

  it('draws a bar chart whose labels and values are text in the PDF', async () => {
    const doc = createA4Document({ title: 'Biểu đồ' });
    drawBarChart(doc, {
      x: 50,
      y: 100,
      width: 400,
      height: 160,
      title: 'Số người tham gia theo tuần',
      bars: [
        { label: 'Tuần 1', value: 120 },
        { label: 'Tuần 2', value: 0 },
        { label: 'Tuần 3', value: 45 },
      ],
      formatValue: (value) => `${value} người`,
    });
    const text = await pdfText(await pdfToBuffer(doc));
    expect(text).toContain('Số người tham gia theo tuần');
    for (const piece of ['Tuần 1', 'Tuần 3', '120 người', '45 người', '0 người']) {
      expect(text).toContain(piece);
    }
  });
});
