import { type MailTemplate, renderBody } from '@app/mail';
import { roundDates } from './page-text';

export interface RoundOpenMailData {
  fullName: string;
  contestTitle: string;
  contestSlug: string;
  roundTitle: string;
  opensAt: Date;
  closesAt: Date;
  /** The subscription's token: the unsubscribe link works without signing in. */
  token: string;
}

/** The reminder a subscriber receives when the contest's next round opens (once per round). */
export const roundOpenMail: MailTemplate<RoundOpenMailData> = {
  kind: 'round_open_reminder',
  render: (d, { publicUrl }) => ({
    subject: `${d.roundTitle} đã mở - ${d.contestTitle}`,
    ...renderBody({
      greeting: `Xin chào ${d.fullName.trim() || 'bạn'},`,
      paragraphs: [
        `${d.roundTitle} của cuộc thi "${d.contestTitle}" đã mở.`,
        `${roundDates(d)} (giờ Việt Nam).`,
      ],
      action: {
        label: 'Vào thi',
        url: `${publicUrl}/cuoc-thi/${encodeURIComponent(d.contestSlug)}?src=email-nhac`,
      },
      after: [
        'Bạn nhận thư này vì đã đăng ký nhận nhắc khi tuần thi mới mở. ' +
          `Không muốn nhận nữa? Hủy đăng ký tại: ${publicUrl}/api/reminders/unsubscribe?token=${encodeURIComponent(d.token)}`,
      ],
    }),
  }),
};

/** At most one reminder per round and person, across instances (the outbox's unique key). */
export function reminderDedupeKey(roundId: string, userId: string): string {
  return `round-open:${roundId}:${userId}`;
}
