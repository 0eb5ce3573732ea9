/**
 * Anomaly flags of a round (issue 8, `GET /api/rounds/:roundId/flags`). Pure.
 *
 * A flag is evidence for the judges, never a verdict: each one says in plain Vietnamese what
 * was seen, with the numbers behind it (`detail`), and carries those numbers (`evidence`).
 * Nothing here disqualifies anybody.
 */

export type FlagKind =
  | 'too_fast'
  | 'focus_lost'
  | 'identical_answers'
  | 'duplicate_identity'
  | 'shared_network'
  | 'second_device'
  | 'event_flood';

export const FLAG_KINDS: readonly FlagKind[] = [
  'too_fast',
  'focus_lost',
  'identical_answers',
  'duplicate_identity',
  'shared_network',
  'second_device',
  'event_flood',
];

export interface Flag {
  kind: FlagKind;
  attemptIds: string[];
  userIds: string[];
  /** Plain Vietnamese with the numbers. */
  detail: string;
  /** The numbers behind the detail (null: not applicable). */
  evidence: Record<string, number | null>;
}

/** One answered question, as saved. */
export interface AnsweredQuestion {
  questionId: string;
  optionIds?: readonly string[];
  text?: string;
  /** Whether it was right, when known: identical wrong answers are the stronger evidence. */
  correct?: boolean | null;
}

/** Integrity events of an attempt, summarised (see `summarizeEvents`). */
export interface EventSummary {
  /** `visibility_hidden` events. */
  hiddenCount: number;
  /** `blur` events. */
  blurCount: number;
  /** Total time the page was hidden. */
  hiddenMs: number;
  /** Events stored for the attempt. */
  stored: number;
  /** Events refused once the per-attempt cap was reached. */
  dropped: number;
  /** The client sent more events than the cap and the rest were dropped. */
  truncated: boolean;
}

/** The attempt was moved to another device ("chuyển sang thiết bị này") while in progress. */
export interface DeviceMove {
  at: Date;
  /** The device it was bound to before; null when it was bound to none. */
  fromDeviceId: string | null;
  toDeviceId: string;
}

/** A submitted attempt of the round. */
export interface FlagAttempt {
  attemptId: string;
  userId: string;
  questionCount: number;
  durationMs: number;
  submittedAt: Date;
  score: number;
  maxScore: number;
  ip?: string | null;
  deviceId?: string | null;
  /** In the order the participant first answered them. */
  answers?: readonly AnsweredQuestion[];
  events?: EventSummary;
  deviceMoves?: readonly DeviceMove[];
}

/** An account of someone who took part in the round. */
export interface FlagUser {
  userId: string;
  phone?: string | null;
  fullName?: string | null;
  birthYear?: number | null;
  unitId?: string | null;
  /** Device ids seen for the account (besides those on the attempts). */
  deviceIds?: readonly string[];
}

export interface FlagInput {
  attempts: readonly FlagAttempt[];
  users?: readonly FlagUser[];
}

export interface TooFastOptions {
  /** Always suspicious below this many seconds per question. Default 3. */
  floorSecondsPerQuestion?: number;
  /** Percentile of the round's seconds per question used as the relative threshold. Default 1. */
  percentile?: number;
  /** Below this many attempts the cohort is too small for a percentile: floor only. Default 100. */
  minCohort?: number;
}

export interface FocusLostOptions {
  /** Times the page was left. Default 5. */
  minLeaves?: number;
  /** Total hidden time. Default 60 s. */
  minHiddenMs?: number;
}

export interface IdenticalAnswersOptions {
  /** Questions both attempts answered. Default 10. */
  minShared?: number;
  /** Largest gap between the two submissions. Default 10 min. */
  windowMs?: number;
}

export interface SharedNetworkOptions {
  /** Accounts with a perfect score from one IP. Default 5. */
  minAccounts?: number;
  /** Within this time of each other. Default 30 min. */
  windowMs?: number;
}

export interface FlagOptions {
  tooFast?: TooFastOptions;
  focusLost?: FocusLostOptions;
  identicalAnswers?: IdenticalAnswersOptions;
  sharedNetwork?: SharedNetworkOptions;
}

export interface AttemptFlags {
  kinds: FlagKind[];
  details: string[];
  /** Each flag on the attempt with its numbers, in the order of `details`. */
  items: Array<Pick<Flag, 'kind' | 'detail' | 'evidence'>>;
}

// ---------------------------------------------------------------------------------------------
// Formatting

/** 1234.5 → "1.234,5" (Vietnamese: "." for thousands, "," for decimals). */
export function formatNumberVi(value: number, maxFractionDigits = 1): string {
  const factor = 10 ** maxFractionDigits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [int, frac = ''] = rounded.toFixed(maxFractionDigits).split('.');
  const trimmed = frac.replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${trimmed ? `,${trimmed}` : ''}`;
}

/** 85_000 → "1 phút 25 giây"; 42_000 → "42 giây". */
export function formatDurationVi(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} giây`;
  return seconds === 0 ? `${minutes} phút` : `${minutes} phút ${seconds} giây`;
}

