import { byTimeThenId, formatDurationVi, formatNumberVi } from './format';
import type { EventSummary, Flag, FlagAttempt } from './types';

export interface FocusLostOptions {
  /** Times the page was left. Default 5. */
  minLeaves?: number;
  /** Total hidden time. Default 60 s. */
  minHiddenMs?: number;
}

export interface IntegrityEvent {
  type: string;
  at: Date;
}

/**
 * Counts and hidden time from an attempt's events. Hidden time runs from a
 * `visibility_hidden` to the next `visibility_visible`, or to `endAt` (the submission) when
 * the page never came back. `dropped`: events refused at the per-attempt cap (truncated when
 * any was).
 */
export function summarizeEvents(
  events: readonly IntegrityEvent[],
  options: { endAt?: Date; truncated?: boolean; dropped?: number } = {},
): EventSummary {
  const sorted = events.slice().sort((a, b) => a.at.getTime() - b.at.getTime());
  let hiddenCount = 0;
  let blurCount = 0;
  let hiddenMs = 0;
  let hiddenSince: number | null = null;
  for (const e of sorted) {
    if (e.type === 'visibility_hidden') {
      hiddenCount += 1;
      hiddenSince ??= e.at.getTime();
    } else if (e.type === 'visibility_visible' && hiddenSince !== null) {
      hiddenMs += Math.max(0, e.at.getTime() - hiddenSince);
      hiddenSince = null;
    } else if (e.type === 'blur') {
      blurCount += 1;
    }
  }
  if (hiddenSince !== null && options.endAt) {
    hiddenMs += Math.max(0, options.endAt.getTime() - hiddenSince);
  }
  return {
    hiddenCount,
    blurCount,
    hiddenMs,
    stored: events.length,
    dropped: options.dropped ?? 0,
    truncated: options.truncated ?? (options.dropped ?? 0) > 0,
  };
}

/**
 * The page left many times or for long. Leaving a tab usually fires both `blur` and
 * `visibility_hidden`, so the number of times the page was left is the larger of the two
 * counts, not their sum.
 */
export function detectFocusLost(
  attempts: readonly FlagAttempt[],
  options: FocusLostOptions = {},
): Flag[] {
  const minLeaves = options.minLeaves ?? 5;
  const minHiddenMs = options.minHiddenMs ?? 60_000;
  const flags: Flag[] = [];
  for (const attempt of attempts.slice().sort(byTimeThenId)) {
    const e = attempt.events;
    if (!e) continue;
    const leaves = Math.max(e.hiddenCount, e.blurCount);
    if (leaves < minLeaves && e.hiddenMs < minHiddenMs) continue;
    flags.push({
      kind: 'focus_lost',
      attemptIds: [attempt.attemptId],
      userIds: [attempt.userId],
      detail:
        `Rời khỏi trang thi ${formatNumberVi(leaves, 0)} lần (ẩn trang ${formatNumberVi(e.hiddenCount, 0)} lần, ` +
        `chuyển sang cửa sổ khác ${formatNumberVi(e.blurCount, 0)} lần), tổng thời gian ẩn trang ` +
        `${formatDurationVi(e.hiddenMs)}; ngưỡng: ${formatNumberVi(minLeaves, 0)} lần hoặc ` +
        `${formatDurationVi(minHiddenMs)}. Có thể do tra cứu ở nơi khác, cũng có thể do cuộc gọi ` +
        `hoặc tin nhắn đến.`,
      evidence: {
        leaves,
        hiddenCount: e.hiddenCount,
        blurCount: e.blurCount,
        hiddenMs: e.hiddenMs,
        minLeaves,
        minHiddenMs,
      },
    });
  }
  return flags;
}
