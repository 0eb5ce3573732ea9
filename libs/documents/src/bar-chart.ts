import { FONT } from './pdf-document';

export interface ChartBar {
  label: string;
  value: number;
}

export interface BarChartOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  bars: ChartBar[];
  title?: string;
  /** How a value is printed above its bar (default: the number as is). */
  formatValue?: (value: number) => string;
  color?: string;
}

/**
 * A vertical bar chart drawn with vector shapes and the document's fonts: an axis, one bar per
 * entry with its value above and its label below. Values at or below zero draw no bar.
 */
export function drawBarChart(doc: PDFKit.PDFDocument, options: BarChartOptions): void {
  const { x, y, width, height, bars } = options;
  const format = options.formatValue ?? ((value: number) => String(value));
  const color = options.color ?? '#1f5fa8';
  let top = y;
  doc.save();
  if (options.title) {
    doc.font(FONT.bold).fontSize(10).fillColor('#000000');
    doc.text(options.title, x, y, { width, lineBreak: false });
    top += 16;
  }
  const labelHeight = 14;
  const valueHeight = 12;
  const plotTop = top + valueHeight;
  const plotBottom = y + height - labelHeight;
  const plotHeight = Math.max(plotBottom - plotTop, 1);
  doc
    .moveTo(x, plotBottom)
    .lineTo(x + width, plotBottom)
    .lineWidth(0.8)
    .strokeColor('#444444')
    .stroke();
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const slot = bars.length > 0 ? width / bars.length : width;
  const barWidth = Math.min(slot * 0.6, 48);
  doc.fontSize(7.5);
  bars.forEach((bar, index) => {
    const centre = x + slot * index + slot / 2;
    const barHeight = max > 0 && bar.value > 0 ? (bar.value / max) * plotHeight : 0;
    if (barHeight > 0) {
      doc.rect(centre - barWidth / 2, plotBottom - barHeight, barWidth, barHeight).fill(color);
    }
    doc.font(FONT.regular).fillColor('#000000');
    doc.text(format(bar.value), centre - slot / 2, plotBottom - barHeight - valueHeight + 2, {
      width: slot,
      align: 'center',
      lineBreak: false,
    });
    doc.text(bar.label, centre - slot / 2, plotBottom + 3, {
      width: slot,
      align: 'center',
      lineBreak: false,
      ellipsis: true,
    });
  });
  doc.restore();
}