function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function byTimeThenId(a: FlagAttempt, b: FlagAttempt): number {
  return (
    a.submittedAt.getTime() - b.submittedAt.getTime() ||
    (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0)
  );
}

function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
// too_fast

/** Nearest-rank percentile (p in 0..100) of ascending `sorted`; at least 1 % is ≤ it. */
export function nearestRankPercentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of an empty list');
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}

/**
 * Seconds per question below max(floor, the round's p-th percentile). With fewer than
 * `minCohort` attempts only the floor applies. The nearest-rank percentile keeps the relative
 * rule strict: only attempts faster than at least p % of the round can be flagged by it.
 */
export function detectTooFast(
  attempts: readonly FlagAttempt[],
  options: TooFastOptions = {},
): Flag[] {
  const floor = options.floorSecondsPerQuestion ?? 3;
  const percentile = options.percentile ?? 1;
  const minCohort = options.minCohort ?? 100;
  const measured = attempts
    .filter((a) => a.questionCount > 0 && Number.isFinite(a.durationMs))
    .map((a) => ({ attempt: a, perQuestion: a.durationMs / 1000 / a.questionCount }));
  const sorted = measured.map((m) => m.perQuestion).sort((x, y) => x - y);
  const relative = sorted.length >= minCohort ? nearestRankPercentile(sorted, percentile) : null;
  const threshold = Math.max(floor, relative ?? 0);

  const why =
    relative === null
      ? `tuần thi mới có ${formatNumberVi(sorted.length, 0)} lượt thi, chưa đủ để so sánh nên chỉ dùng mức sàn ${formatNumberVi(floor)} giây/câu`
      : `ngưỡng là mức cao hơn giữa mức sàn ${formatNumberVi(floor)} giây/câu và phân vị ${formatNumberVi(percentile)}% của ${formatNumberVi(sorted.length, 0)} lượt thi trong tuần thi (${formatNumberVi(relative)} giây/câu)`;

  return measured
    .filter((m) => m.perQuestion < threshold)
    .sort((x, y) => byTimeThenId(x.attempt, y.attempt))
    .map(({ attempt, perQuestion }) => ({
      kind: 'too_fast' as const,
      attemptIds: [attempt.attemptId],
      userIds: [attempt.userId],
      detail:
        `Làm bài quá nhanh: trung bình ${formatNumberVi(perQuestion)} giây/câu ` +
        `(${formatNumberVi(attempt.questionCount, 0)} câu trong ${formatDurationVi(attempt.durationMs)}), ` +
        `dưới ngưỡng ${formatNumberVi(threshold)} giây/câu; ${why}.`,
      evidence: {
        secondsPerQuestion: round(perQuestion),
        thresholdSecondsPerQuestion: round(threshold),
        floorSecondsPerQuestion: floor,
        cohortPercentileSecondsPerQuestion: relative === null ? null : round(relative),
        cohortSize: sorted.length,
        questionCount: attempt.questionCount,
        durationMs: attempt.durationMs,
      },
    }));
}

// ---------------------------------------------------------------------------------------------
// focus_lost

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

// ---------------------------------------------------------------------------------------------
// identical_answers

function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A comparable form of an answer; null when nothing was answered. */
function answerSignature(answer: AnsweredQuestion): string | null {
  const options = distinct(answer.optionIds ?? []).sort();
  if (options.length > 0) return `o:${options.join('\u0001')}`;
  const text = normalizeText(answer.text ?? '');
  return text === '' ? null : `t:${text}`;
}

/** Turns strings into small integers so that comparing answer sheets needs no hashing. */
interface Interner {
  id(value: string): number;
  size(): number;
}

function createInterner(): Interner {
  const ids = new Map<string, number>();
  return {
    id(value) {
      let id = ids.get(value);
      if (id === undefined) {
        id = ids.size;
        ids.set(value, id);
      }
      return id;
    },
    size: () => ids.size,
  };
}

/** An attempt's answers in answering order, questions and answers interned. */
interface AnswerSheet {
  attempt: FlagAttempt;
  questions: Int32Array;
  signatures: Int32Array;
  wrong: Uint8Array;
}

