import { type MailTemplate, renderBody } from '@app/mail';
import { PRIZE_LABELS } from '../export/export-row';
import { formatVietnamDateTime } from '@app/core';
import type { PrizeKind } from '../rules/prizes';

export interface WinnerMailData {
  fullName: string;
  prize: PrizeKind;
  rank: number;
  contestTitle: string;
  contestSlug: string;
  roundTitle: string;
  roundPosition: number;
  score: number;
  correctCount: number;
  questionCount: number;
  finalizedAt: Date;
  roundId: string;
  /** The serial code of the winner's certificate (issued at finalization). */
  certificateCode: string;
}

/** Where a certificate's PDF is downloaded: a plain HTTPS file (works in in-app browsers). */
export function certificatePdfPath(code: string): string {
  return `/api/certificates/${encodeURIComponent(code)}/pdf`;
}

/** The public results page of a round. */
export function publicResultsPath(roundId: string): string {
  return `/ket-qua/${encodeURIComponent(roundId)}`;
}

/** The mail a prize winner receives when a round's results are finalized (plain text + simple HTML). */
export const winnerMail: MailTemplate<WinnerMailData> = {
  kind: 'round_winner',
  render: (d, { publicUrl }) => {
    const prize = PRIZE_LABELS[d.prize];
    return {
      subject: `Chúc mừng bạn đạt ${prize} ${d.roundTitle} - ${d.contestTitle}`,
      ...renderBody({
        greeting: `Xin chào ${d.fullName.trim() || 'bạn'},`,
        paragraphs: [
          `Chúc mừng bạn đã đạt ${prize} ${d.roundTitle} (tuần thi thứ ${d.roundPosition}) của cuộc thi "${d.contestTitle}".`,
          `Kết quả của bạn: hạng ${d.rank}, ${d.correctCount}/${d.questionCount} câu đúng, ${d.score} điểm. ` +
            `Kết quả được ban giám khảo công bố chính thức lúc ${formatVietnamDateTime(d.finalizedAt)} (giờ Việt Nam).`,
          'Ban tổ chức sẽ liên hệ với bạn qua số điện thoại hoặc e-mail đã đăng ký để xác minh thông tin và hướng dẫn nhận giải. ' +
            'Vui lòng giữ liên lạc và chuẩn bị giấy tờ tùy thân khi nhận giải.',
        ],
        action: {
          label: 'Tải giấy chứng nhận (PDF)',
          url: `${publicUrl}${certificatePdfPath(d.certificateCode)}`,
        },
        after: [
          `Mã số giấy chứng nhận: ${d.certificateCode}. Kết quả chính thức của ${d.roundTitle}:\n${publicUrl}${publicResultsPath(d.roundId)}`,
          `Trang cuộc thi:\n${publicUrl}/cuoc-thi/${encodeURIComponent(d.contestSlug)}`,
        ],
      }),
    };
  },
};
