import { nationalPhone } from '@app/accounts';
import { byTimeThenId, formatNumberVi, groupBy, normalizeText } from './format';
import type { Flag, FlagAttempt, FlagUser } from './types';

/** "0912***678": the national form, its middle hidden. */
function maskPhone(national: string): string {
  return `${national.slice(0, 4)}***${national.slice(-3)}`;
}

/** Case, spacing and Unicode composition ignored; diacritics kept (Hoa ≠ Hòa). */
function normalizeName(name: string): string {
  return normalizeText(name);
}

type MatchKind = 'national_id' | 'phone' | 'identity' | 'device';

/**
 * How strongly each match says "one person" (4 strongest): a confirmed national ID is one person;
 * a phone number normally is; name + birth year + unit can be namesakes; a device can be lent.
 */
const STRENGTH: Record<MatchKind, number> = { national_id: 4, phone: 3, identity: 2, device: 1 };
const STRENGTH_LABEL: Record<MatchKind, string> = {
  national_id: 'chắc chắn (4/4)',
  phone: 'mạnh (3/4)',
  identity: 'trung bình (2/4)',
  device: 'yếu (1/4)',
};

/**
 * Accounts that look like one person: the same normalised phone, or the same full name +
 * birth year + unit, or the same device id (on an attempt or on the account). One flag per
 * shared value; the flag lists every attempt of those accounts in the round.
 */
export function detectDuplicateIdentity(
  attempts: readonly FlagAttempt[],
  users: readonly FlagUser[],
): Flag[] {
  const byKey = new Map<string, { label: string; users: Set<string>; kind: MatchKind }>();
  const add = (key: string, kind: MatchKind, label: string, userId: string) => {
    const entry = byKey.get(key) ?? { label, users: new Set<string>(), kind };
    entry.users.add(userId);
    byKey.set(key, entry);
  };
  for (const user of users) {
    if (user.nationalIdHash) {
      add(`national-id:${user.nationalIdHash}`, 'national_id', '', user.userId);
    }
    const phone = user.phone ? nationalPhone(user.phone) : null;
    if (phone) add(`phone:${phone}`, 'phone', maskPhone(phone), user.userId);
    const name = user.fullName ? normalizeName(user.fullName) : '';
    if (name && user.birthYear != null && user.unitId) {
      add(
        `identity:${name}|${user.birthYear}|${user.unitId}`,
        'identity',
        `họ tên “${user.fullName?.trim()}”, năm sinh ${user.birthYear}`,
        user.userId,
      );
    }
    for (const device of user.deviceIds ?? []) {
      if (device.trim()) add(`device:${device.trim()}`, 'device', device.trim(), user.userId);
    }
  }
  for (const attempt of attempts) {
    const device = attempt.deviceId?.trim();
    if (device) add(`device:${device}`, 'device', device, attempt.userId);
  }

  const attemptsOf = groupBy(attempts.slice().sort(byTimeThenId), (a) => a.userId);

  const flags: Flag[] = [];
  for (const { label, users: group, kind } of byKey.values()) {
    if (group.size < 2) continue;
    const userIds = [...group].sort();
    const attemptIds = userIds.flatMap((u) => (attemptsOf.get(u) ?? []).map((a) => a.attemptId));
    if (attemptIds.length === 0) continue;
    const n = formatNumberVi(userIds.length, 0);
    const detail =
      (kind === 'national_id'
        ? `${n} tài khoản đã xác nhận cùng một số căn cước công dân: là một người. Mỗi người chỉ được có một tài khoản và chỉ nhận một giải.`
        : kind === 'phone'
          ? `${n} tài khoản dùng chung số điện thoại ${label} (sau khi chuẩn hoá). Mỗi người chỉ được có một tài khoản.`
          : kind === 'identity'
            ? `${n} tài khoản trùng ${label} và cùng đơn vị. Có thể là một người đăng ký nhiều lần, cũng có thể là người trùng tên: cần đối chiếu.`
            : `${n} tài khoản thi trên cùng một thiết bị (mã thiết bị ${label.slice(0, 12)}). Có thể là một người dùng nhiều tài khoản, cũng có thể là người thân hoặc đồng nghiệp mượn điện thoại.`) +
      ` Mức độ trùng: ${STRENGTH_LABEL[kind]}.`;
    flags.push({
      kind: 'duplicate_identity',
      attemptIds,
      userIds,
      detail,
      evidence: {
        accounts: userIds.length,
        attempts: attemptIds.length,
        samePhone: kind === 'phone' ? 1 : 0,
        sameNameBirthYearUnit: kind === 'identity' ? 1 : 0,
        sameDevice: kind === 'device' ? 1 : 0,
        sameNationalId: kind === 'national_id' ? 1 : 0,
        strength: STRENGTH[kind],
      },
    });
  }
  return flags;
}
