import { createMessages } from '../lib/i18n';

/** Interface text of the public results and certificate verification pages. */
const vi = {
  'results.title': 'Kết quả chính thức',
  'results.counts': '{participants} người tham gia · {perfect} người trả lời đúng tất cả các câu',
  'results.prediction': 'Đáp án câu hỏi dự đoán: {perfect} người trả lời đúng tất cả các câu hỏi.',
  'results.finalized': 'Công bố lúc {at}',
  'results.rank': 'Hạng',
  'results.name': 'Họ và tên',
  'results.unit': 'Đơn vị',
  'results.phone': 'Điện thoại',
  'results.prize': 'Giải',
  'results.none': 'Tuần thi này không có người đạt giải.',
  'results.notYet': 'Kết quả tuần thi này chưa được công bố.',
  'results.contest': 'Trang cuộc thi',
  'prize.first': 'Giải Nhất',
  'prize.second': 'Giải Nhì',
  'prize.third': 'Giải Ba',
  'prize.consolation': 'Giải Khuyến khích',
  'cert.title': 'Kiểm tra giấy chứng nhận',
  'cert.valid': 'Giấy chứng nhận hợp lệ',
  'cert.revoked': 'Giấy chứng nhận này đã bị thu hồi (kết quả đã bị hủy).',
  'cert.notFound': 'Không tìm thấy giấy chứng nhận với mã số này.',
  'cert.code': 'Mã số',
  'cert.for': 'Cấp cho',
  'cert.unit': 'Đơn vị',
  'cert.contest': 'Cuộc thi',
  'cert.round': 'Tuần thi',
  'cert.result': 'Kết quả',
  'cert.participation': 'Tham gia, đạt {score} điểm',
  'cert.issued': 'Ngày cấp',
  'cert.download': 'Tải giấy chứng nhận (PDF)',
};

const en: Record<keyof typeof vi, string> = {
  'results.title': 'Official results',
  'results.counts': '{participants} participants · {perfect} answered every question right',
  'results.prediction':
    'Answer to the prediction question: {perfect} people answered every question right.',
  'results.finalized': 'Published {at}',
  'results.rank': 'Rank',
  'results.name': 'Name',
  'results.unit': 'Unit',
  'results.phone': 'Phone',
  'results.prize': 'Prize',
  'results.none': 'No prizes were awarded in this round.',
  'results.notYet': 'The results of this round are not published yet.',
  'results.contest': 'Contest page',
  'prize.first': 'First prize',
  'prize.second': 'Second prize',
  'prize.third': 'Third prize',
  'prize.consolation': 'Consolation prize',
  'cert.title': 'Certificate check',
  'cert.valid': 'Valid certificate',
  'cert.revoked': 'This certificate has been revoked (the result was annulled).',
  'cert.notFound': 'No certificate has this code.',
  'cert.code': 'Code',
  'cert.for': 'Awarded to',
  'cert.unit': 'Unit',
  'cert.contest': 'Contest',
  'cert.round': 'Round',
  'cert.result': 'Result',
  'cert.participation': 'Took part, {score} points',
  'cert.issued': 'Issued',
  'cert.download': 'Download the certificate (PDF)',
};

export type PublicMessageKey = keyof typeof vi;
const messages = createMessages<PublicMessageKey>(vi, en);
export const usePublicT = messages.useT;

export function prizeKey(prize: string | null): PublicMessageKey | null {
  return prize === 'first' || prize === 'second' || prize === 'third' || prize === 'consolation'
    ? `prize.${prize}`
    : null;
}