function answerSheet(attempt: FlagAttempt, questions: Interner, signatures: Interner): AnswerSheet {
  const rows: { question: number; signature: number; wrong: boolean }[] = [];
  const seen = new Set<string>();
  for (const answer of attempt.answers ?? []) {
    const signature = answerSignature(answer);
    if (signature === null || seen.has(answer.questionId)) continue;
    seen.add(answer.questionId);
    rows.push({
      question: questions.id(answer.questionId),
      signature: signatures.id(signature),
      wrong: answer.correct === false,
    });
  }
  return {
    attempt,
    questions: Int32Array.from(rows, (r) => r.question),
    signatures: Int32Array.from(rows, (r) => r.signature),
    wrong: Uint8Array.from(rows, (r) => (r.wrong ? 1 : 0)),
  };
}

/**
 * One sheet spread into tables indexed by question, so that many others can be compared with
 * it quickly: `position` is -1 for a question it did not answer.
 */
interface SheetTables {
  position: Int32Array;
  signature: Int32Array;
  wrong: Uint8Array;
}

function loadSheet(tables: SheetTables, sheet: AnswerSheet, load: boolean): void {
  sheet.questions.forEach((q, k) => {
    tables.position[q] = load ? k : -1;
    tables.signature[q] = sheet.signatures[k];
    tables.wrong[q] = sheet.wrong[k];
  });
}

/**
 * Compares sheet `b` with the sheet loaded in `a` on the questions both answered: null unless
 * every shared answer is the same and they were answered in the same relative order (read in
 * b's order, the positions in a only go up).
 */
function compareWithLoaded(
  a: SheetTables,
  b: AnswerSheet,
): { shared: number; sharedWrong: number } | null {
  let shared = 0;
  let sharedWrong = 0;
  let last = -1;
  for (let k = 0; k < b.questions.length; k++) {
    const q = b.questions[k];
    const position = a.position[q];
    if (position < 0) continue;
    if (a.signature[q] !== b.signatures[k] || position < last) return null;
    last = position;
    shared += 1;
    sharedWrong += a.wrong[q];
  }
  return { shared, sharedWrong };
}

/**
 * Attempts of different accounts whose answers on the questions both answered (at least
 * `minShared`) are identical and were given in the same order, submitted within `windowMs`.
 * Linked pairs are grouped (connected components).
 */
