import { createMessages } from '../lib/i18n';

/** Interface text of the organizer's "send it out" panel and the channel counts. */
const vi = {
  'sendOut.nav': 'Gửi đi',
  'sendOut.title': 'Gửi cuộc thi đi',
  'sendOut.intro':
    'Mỗi kênh có một liên kết riêng (?src=…) để biết kênh nào mang người đến. Gửi liên kết Zalo vào nhóm Zalo và Official Account, liên kết Facebook lên trang Facebook, nhúng khung cuộc thi vào Trang thông tin điện tử.',
  'sendOut.draft': 'Cuộc thi chưa được công bố. Hãy công bố trước khi gửi đi.',
  'sendOut.links': 'Liên kết ngắn theo kênh',
  'sendOut.channel': 'Kênh',
  'sendOut.link': 'Liên kết',
  'sendOut.channel.zalo': 'Zalo',
  'sendOut.channel.facebook': 'Facebook',
  'sendOut.channel.website': 'Trang thông tin điện tử',
  'sendOut.copy': 'Sao chép',
  'sendOut.copied': 'Đã sao chép',
  'sendOut.copyFailed': 'Không sao chép được: hãy chọn và sao chép bằng tay.',
  'sendOut.qr': 'Mã QR',
  'sendOut.qrAlt': 'Mã QR dẫn tới {url}',
  'sendOut.qrPng': 'Tải mã QR (PNG)',
  'sendOut.qrSvg': 'Tải mã QR (SVG, để in khổ lớn)',
  'sendOut.poster': 'Áp phích A4',
  'sendOut.posterHint':
    'Áp phích để dán ở bảng tin cơ quan: tên cuộc thi, thời gian, thể lệ tóm tắt, mã QR và liên kết ngắn. Liên kết tải dùng được trong 24 giờ.',
  'sendOut.posterDownload': 'Tải áp phích (PDF)',
  'sendOut.announcement': 'Bài đăng Zalo / Facebook',
  'sendOut.announcementHint': 'Sao chép và dán vào Zalo hoặc Facebook.',
  'sendOut.embed': 'Nhúng vào Trang thông tin điện tử',
  'sendOut.embedHint':
    'Dán dòng mã này vào trang web của đơn vị. Tên miền của trang phải có trong cấu hình EMBED_ORIGINS của máy chủ.',
  'sources.title': 'Người đến từ kênh nào',
  'sources.source': 'Kênh (?src=)',
  'sources.visits': 'Lượt xem trang',
  'sources.people': 'Người đăng nhập',
  'sources.participants': 'Người dự thi',
  'sources.none': 'Chưa có lượt xem nào qua liên kết có ?src=.',
};

const en: Record<keyof typeof vi, string> = {
  'sendOut.nav': 'Send out',
  'sendOut.title': 'Send the contest out',
  'sendOut.intro':
    'Each channel has its own link (?src=…) so you see which one brings people. Post the Zalo link in Zalo groups and the Official Account, the Facebook link on Facebook pages, and embed the contest on the website.',
  'sendOut.draft': 'The contest is not published yet. Publish it before sending it out.',
  'sendOut.links': 'Short links per channel',
  'sendOut.channel': 'Channel',
  'sendOut.link': 'Link',
  'sendOut.channel.zalo': 'Zalo',
  'sendOut.channel.facebook': 'Facebook',
  'sendOut.channel.website': 'Website',
  'sendOut.copy': 'Copy',
  'sendOut.copied': 'Copied',
  'sendOut.copyFailed': 'Could not copy: select it and copy by hand.',
  'sendOut.qr': 'QR code',
  'sendOut.qrAlt': 'QR code leading to {url}',
  'sendOut.qrPng': 'Download the QR code (PNG)',
  'sendOut.qrSvg': 'Download the QR code (SVG, for large prints)',
  'sendOut.poster': 'A4 poster',
  'sendOut.posterHint':
    'A poster for notice boards: title, dates, short rules, the QR code and the short link. The download link works for 24 hours.',
  'sendOut.posterDownload': 'Download the poster (PDF)',
  'sendOut.announcement': 'Zalo / Facebook post',
  'sendOut.announcementHint': 'Copy it and paste it into Zalo or Facebook.',
  'sendOut.embed': 'Embed on the website',
  'sendOut.embedHint':
    "Paste this line into the unit's website. The site's origin must be in the server's EMBED_ORIGINS.",
  'sources.title': 'Where people come from',
  'sources.source': 'Channel (?src=)',
  'sources.visits': 'Page views',
  'sources.people': 'Signed-in people',
  'sources.participants': 'Participants',
  'sources.none': 'No visit through a link with ?src= yet.',
};

export type SendOutKey = keyof typeof vi;
const messages = createMessages<SendOutKey>(vi, en);
export const useSendOutT = messages.useT;
