/**
 * What one line of the results export holds, in Vietnamese. Pure: both writers (XLSX and CSV)
 * take their cells from here, already neutralised against formula injection.
 */
import { nationalPhone } from '@app/accounts';
import { formatVietnamDateTime } from '@app/core';
import type { ExclusionReason, PrizeKind } from '../rules/prizes';
import { neutralizeCell } from './neutralize-cell';
import { durationSeconds, formatCount, formatDurationMmSs } from './vietnam-time';

export type ExportCell = string | number | null;

export const EXPORT_HEADERS: readonly string[] = [
  'Hạng',
  'Họ và tên',
  'Đơn vị',
  'E-mail',
  'Số điện thoại',
  'Số câu đúng',
  'Điểm',
  'Dự đoán',
  'Sai số dự đoán',
  'Thời gian (mm:ss)',
  'Thời gian (giây)',
  'Nộp bài lúc (giờ Việt Nam)',
  'Giải',
  'Cờ cảnh báo',
  'Ghi chú',
];

export const PRIZE_LABELS: Readonly<Record<PrizeKind, string>> = {
  first: 'Giải Nhất',
  second: 'Giải Nhì',
  third: 'Giải Ba',
  consolation: 'Giải Khuyến khích',
};

const EXCLUSION_LABELS: Readonly<Record<ExclusionReason, string>> = {
  disqualified: 'Bị loại kết quả',
  staff: 'Thành viên ban tổ chức/ban giám khảo: không xét giải',
  unverified_email: 'Chưa xác minh e-mail: không xét giải',
  ineligible_unit: 'Không thuộc đơn vị được dự thi: không xét giải',
  already_won: 'Đã đạt giải ở tuần thi khác: không xét giải',
  unconfirmed_national_id: 'Chưa xác nhận số căn cước công dân: giải thưởng tạm giữ',
};

const FLAG_LABELS: Readonly<Record<string, string>> = {
  too_fast: 'Làm bài quá nhanh',
  focus_lost: 'Rời màn hình thi nhiều lần',
  identical_answers: 'Đáp án trùng với tài khoản khác',
  duplicate_identity: 'Nghi trùng danh tính',
  shared_network: 'Dùng chung mạng',
  second_device: 'Chuyển sang thiết bị khác',
  event_flood: 'Gửi sự kiện bất thường',
};

export interface ExportEntry {
  rank: number | null;
  fullName: string;
  unitName: string | null;
  email: string;
  phone: string | null;
  correctCount: number;
  score: number;
  prediction: number | null;
  predictionError: number | null;
  durationMs: number;
  submittedAt: Date;
  prize: PrizeKind | null;
  excludedReason: ExclusionReason | null;
  disqualifiedReason: string | null;
  flags: readonly string[];
}

/** +84912345678 → 0912345678, as people write it; anything else unchanged. */
export function displayPhone(phone: string | null): string {
  if (!phone) return '';
  return nationalPhone(phone) ?? phone;
}

export function exclusionNote(
  reason: ExclusionReason | null,
  disqualifiedReason: string | null,
): string {
  if (reason === null) return '';
  if (reason === 'disqualified' && disqualifiedReason)
    return `${EXCLUSION_LABELS.disqualified}: ${disqualifiedReason}`;
  return EXCLUSION_LABELS[reason];
}

export function flagLabels(flags: readonly string[]): string {
  return flags.map((f) => FLAG_LABELS[f] ?? f).join('; ');
}

const text = (value: string): string => neutralizeCell(value);

/** The cells of one entry, in the order of EXPORT_HEADERS. */
export function exportRow(e: ExportEntry): ExportCell[] {
  return [
    e.rank,
    text(e.fullName),
    text(e.unitName ?? ''),
    text(e.email),
    text(displayPhone(e.phone)),
    e.correctCount,
    e.score,
    e.prediction,
    e.predictionError,
    formatDurationMmSs(e.durationMs),
    durationSeconds(e.durationMs),
    formatVietnamDateTime(e.submittedAt),
    e.prize ? PRIZE_LABELS[e.prize] : '',
    text(flagLabels(e.flags)),
    text(exclusionNote(e.excludedReason, e.disqualifiedReason)),
  ];
}

export interface ExportMeta {
  contestTitle: string;
  roundTitle: string;
  roundPosition: number;
  opensAt: Date;
  closesAt: Date;
  participants: number;
  perfectCount: number;
  computedAt: Date;
  finalizedAt: Date | null;
}

/** The lines above the table: contest, round, figures and whether the results are final. */
export function titleBlock(meta: ExportMeta): string[] {
  const hhmm = (d: Date) => formatVietnamDateTime(d).slice(0, 16);
  return [
    text(`KẾT QUẢ ${meta.contestTitle.toLocaleUpperCase('vi')}`),
    text(
      `${meta.roundTitle} (tuần thi thứ ${meta.roundPosition}): từ ${hhmm(meta.opensAt)} đến ${hhmm(meta.closesAt)} (giờ Việt Nam)`,
    ),
    `Số người được xếp hạng: ${formatCount(meta.participants)}. Số người trả lời đúng tất cả các câu hỏi: ${formatCount(meta.perfectCount)}.`,
    meta.finalizedAt
      ? `Kết quả chính thức, công bố lúc ${formatVietnamDateTime(meta.finalizedAt)}.`
      : `Kết quả tạm tính lúc ${formatVietnamDateTime(meta.computedAt)}, chưa công bố.`,
  ];
}

/** `ket-qua-<slug>-tuan-<position>.<ext>`: ASCII, safe in any header. */
export function exportFileName(
  contestSlug: string,
  roundPosition: number,
  ext: 'xlsx' | 'csv',
): string {
  const slug =
    contestSlug
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'cuoc-thi';
  return `ket-qua-${slug}-tuan-${roundPosition}.${ext}`;
}
