/**
 * What a printed or exported participation report shows (docs/reports.md, "Export"): the title
 * lines, the columns and each row's cells, shared by the XLSX and the PDF so both say the same.
 * Pure.
 */
import { formatVietnamDateTime, vietnameseLongDate } from '@app/core';
import { formatCount } from '@app/judging';
import type { ParticipationItemDto, ParticipationReportDto } from '../dto/participation.dto';

export interface ReportColumn {
  header: string;
  /** The cell of a row: numbers stay numbers (XLSX), `text` prints them (PDF). */
  value: (row: ParticipationItemDto) => string | number | null;
  kind: 'text' | 'count' | 'rate' | 'decimal';
}

export const REPORT_COLUMNS: readonly ReportColumn[] = [
  { header: 'Hạng', value: (r) => r.rank, kind: 'count' },
  { header: 'Đơn vị', value: (r) => r.unitName, kind: 'text' },
  { header: 'Số đoàn viên', value: (r) => r.memberCount, kind: 'count' },
  { header: 'Người tham gia', value: (r) => r.participants, kind: 'count' },
  { header: 'Lượt thi', value: (r) => r.attempts, kind: 'count' },
  { header: 'Tỷ lệ tham gia', value: (r) => r.participationRate, kind: 'rate' },
  { header: 'Tỷ lệ hoàn thành', value: (r) => r.completionRate, kind: 'rate' },
  { header: 'Điểm trung bình', value: (r) => r.averageScore, kind: 'decimal' },
  { header: 'Số giải', value: (r) => r.prizes, kind: 'count' },
  { header: 'Điểm giải thưởng', value: (r) => r.prizePoints, kind: 'decimal' },
  { header: 'Điểm tập thể', value: (r) => r.collectiveScore, kind: 'decimal' },
];

const decimal = (n: number) => {
  const fixed = (Math.round(n * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  const [whole, fraction] = fixed.split('.');
  return fraction ? `${formatCount(Number(whole))},${fraction}` : formatCount(Number(whole));
};

/** A cell as printed: "1.234", "41,67 %", "7,5", "" for none. */
export function cellText(column: ReportColumn, row: ParticipationItemDto): string {
  const value = column.value(row);
  if (value === null || value === undefined) return column.kind === 'rate' ? '—' : '';
  if (typeof value === 'string') return value;
  if (column.kind === 'count') return formatCount(value);
  if (column.kind === 'rate') return `${decimal(value * 100)} %`;
  return decimal(value);
}

/** "Trọng số: tỷ lệ tham gia 1; điểm giải thưởng 1; điểm trung bình 0." */
export function weightsText(report: ParticipationReportDto): string {
  const w = report.collectiveWeights;
  return `Trọng số: tỷ lệ tham gia ${decimal(w.participation)}; điểm giải thưởng ${decimal(
    w.prizes,
  )}; điểm trung bình ${decimal(w.averageScore)}.`;
}

/** The scope of the report: "LĐLĐ tỉnh A › LĐLĐ huyện B", or the whole contest. */
export function scopeText(report: ParticipationReportDto): string {
  return report.path.length > 0
    ? report.path.map((p) => p.name).join(' › ')
    : 'Toàn cuộc thi (các đơn vị cấp cao nhất)';
}

/** "Trà Vinh, ngày 03 tháng 12 năm 2026" style date (Vietnam time), without the place. */
export function vietnameseDate(date: Date): string {
  return `N${vietnameseLongDate(date).slice(1)}`;
}

export function titleLines(report: ParticipationReportDto): string[] {
  const generated = new Date(report.generatedAt);
  return [
    'BÁO CÁO KẾT QUẢ THAM GIA CUỘC THI',
    `Cuộc thi: ${report.contestTitle}`,
    `Tuần thi: ${report.roundTitle ?? 'Tất cả các tuần'}`,
    `Phạm vi: ${scopeText(report)}`,
    `Đơn vị báo cáo: ${report.organizationName || 'Ban tổ chức cuộc thi'}`,
    `Lập lúc ${formatVietnamDateTime(generated)} (giờ Việt Nam)`,
  ];
}

/** `bao-cao-tham-gia-<contest slug>[-tuan-<n>].<ext>`: ASCII, safe in any header. */
export function reportFileName(
  contestSlug: string | null,
  roundPosition: number | null,
  ext: 'xlsx' | 'pdf',
): string {
  const slug =
    (contestSlug ?? '')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'cuoc-thi';
  return `bao-cao-tham-gia-${slug}${roundPosition ? `-tuan-${roundPosition}` : ''}.${ext}`;
}