export function detectIdenticalAnswers(
  attempts: readonly FlagAttempt[],
  options: IdenticalAnswersOptions = {},
): Flag[] {
  const minShared = options.minShared ?? 10;
  const windowMs = options.windowMs ?? 10 * 60_000;
  const questionIds = createInterner();
  const signatureIds = createInterner();
  const sheets = attempts
    .slice()
    .sort(byTimeThenId)
    .map((a) => answerSheet(a, questionIds, signatureIds))
    .filter((s) => s.questions.length >= minShared);
  const questionCount = questionIds.size();
  const loaded: SheetTables = {
    position: new Int32Array(questionCount).fill(-1),
    signature: new Int32Array(questionCount),
    wrong: new Uint8Array(questionCount),
  };

  const parent = sheets.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const links: { i: number; j: number; shared: number; sharedWrong: number; gapMs: number }[] = [];
  const times = sheets.map((s) => s.attempt.submittedAt.getTime());
  const owners = sheets.map((s) => s.attempt.userId);
  for (let i = 0; i < sheets.length; i++) {
    loadSheet(loaded, sheets[i], true);
    for (let j = i + 1; j < sheets.length; j++) {
      const gapMs = times[j] - times[i];
      if (gapMs > windowMs) break;
      if (owners[i] === owners[j]) continue;
      const same = compareWithLoaded(loaded, sheets[j]);
      if (!same || same.shared < minShared) continue;
      links.push({ i, j, ...same, gapMs });
      const ri = find(i);
      const rj = find(j);
      if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
    }
    loadSheet(loaded, sheets[i], false);
  }

  const groups = new Map<number, typeof links>();
  for (const link of links) {
    const root = find(link.i);
    const group = groups.get(root);
    if (group) group.push(link);
    else groups.set(root, [link]);
  }
  return [...groups.values()].map((group) => {
    const members = [...new Set(group.flatMap((l) => [l.i, l.j]))]
      .sort((x, y) => x - y)
      .map((i) => sheets[i].attempt);
    const userIds = distinct(members.map((m) => m.userId));
    const minSharedSeen = Math.min(...group.map((l) => l.shared));
    const maxWrong = Math.max(...group.map((l) => l.sharedWrong));
    const maxGap = Math.max(...group.map((l) => l.gapMs));
    const pairs = group.length === 1 ? '' : ` (${formatNumberVi(group.length, 0)} cặp trùng nhau)`;
    return {
      kind: 'identical_answers' as const,
      attemptIds: members.map((m) => m.attemptId),
      userIds,
      detail:
        `${formatNumberVi(members.length, 0)} lượt thi của ${formatNumberVi(userIds.length, 0)} tài khoản khác nhau có đáp án ` +
        `giống hệt nhau, theo cùng thứ tự trả lời, trên ${group.length === 1 ? '' : 'ít nhất '}` +
        `${formatNumberVi(minSharedSeen, 0)} câu hỏi chung${pairs}` +
        (maxWrong > 0 ? `, trong đó ${formatNumberVi(maxWrong, 0)} câu sai giống nhau` : '') +
        `; nộp bài cách nhau tối đa ${formatDurationVi(maxGap)}. Trùng cả những câu sai là ` +
        `dấu hiệu mạnh hơn trùng những câu đúng.`,
      evidence: {
        attempts: members.length,
        accounts: userIds.length,
        pairs: group.length,
        minSharedQuestions: minSharedSeen,
        maxSharedWrong: maxWrong,
        maxGapMs: maxGap,
      },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// duplicate_identity

/** Vietnamese phone numbers: "0912 345 678", "+84 912 345 678", "84912345678" → "0912345678". */
export function normalizePhone(phone: string): string | null {
  let digits = phone.replace(/\D/g, '');
  if (digits.startsWith('0084')) digits = digits.slice(4);
  else if (digits.startsWith('84') && digits.length === 11) digits = digits.slice(2);
  if (!digits.startsWith('0')) digits = `0${digits}`;
  return digits.length >= 10 ? digits : null;
}

function maskPhone(phone: string): string {
  return `${phone.slice(0, 4)}***${phone.slice(-3)}`;
}

/** Case, spacing and Unicode composition ignored; diacritics kept (Hoa ≠ Hòa). */
function normalizeName(name: string): string {
  return normalizeText(name);
}

/**
 * Accounts that look like one person: the same normalised phone, or the same full name +
 * birth year + unit, or the same device id (on an attempt or on the account). One flag per
 * shared value; the flag lists every attempt of those accounts in the round.
 */
export function detectDuplicateIdentity(
  attempts: readonly FlagAttempt[],
  users: readonly FlagUser[],
): Flag[] {
  const byKey = new Map<
    string,
    { label: string; users: Set<string>; kind: 'phone' | 'identity' | 'device' }
  >();
  const add = (
    key: string,
    kind: 'phone' | 'identity' | 'device',
    label: string,
    userId: string,
  ) => {
    const entry = byKey.get(key) ?? { label, users: new Set<string>(), kind };
    entry.users.add(userId);
    byKey.set(key, entry);
  };
  for (const user of users) {
    const phone = user.phone ? normalizePhone(user.phone) : null;
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
      kind === 'phone'
        ? `${n} tài khoản dùng chung số điện thoại ${label} (sau khi chuẩn hoá). Mỗi người chỉ được có một tài khoản.`
        : kind === 'identity'
          ? `${n} tài khoản trùng ${label} và cùng đơn vị. Có thể là một người đăng ký nhiều lần, cũng có thể là người trùng tên: cần đối chiếu.`
          : `${n} tài khoản thi trên cùng một thiết bị (mã thiết bị ${label.slice(0, 12)}). Có thể là một người dùng nhiều tài khoản, cũng có thể là người thân hoặc đồng nghiệp mượn điện thoại.`;
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
      },
    });
  }
  return flags;
}

// ---------------------------------------------------------------------------------------------
// shared_network

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

// ---------------------------------------------------------------------------------------------
// second_device

/** "14:05 28/07/2025", Vietnam time (UTC+7, no daylight saving). */
export function formatVietnamTime(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ` +
    `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`
  );
}

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

// ---------------------------------------------------------------------------------------------
// event_flood

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

// ---------------------------------------------------------------------------------------------
// All together

/** Every flag of the round, kinds in the order of `FLAG_KINDS`. */
export function detectFlags(input: FlagInput, options: FlagOptions = {}): Flag[] {
  return [
    ...detectTooFast(input.attempts, options.tooFast),
    ...detectFocusLost(input.attempts, options.focusLost),
    ...detectIdenticalAnswers(input.attempts, options.identicalAnswers),
    ...detectDuplicateIdentity(input.attempts, input.users ?? []),
    ...detectSharedNetwork(input.attempts, options.sharedNetwork),
    ...detectSecondDevice(input.attempts),
    ...detectEventFlood(input.attempts),
  ];
}

/** attemptId → the kinds (each once, in `FLAG_KINDS` order) and one detail per flag. */
export function computeFlags(
  input: FlagInput,
  options: FlagOptions = {},
): Map<string, AttemptFlags> {
  const result = new Map<string, AttemptFlags>();
  for (const flag of detectFlags(input, options)) {
    for (const attemptId of flag.attemptIds) {
      const entry = result.get(attemptId) ?? { kinds: [], details: [], items: [] };
      if (!entry.kinds.includes(flag.kind)) entry.kinds.push(flag.kind);
      entry.details.push(flag.detail);
      entry.items.push({ kind: flag.kind, detail: flag.detail, evidence: flag.evidence });
      result.set(attemptId, entry);
    }
  }
  return result;
}
