import { PRIZE_NAMES } from '@app/certificates';

/**
 * The link preview of a certificate check page (`/chung-nhan/:code`, the page the certificate's
 * QR code opens): what the certificate is for and whether it is valid. No name: the preview
 * travels further than the page (docs/sharing.md). Pure.
 */
export interface CertificatePreviewFacts {
  code: string;
  kind: 'prize' | 'participation';
  prize: string | null;
  revoked: boolean;
  contestTitle: string;
  roundTitle: string;
}

/** The prize's name ("Giải Nhất"), or null for a participation certificate. */
function prizeName(facts: CertificatePreviewFacts): string | null {
  return facts.kind === 'prize' && facts.prize ? (PRIZE_NAMES[facts.prize] ?? facts.prize) : null;
}

export function certificatePreviewText(facts: CertificatePreviewFacts): {
  title: string;
  description: string;
  highlight: string;
} {
  const prize = prizeName(facts);
  if (facts.revoked) {
    return {
      title: `Giấy chứng nhận đã bị thu hồi — ${facts.contestTitle}`,
      description: `Giấy chứng nhận số ${facts.code} (${facts.roundTitle}, cuộc thi "${facts.contestTitle}") đã bị thu hồi vì kết quả bị hủy.`,
      highlight: 'Đã thu hồi',
    };
  }
  return {
    title: `Giấy chứng nhận ${prize ?? 'tham gia'} ${facts.roundTitle} — ${facts.contestTitle}`,
    description: `Giấy chứng nhận số ${facts.code}: ${prize ? `đạt ${prize}` : 'tham gia'} ${facts.roundTitle} cuộc thi "${facts.contestTitle}". Giấy chứng nhận hợp lệ — mở liên kết để kiểm tra.`,
    highlight: prize ?? 'Chứng nhận tham gia',
  };
}
