/**
 * Round times of the demo contest, reasoned about in Vietnam time (UTC+7, no daylight saving):
 * weekly rounds from 07:00 on the first day to 21:00 on the seventh, the first one open now.
 */
import { fromVietnamWallClock, toVietnamWallClock } from '@app/core';

const DAY_MS = 86400_000;

export function demoRounds(
  now: Date,
  count: number,
): Array<{ title: string; opensAt: string; closesAt: string }> {
  const vnNow = toVietnamWallClock(now).getTime();
  const vnMidnight = Math.floor(vnNow / DAY_MS) * DAY_MS;
  // Open at 07:00 today (or yesterday when it is not 07:00 yet), Vietnam time.
  let opens = vnMidnight + 7 * 3600_000;
  if (opens > vnNow) opens -= DAY_MS;
  return Array.from({ length: count }, (_, i) => {
    const o = opens + i * 7 * DAY_MS;
    const c = o + 6 * DAY_MS + 14 * 3600_000; // 21:00 on the seventh day
    return {
      title: `Tuần ${i + 1}`,
      opensAt: fromVietnamWallClock(o).toISOString(),
      closesAt: fromVietnamWallClock(c).toISOString(),
    };
  });
}
