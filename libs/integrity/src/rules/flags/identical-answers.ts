import { formatChanceVi } from './chance-format';
import { byTimeThenId, distinct, formatDurationVi, formatNumberVi, normalizeText } from './format';
import { answerSheets, type AnswerSheet, type SheetSet } from './answer-sheets';
import type { AnsweredQuestion, Flag, FlagAttempt } from './types';

/**
 * identical_answers, judged by the odds (docs/fairness.md). Pure.
 *
 * For two attempts of different accounts whose answers are identical on every question both
 * answered, the chance that two independent people give those same answers is estimated from the
 * round's own option shares: for each identical wrong answer, the share of the round's other
 * attempts that chose it (Laplace-smoothed over the question's options, the pair itself left out);
 * identical right answers count as no evidence (knowing the answer is not copying). A pair is
 * flagged when the product is below 1 in `oneIn`. A group of `minClusterAccounts` or more accounts
 * with one identical answer sheet is judged the same way, as a group (the chance that the others
 * all match the first). Flagged pairs and groups are merged into connected components.
 *
 * Scale: no all-pairs comparison. Each attempt looks only in the buckets of its own wrong answers
 * (question, answer), rarest first, and stops as soon as the product of its remaining wrong
 * answers can no longer reach the threshold; groups come from bucketing whole answer sheets.
 */
export interface IdenticalAnswersOptions {
  /** Flag when the chance is below 1 in this many. Default 1.000.000. */
  oneIn?: number;
  /** Accounts with one identical answer sheet judged as a group. Default 3. */
  minClusterAccounts?: number;
}

/** A comparable form of an answer; null when nothing was answered. */
export function answerSignature(answer: AnsweredQuestion): string | null {
  const options = distinct(answer.optionIds ?? []).sort();
  if (options.length > 0) return `o:${options.join('\u0001')}`;
  const text = normalizeText(answer.text ?? '');
  return text === '' ? null : `t:${text}`;
}

/** Key of an unordered pair of accounts (for the history of other rounds). */
export function pairKey(userA: string, userB: string): string {
  return userA < userB ? `${userA}|${userB}` : `${userB}|${userA}`;
}

interface Link {
  members: number[];
  log10Chance: number;
  shared: number;
  identicalWrong: number;
}

export function detectIdenticalAnswers(
  attempts: readonly FlagAttempt[],
  options: IdenticalAnswersOptions = {},
  history: ReadonlyMap<string, number> = new Map(),
): Flag[] {
  const log10Threshold = -Math.log10(options.oneIn ?? 1_000_000);
  const minCluster = options.minClusterAccounts ?? 3;
  const set = answerSheets(attempts.slice().sort(byTimeThenId), (a) => answerSignature(a));
  const links = [
    ...pairLinks(set, log10Threshold),
    ...clusterLinks(set, log10Threshold, minCluster),
  ];
  return components(set.sheets, links).map((group) =>
    describe(set, group.members, group.links, attempts.length, history),
  );
}

/** log10 of the chance that `m` independent people all give this answer (m ≥ 2), smoothed. */
function log10Share(set: SheetSet, key: number, question: number, m: number): number {
  const count = set.bucket(key).length;
  const others = set.answered[question] - m;
  return (m - 1) * Math.log10((count - m + 1) / (others + set.choices(question)));
}

function pairLinks(set: SheetSet, log10Threshold: number): Link[] {
  const { sheets } = set;
  const links: Link[] = [];
  const seen = new Int32Array(sheets.length).fill(-1);
  for (let a = 0; a < sheets.length; a++) {
    const sheet = sheets[a];
    // Wrong answers given by someone else too, rarest first, with their pair chance.
    const wrong: Array<{ k: number; key: number; q: number; log: number }> = [];
    for (let k = 0; k < sheet.keys.length; k++) {
      if (!sheet.wrong[k]) continue;
      const key = sheet.keys[k];
      if (set.bucket(key).length < 2) continue;
      wrong.push({
        k,
        key,
        q: sheet.questions[k],
        log: log10Share(set, key, sheet.questions[k], 2),
      });
    }
    wrong.sort((x, y) => x.log - y.log);
    // suffix[j]: the smallest chance a pair whose rarest shared wrong answer is j could reach.
    const suffix = new Float64Array(wrong.length + 1);
    for (let j = wrong.length - 1; j >= 0; j--) suffix[j] = suffix[j + 1] + wrong[j].log;
    set.load(sheet);
    for (let j = 0; j < wrong.length && suffix[j] < log10Threshold; j++) {
      // A pair first matching at j did not answer the rarer questions before it (a different
      // answer there would break the identity): skip j once everybody answered one of them.
      if (j > 0 && set.answered[wrong[j - 1].q] === sheets.length) break;
      for (const b of set.bucket(wrong[j].key)) {
        if (b <= a || seen[b] === a || sheets[b].attempt.userId === sheet.attempt.userId) continue;
        seen[b] = a;
        const compared = set.compareWithLoaded(sheets[b]);
        if (!compared) continue;
        let log = 0;
        for (const k of compared.identicalWrongKeys) {
          log += log10Share(set, k.key, k.question, 2);
        }
        if (log < log10Threshold) {
          links.push({
            members: [a, b],
            log10Chance: log,
            shared: compared.shared,
            identicalWrong: compared.identicalWrongKeys.length,
          });
        }
      }
    }
    set.unload(sheet);
  }
  return links;
}

