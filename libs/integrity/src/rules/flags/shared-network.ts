import { byTimeThenId, distinct, formatDurationVi, formatNumberVi, groupBy } from './format';
import type { Flag, FlagAttempt } from './types';

export interface SharedNetworkOptions {
  /** Accounts with a perfect score from one IP. Default 5. */
  minAccounts?: number;
  /** Within this time of each other. Default 30 min. */
  windowMs?: number;
}

function normalizeIp(ip: string): string {
  const trimmed = ip.trim().toLowerCase();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice(7) : trimmed;
}

/**
 * At least `minAccounts` different accounts with a perfect score from one IP, submitted within
 * `windowMs` of each other. Overlapping bursts from one IP make one flag. Weak evidence.
 */
export function detectSharedNetwork(
  attempts: readonly FlagAttempt[],
  options: SharedNetworkOptions = {},
): Flag[] {
  const minAccounts = options.minAccounts ?? 5;
  const windowMs = options.windowMs ?? 30 * 60_000;
  const perfect = attempts
    .filter((a) => a.ip && a.maxScore > 0 && a.score >= a.maxScore)
    .sort(byTimeThenId);
  const byIp = groupBy(perfect, (a) => normalizeIp(a.ip ?? ''));
  byIp.delete('');

  const flags: Flag[] = [];
  for (const [ip, list] of [...byIp].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    // Sliding window; every window with enough accounts marks its range; ranges are merged.
    const ranges: [number, number][] = [];
    const users = new Map<string, number>();
    let left = 0;
    for (let right = 0; right < list.length; right++) {
      users.set(list[right].userId, (users.get(list[right].userId) ?? 0) + 1);
      while (list[right].submittedAt.getTime() - list[left].submittedAt.getTime() > windowMs) {
        const u = list[left].userId;
        const count = (users.get(u) ?? 1) - 1;
        if (count === 0) users.delete(u);
        else users.set(u, count);
        left += 1;
      }
      if (users.size < minAccounts) continue;
      const last = ranges[ranges.length - 1];
      if (last && left <= last[1]) last[1] = right;
      else ranges.push([left, right]);
    }
    for (const [from, to] of ranges) {
      const burst = list.slice(from, to + 1);
      const userIds = distinct(burst.map((a) => a.userId));
      const spanMs = burst[burst.length - 1].submittedAt.getTime() - burst[0].submittedAt.getTime();
      flags.push({
        kind: 'shared_network',
        attemptIds: burst.map((a) => a.attemptId),
        userIds,
        detail:
          `${formatNumberVi(userIds.length, 0)} tài khoản đạt điểm tối đa từ cùng địa chỉ IP ${ip}, nộp bài trong ` +
          `vòng ${formatDurationVi(spanMs)}. Đây là dấu hiệu yếu: nhiều người lao động dùng chung một mạng ` +
          `(nhà máy, trường học, cơ quan) nên cùng địa chỉ IP không chứng minh gian lận; chỉ nên xem xét ` +
          `khi có thêm dấu hiệu khác.`,
        evidence: {
          accounts: userIds.length,
          attempts: burst.length,
          spanMs,
          windowMs,
          minAccounts,
        },
      });
    }
  }
  return flags;
}
