import { createMessages } from '../lib/i18n';

/** Interface text of sharing: the share sheet, shared results, reminders, in-app browsers. */
const vi = {
  'share.title': 'Chia sẻ',
  'share.native': 'Chia sẻ…',
  'share.zalo': 'Zalo',
  'share.facebook': 'Facebook',
  'share.copy': 'Sao chép liên kết',
  'share.copied': 'Đã sao chép liên kết',
  'share.copiedZalo': 'Đã sao chép liên kết — dán vào cuộc trò chuyện Zalo.',
  'share.copyFailed': 'Không sao chép được. Hãy giữ ngón tay lên liên kết để sao chép:',
  'share.contest': 'Mời bạn bè cùng thi',
  'share.contestText': 'Mời bạn tham gia cuộc thi "{title}"',
  'share.results': 'Chia sẻ kết quả',
  'share.resultsText': 'Kết quả {round} — cuộc thi "{title}"',
  'myShare.title': 'Khoe kết quả của bạn',
  'myShare.hint':
    'Trang chia sẻ chỉ hiện tên (không có họ), điểm và hạng của bạn. Bạn có thể ngừng chia sẻ bất cứ lúc nào.',
  'myShare.start': 'Tạo trang chia sẻ kết quả',
  'myShare.stop': 'Ngừng chia sẻ',
  'myShare.stopped': 'Đã ngừng chia sẻ: trang kết quả của bạn không còn xem được.',
  'myShare.text': 'Tôi vừa làm bài thi "{title}". Bạn cũng thử sức nhé!',
  'myShare.textPlain': 'Tôi vừa làm bài thi trực tuyến. Bạn cũng thử sức nhé!',
  'shared.title': '{name} đạt {score}/{max} điểm',
  'shared.rank': 'Hạng {rank}',
  'shared.round': '{round} — cuộc thi "{title}"',
  'shared.notFound': 'Không tìm thấy kết quả này (có thể người chia sẻ đã ngừng chia sẻ).',
  'shared.join': 'Thử sức ngay',
  'reminder.label': 'Gửi e-mail cho tôi khi tuần thi tiếp theo mở',
  'reminder.on': 'Bạn sẽ nhận e-mail khi tuần thi tiếp theo mở.',
  'inApp.title': 'Mở bằng trình duyệt',
  'inApp.zalo':
    'Bạn đang xem trang trong Zalo, nơi không tải được tệp về máy. Nhấn nút ••• ở góc trên bên phải rồi chọn "Mở bằng trình duyệt".',
  'inApp.facebook':
    'Bạn đang xem trang trong Facebook, nơi không tải được tệp về máy. Nhấn nút ••• ở góc trên bên phải rồi chọn "Mở bằng trình duyệt ngoài".',
  'inApp.open': 'Mở bằng trình duyệt',
  'inApp.copy': 'Hoặc sao chép liên kết rồi dán vào Chrome hoặc Safari.',
};

const en: Record<keyof typeof vi, string> = {
  'share.title': 'Share',
  'share.native': 'Share…',
  'share.zalo': 'Zalo',
  'share.facebook': 'Facebook',
  'share.copy': 'Copy link',
  'share.copied': 'Link copied',
  'share.copiedZalo': 'Link copied — paste it into a Zalo chat.',
  'share.copyFailed': 'Could not copy. Press and hold the link to copy it:',
  'share.contest': 'Invite friends',
  'share.contestText': 'Join the contest "{title}"',
  'share.results': 'Share the results',
  'share.resultsText': 'Results of {round} — "{title}"',
  'myShare.title': 'Share your result',
  'myShare.hint':
    'The shared page shows only your given name, score and rank. You can stop sharing at any time.',
  'myShare.start': 'Create a page to share my result',
  'myShare.stop': 'Stop sharing',
  'myShare.stopped': 'Sharing stopped: your result page is gone.',
  'myShare.text': 'I just took the contest "{title}". Give it a try!',
  'myShare.textPlain': 'I just took an online contest. Give it a try!',
  'shared.title': '{name} scored {score}/{max}',
  'shared.rank': 'Rank {rank}',
  'shared.round': '{round} — "{title}"',
  'shared.notFound': 'This result is not shared (any more).',
  'shared.join': 'Take part',
  'reminder.label': 'E-mail me when the next round opens',
  'reminder.on': 'You will get an e-mail when the next round opens.',
  'inApp.title': 'Open in the browser',
  'inApp.zalo':
    'You are inside Zalo, which cannot save files. Tap ••• at the top right and choose "Open in browser".',
  'inApp.facebook':
    'You are inside Facebook, which cannot save files. Tap ••• at the top right and choose "Open in external browser".',
  'inApp.open': 'Open in the browser',
  'inApp.copy': 'Or copy the link and paste it into Chrome or Safari.',
};

export type SharingMessageKey = keyof typeof vi;
const messages = createMessages<SharingMessageKey>(vi, en);
export const useShareT = messages.useT;
