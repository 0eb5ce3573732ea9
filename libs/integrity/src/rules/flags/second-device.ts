import { byTimeThenId, distinct, formatNumberVi, formatVietnamTime } from './format';
import type { Flag, FlagAttempt } from './types';

/**
 * Attempts moved to another device while in progress ("chuyển sang thiết bị này"). A move from
 * no device at all (an attempt started before devices were recorded) only binds it: not counted.
 */
export function detectSecondDevice(attempts: readonly FlagAttempt[]): Flag[] {
  const flags: Flag[] = [];
  for (const attempt of attempts.slice().sort(byTimeThenId)) {
    const moves = (attempt.deviceMoves ?? [])
      .filter((m) => m.fromDeviceId !== null && m.fromDeviceId !== m.toDeviceId)
      .slice()
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    if (moves.length === 0) continue;
    const devices = distinct(moves.flatMap((m) => [m.fromDeviceId as string, m.toDeviceId]));
    const times = moves.map((m) => formatVietnamTime(m.at));
    const shown = times.length > 5 ? `${times.slice(0, 5).join(', ')}…` : times.join(', ');
    flags.push({
      kind: 'second_device',
      attemptIds: [attempt.attemptId],
      userIds: [attempt.userId],
      detail:
        `Lượt thi được chuyển sang thiết bị khác ${formatNumberVi(moves.length, 0)} lần trong khi ` +
        `đang làm bài (lúc ${shown}, giờ Việt Nam), trên ${formatNumberVi(devices.length, 0)} thiết bị. ` +
        `Có thể do đổi điện thoại hoặc máy hết pin, cũng có thể là người khác làm bài hộ: cần đối chiếu.`,
      evidence: { moves: moves.length, devices: devices.length },
    });
  }
  return flags;
}