function clusterLinks(set: SheetSet, log10Threshold: number, minAccounts: number): Link[] {
  const links: Link[] = [];
  for (const members of set.identicalSheets()) {
    const accounts = new Set(members.map((i) => set.sheets[i].attempt.userId));
    if (accounts.size < minAccounts) continue;
    const first: AnswerSheet = set.sheets[members[0]];
    let log = 0;
    let identicalWrong = 0;
    for (let k = 0; k < first.keys.length; k++) {
      if (!first.wrong[k]) continue;
      identicalWrong += 1;
      log += log10Share(set, first.keys[k], first.questions[k], members.length);
    }
    if (log < log10Threshold) {
      links.push({ members, log10Chance: log, shared: first.keys.length, identicalWrong });
    }
  }
  return links;
}

function components(
  sheets: readonly AnswerSheet[],
  links: Link[],
): Array<{ members: number[]; links: Link[] }> {
  const parent = sheets.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (const link of links) {
    for (const m of link.members.slice(1)) {
      const r1 = find(link.members[0]);
      const r2 = find(m);
      if (r1 !== r2) parent[Math.max(r1, r2)] = Math.min(r1, r2);
    }
  }
  const groups = new Map<number, { members: Set<number>; links: Link[] }>();
  for (const link of links) {
    const root = find(link.members[0]);
    const group = groups.get(root) ?? { members: new Set<number>(), links: [] };
    link.members.forEach((m) => group.members.add(m));
    group.links.push(link);
    groups.set(root, group);
  }
  return [...groups.values()]
    .map((g) => ({ members: [...g.members].sort((x, y) => x - y), links: g.links }))
    .sort((x, y) => x.members[0] - y.members[0]);
}

function describe(
  set: SheetSet,
  memberIdx: number[],
  links: Link[],
  roundAttempts: number,
  history: ReadonlyMap<string, number>,
): Flag {
  const members = memberIdx.map((i) => set.sheets[i].attempt);
  const userIds = distinct(members.map((m) => m.userId));
  const strongest = links.reduce((x, y) => (y.log10Chance < x.log10Chance ? y : x));
  const times = members.map((m) => m.submittedAt.getTime());
  const spanMs = Math.max(...times) - Math.min(...times);
  const ips = distinct(members.map((m) => m.ip ?? '').filter(Boolean));
  const sameIp = ips.length === 1 && members.every((m) => m.ip);
  const devices = distinct(members.map((m) => m.deviceId ?? '').filter(Boolean));
  const sameDevice = devices.length === 1 && members.every((m) => m.deviceId);
  let otherRounds = 0;
  for (let i = 0; i < userIds.length; i++) {
    for (let j = i + 1; j < userIds.length; j++) {
      otherRounds = Math.max(otherRounds, history.get(pairKey(userIds[i], userIds[j])) ?? 0);
    }
  }
  // Pairs of the round: the number of chance matches this strong one would expect among them.
  const roundPairs = (roundAttempts * (roundAttempts - 1)) / 2;
  const expected = roundPairs * 10 ** strongest.log10Chance;
  const who =
    userIds.length === 2
      ? '2 tài khoản'
      : `${formatNumberVi(userIds.length, 0)} tài khoản (${formatNumberVi(members.length, 0)} lượt thi)`;
  const timing =
    members.length === 2
      ? `nộp bài cách nhau ${formatDurationVi(spanMs)}`
      : `nộp bài trong vòng ${formatDurationVi(spanMs)}`;
  const network = [
    sameIp ? `cùng mạng (IP ${ips[0]})` : '',
    sameDevice ? 'cùng một thiết bị' : '',
  ].filter(Boolean);
  const repeated =
    otherRounds > 0
      ? ` Các tài khoản này cũng bị đánh dấu đáp án trùng ở ${formatNumberVi(otherRounds, 0)} tuần thi khác của cuộc thi, làm dấu hiệu mạnh thêm.`
      : '';
  const detail =
    `${who} có đáp án giống hệt nhau trên ${formatNumberVi(strongest.shared, 0)} câu chung: ` +
    `${formatNumberVi(strongest.identicalWrong, 0)} câu sai giống hệt nhau; khả năng trùng ngẫu nhiên ` +
    `khoảng ${formatChanceVi(strongest.log10Chance)}` +
    `${members.length > 2 && strongest.members.length > 2 ? ' (cả nhóm cùng một bộ đáp án)' : ''}` +
    ` (ước tính theo tỷ lệ chọn đáp án của tuần thi, coi như mỗi người làm bài độc lập; câu đúng ` +
    `giống nhau không được tính là dấu hiệu). ${capitalize(timing)}` +
    `${network.length ? `, ${network.join(', ')}` : ''}.${repeated}`;
  return {
    kind: 'identical_answers',
    attemptIds: members.map((m) => m.attemptId),
    userIds,
    detail,
    evidence: {
      attempts: members.length,
      accounts: userIds.length,
      links: links.length,
      sharedQuestions: strongest.shared,
      identicalWrong: strongest.identicalWrong,
      log10Chance: Math.round(strongest.log10Chance * 100) / 100,
      oneIn: strongest.log10Chance < -15 ? null : Math.round(10 ** -strongest.log10Chance),
      expectedByChanceInRound: Number(expected.toPrecision(2)),
      spanMs,
      sameIp: sameIp ? 1 : 0,
      sameDevice: sameDevice ? 1 : 0,
      otherRounds,
    },
  };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
