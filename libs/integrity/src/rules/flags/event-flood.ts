import { byTimeThenId, formatNumberVi } from './format';
import type { Flag, FlagAttempt } from './types';

/** Attempts whose events were cut off at the per-attempt cap. */
export function detectEventFlood(attempts: readonly FlagAttempt[]): Flag[] {
  return attempts
    .filter((a) => a.events?.truncated === true)
    .sort(byTimeThenId)
    .map((a) => {
      const stored = a.events?.stored ?? 0;
      const dropped = a.events?.dropped ?? 0;
      const droppedText =
        dropped > 0
          ? `${formatNumberVi(dropped, 0)} sự kiện vượt giới hạn bị bỏ qua`
          : 'phần vượt giới hạn bị bỏ qua';
      return {
        kind: 'event_flood' as const,
        attemptIds: [a.attemptId],
        userIds: [a.userId],
        detail:
          `Thiết bị gửi quá nhiều sự kiện: đã lưu ${formatNumberVi(stored, 0)} sự kiện (mức tối đa cho ` +
          `một lượt thi), ${droppedText}. Có thể là chương trình tự động hoặc lỗi của thiết bị.`,
        evidence: { stored, dropped },
      };
    });
}
