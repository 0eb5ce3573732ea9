import { formatVietnamDate, formatVietnamDateTime } from '@app/core';

/** Texts of the public pages' previews and cards (Vietnamese, Vietnam time). Pure. */

/** "dd/mm/yyyy" in Vietnam time. */
export function vnDate(d: Date): string {
  return formatVietnamDate(d);
}

/** "hh:mm dd/mm/yyyy" in Vietnam time. */
export function vnDateTime(d: Date): string {
  const s = formatVietnamDateTime(d);
  return `${s.slice(11, 16)} ${s.slice(0, 10)}`;
}

/** "Từ 07/12/2026 đến 27/12/2026" over the rounds; '' without rounds. */
export function contestDates(rounds: Array<{ opensAt: Date; closesAt: Date }>): string {
  if (rounds.length === 0) return '';
  const from = Math.min(...rounds.map((r) => r.opensAt.getTime()));
  const to = Math.max(...rounds.map((r) => r.closesAt.getTime()));
  return `Từ ${vnDate(new Date(from))} đến ${vnDate(new Date(to))}`;
}

/** "Mở từ 07:00 08/12/2026 đến 21:00 14/12/2026". */
export function roundDates(round: { opensAt: Date; closesAt: Date }): string {
  return `Mở từ ${vnDateTime(round.opensAt)} đến ${vnDateTime(round.closesAt)}`;
}

/** A score as Vietnamese write it: "18", "17,5". */
export function formatScore(n: number): string {
  return (Math.round(n * 100) / 100).toString().replace('.', ',');
}

/** "Tôi đạt 18/20 — hạng 35" (without the rank when there is none). */
export function resultHighlight(score: number, maxScore: number, rank: number | null): string {
  const base = `Tôi đạt ${formatScore(score)}/${formatScore(maxScore)}`;
  return rank ? `${base} — hạng ${rank.toLocaleString('de-DE')}` : base;
}

/**
 * The announcement organizers paste into Zalo/Facebook when a contest is published (the
 * "send it out" panel).
 */
export function announcementText(input: {
  union: string | null;
  title: string;
  theme: string;
  dates: string;
  roundCount: number;
  shortUrl: string;
}): string {
  const who = input.union ?? 'Ban tổ chức';
  const lines = [
    `📣 ${who} phát động cuộc thi trực tuyến "${input.title}".`,
    input.theme ? `Chủ đề: ${input.theme}.` : '',
    input.dates
      ? `${input.dates}${input.roundCount > 1 ? `, gồm ${input.roundCount} tuần thi` : ''}.`
      : '',
    'Thi ngay trên điện thoại, không cần cài đặt: đăng ký bằng số điện thoại hoặc e-mail, trả lời các câu hỏi trong thời gian quy định.',
    `👉 Vào thi tại: ${input.shortUrl}`,
    'Mời đoàn viên, người lao động cùng tham gia và chia sẻ đến đồng nghiệp!',
  ];
  return lines.filter(Boolean).join('\n');
}
