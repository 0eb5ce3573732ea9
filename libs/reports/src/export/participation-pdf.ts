/**
 * The participation report as a print-ready PDF (docs/reports.md, "Export"): A4 portrait with
 * the DejaVu fonts embedded (@app/documents), the organizing body and the national motto at the
 * top as Vietnamese official documents have them, the date, the title and scope, the table
 * (its header repeated on every page), the totals, the collective score rule with its weights,
 * and a chart of people per week. Returns the document not yet ended: the caller pipes it, then ends it.
 */
import { createA4Document, drawBarChart, FONT } from '@app/documents';
import type { ParticipationItemDto, ParticipationReportDto } from '../dto/participation.dto';
import { formatVietnamDateTime } from '@app/core';
import { formatCount } from '@app/judging';
import { cellText, REPORT_COLUMNS, scopeText, vietnameseDate, weightsText } from './report-table';

const MARGIN = 36;
/** Column widths in points (A4 portrait less the margins: 523 pt). */
const WIDTHS = [28, 147, 42, 42, 34, 42, 44, 38, 28, 38, 40];
const ROW_FONT = 7.5;
const HEADER_FONT = 7;
const PAD = 3;

export function participationPdf(report: ParticipationReportDto): PDFKit.PDFDocument {
  const doc = createA4Document({
    title: `Báo cáo kết quả tham gia — ${report.contestTitle}`,
    subject: 'Báo cáo kết quả tham gia cuộc thi',
    margin: MARGIN,
  });
  const left = MARGIN;
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 14;

  // Heading: the organizing body on the left, the national motto on the right.
  const half = width / 2;
  const org = (report.organizationName || 'Ban tổ chức cuộc thi').toUpperCase();
  doc.font(FONT.bold).fontSize(9.5).fillColor('#000000');
  doc.text(org, left, MARGIN, { width: half - 10, align: 'center' });
  doc.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', left + half, MARGIN, {
    width: half,
    align: 'center',
  });
  doc.font(FONT.bold).fontSize(9);
  doc.text('Độc lập - Tự do - Hạnh phúc', left + half, doc.y + 1, { width: half, align: 'center' });
  doc.font(FONT.italic).fontSize(9);
  doc.text(vietnameseDate(new Date(report.generatedAt)), left + half, doc.y + 6, {
    width: half,
    align: 'center',
  });

  doc.font(FONT.bold).fontSize(14);
  doc.text('BÁO CÁO KẾT QUẢ THAM GIA CUỘC THI', left, doc.y + 18, { width, align: 'center' });
  doc.font(FONT.bold).fontSize(11);
  doc.text(`“${report.contestTitle}”`, left, doc.y + 3, { width, align: 'center' });
  doc.font(FONT.regular).fontSize(9.5);
  doc.moveDown(0.6);
  doc.text(`Tuần thi: ${report.roundTitle ?? 'Tất cả các tuần'}`, left, doc.y, { width });
  doc.text(`Phạm vi: ${scopeText(report)}`, left, doc.y + 1, { width });
  doc.moveDown(0.6);

  // The table.
  const drawRow = (
    texts: string[],
    font: string,
    size: number,
    fill?: string,
    isHeader = false,
  ) => {
    doc.font(font).fontSize(size);
    const heights = texts.map((t, i) => doc.heightOfString(t, { width: WIDTHS[i] - 2 * PAD }));
    const height = Math.max(...heights) + 2 * PAD;
    if (doc.y + height > bottom()) {
      doc.addPage();
      doc.y = MARGIN;
      if (!isHeader) header();
      doc.font(font).fontSize(size);
    }
    const top = doc.y;
    if (fill) doc.rect(left, top, width, height).fill(fill);
    doc.fillColor('#000000');
    let x = left;
    texts.forEach((text, i) => {
      doc.text(text, x + PAD, top + PAD, {
        width: WIDTHS[i] - 2 * PAD,
        align: i === 1 ? 'left' : 'right',
      });
      x += WIDTHS[i];
    });
    doc
      .moveTo(left, top + height)
      .lineTo(left + width, top + height)
      .lineWidth(0.4)
      .strokeColor('#999999')
      .stroke();
    doc.y = top + height;
  };
  const header = () =>
    drawRow(
      REPORT_COLUMNS.map((c) => c.header),
      FONT.bold,
      HEADER_FONT,
      '#ddebf7',
      true,
    );
  const texts = (row: ParticipationItemDto) => REPORT_COLUMNS.map((c) => cellText(c, row));
  header();
  for (const item of report.items) drawRow(texts(item), FONT.regular, ROW_FONT);
  drawRow(
    texts({ ...report.totals, rank: null, unitName: `Tổng cộng: ${report.totals.unitName}` }),
    FONT.bold,
    ROW_FONT,
    '#f2f2f2',
  );

  // The rule and its weights.
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) {
      doc.addPage();
      doc.y = MARGIN;
    }
  };
  ensure(60);
  doc.font(FONT.bold).fontSize(9.5).fillColor('#000000');
  doc.text('Cách tính điểm tập thể', left, doc.y + 12, { width });
  doc.font(FONT.regular).fontSize(9);
  doc.text(report.collectiveRule, left, doc.y + 2, { width });
  doc.text(weightsText(report), left, doc.y + 1, { width });
  doc.text(
    'Tỷ lệ tham gia = số người tham gia / số đoàn viên của đơn vị và các đơn vị trực thuộc.',
    left,
    doc.y + 1,
    { width },
  );

  // People per week.
  ensure(190);
  const bars = report.weekly.map((w) => {
    const [, m, d] = w.weekStart.split('-');
    return { label: `${d}/${m}`, value: w.participants };
  });
  const chartTop = doc.y + 14;
  drawBarChart(doc, {
    x: left,
    y: chartTop,
    width,
    height: 170,
    title:
      bars.length > 0
        ? 'Số người tham gia theo tuần (tuần bắt đầu từ thứ Hai)'
        : 'Số người tham gia theo tuần: chưa có lượt thi nào',
    bars,
    formatValue: formatCount,
  });
  doc.y = chartTop + 176;
  doc.font(FONT.italic).fontSize(8).fillColor('#555555');
  doc.text(
    `Lập bằng HoiThi lúc ${formatVietnamDateTime(new Date(report.generatedAt))} (giờ Việt Nam).`,
    left,
    doc.y + 6,
    { width },
  );
  return doc;
}
