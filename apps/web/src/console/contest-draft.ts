import { fold, fromVietnamInput, toVietnamInput, VIETNAM_OFFSET_MS } from '../lib/format';
import type { Params } from '../lib/i18n';
import type { ConsoleKey } from './messages';
import type { AdminContest, ContestBody } from '../api/types';

/**
 * The contest form's draft: every field as the inputs hold it (strings for numbers, Vietnam
 * wall-clock times), and the pure conversions draft ⇄ API body. No React here.
 */
export interface RoundDraft {
  id?: string;
  title: string;
  opensAt: string; // datetime-local, Vietnam time
  closesAt: string;
}

export interface RuleDraft {
  bankId: string;
  count: string;
  tags: string;
  difficulty: '' | '1' | '2' | '3';
}

export interface PrizeCountsDraft {
  first: string;
  second: string;
  third: string;
  consolation: string;
}

export interface Draft {
  title: string;
  slug: string;
  theme: string;
  description: string;
  rules: string;
  rounds: RoundDraft[];
  questionCount: string;
  drawRules: RuleDraft[];
  timeLimitMin: string;
  attemptsPerRound: string;
  attemptPolicy: 'best' | 'first' | 'last';
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  displayMode: 'one_per_screen' | 'list';
  minSubmitSeconds: string;
  predictionEnabled: boolean;
  predictionPrompt: string;
  prizes: PrizeCountsDraft;
  maxSharePercent: string;
  prizePoints: PrizeCountsDraft;
  onePrizePerPerson: boolean;
  requireVerifiedEmail: boolean;
  eligibleUnitIds: string[];
  leaderboardPublic: boolean;
  freezeMinutes: string;
  revealAnswers: 'never' | 'after_round';
  /** Fairness settings (docs/fairness.md). */
  predictionAttempt: 'first' | 'counted';
  lockPrediction: boolean;
  requireNationalId: boolean;
  practiceEnabled: boolean;
  practiceBankIds: string[];
  practiceTags: string;
  practiceReveal: 'each' | 'end';
  /** Empty: as many as the official draw. */
  practiceQuestionCount: string;
}

export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/**
 * Next Monday 07:00 → Sunday 21:00, Vietnam time: how union rounds usually run. After an
 * existing round, the new one opens at 07:00 the day after it closes.
 */
export function defaultRound(index: number, after?: RoundDraft, now = Date.now()): RoundDraft {
  let opens: Date;
  if (after?.closesAt) {
    const prevClose = fromVietnamInput(after.closesAt);
    opens = new Date(Date.parse(prevClose ?? new Date(now).toISOString()) + 10 * 3600_000); // 07:00 next day
  } else {
    const vnNow = new Date(now + VIETNAM_OFFSET_MS);
    const daysToMonday = (8 - vnNow.getUTCDay()) % 7 || 7;
    opens = new Date(
      Date.UTC(vnNow.getUTCFullYear(), vnNow.getUTCMonth(), vnNow.getUTCDate() + daysToMonday, 0),
    );
  }
  const closes = new Date(opens.getTime() + 6 * 86400_000 + 14 * 3600_000);
  return {
    title: `Tuần ${index}`,
    opensAt: toVietnamInput(opens.toISOString()),
    closesAt: toVietnamInput(closes.toISOString()),
  };
}

export const emptyRule = (count: string): RuleDraft => ({
  bankId: '',
  count,
  tags: '',
  difficulty: '',
});

/** The draft of a saved contest, or of a new one (with the usual defaults). */
export function toDraft(c?: AdminContest, now = Date.now()): Draft {
  const str = (n: number | undefined, fallback: number) => String(n ?? fallback);
  return {
    title: c?.title ?? '',
    slug: c?.slug ?? '',
    theme: c?.theme ?? '',
    description: c?.description ?? '',
    rules: c?.rules ?? '',
    rounds: c
      ? c.rounds.map((r) => ({
          id: r.id,
          title: r.title,
          opensAt: toVietnamInput(r.opensAt),
          closesAt: toVietnamInput(r.closesAt),
        }))
      : [defaultRound(1, undefined, now)],
    questionCount: str(c?.questionCount, 20),
    drawRules: c?.drawRules?.length
      ? c.drawRules.map((r) => ({
          bankId: r.bankId,
          count: String(r.count),
          tags: (r.tags ?? []).join(', '),
          difficulty: r.difficulty ? (String(r.difficulty) as '1' | '2' | '3') : '',
        }))
      : [emptyRule('20')],
    timeLimitMin: String(Math.round((c?.timeLimitSec ?? 900) / 60)),
    attemptsPerRound: str(c?.attemptsPerRound, 2),
    attemptPolicy: c?.attemptPolicy ?? 'best',
    shuffleQuestions: c?.shuffleQuestions ?? true,
    shuffleOptions: c?.shuffleOptions ?? true,
    displayMode: c?.displayMode ?? 'one_per_screen',
    minSubmitSeconds: str(c?.minSubmitSeconds, 0),
    predictionEnabled: c?.prediction?.enabled ?? true,
    predictionPrompt:
      c?.prediction?.prompt ??
      'Dự đoán có bao nhiêu người trả lời đúng tất cả các câu hỏi của tuần thi này?',
    prizes: {
      first: str(c?.prizes?.first, 1),
      second: str(c?.prizes?.second, 2),
      third: str(c?.prizes?.third, 3),
      consolation: str(c?.prizes?.consolation, 5),
    },
    maxSharePercent: String(Math.round((c?.prizes?.maxShareOfParticipants ?? 0.5) * 100)),
    prizePoints: {
      first: str(c?.prizePoints?.first, 10),
      second: str(c?.prizePoints?.second, 8),
      third: str(c?.prizePoints?.third, 6),
      consolation: str(c?.prizePoints?.consolation, 4),
    },
    onePrizePerPerson: c?.onePrizePerPerson ?? true,
    requireVerifiedEmail: c?.requireVerifiedEmail ?? false,
    eligibleUnitIds: c?.eligibleUnitIds ?? [],
    leaderboardPublic: c?.leaderboard?.public ?? true,
    freezeMinutes: str(c?.leaderboard?.freezeMinutesBeforeClose, 0),
    revealAnswers: c?.revealAnswers ?? 'never',
    predictionAttempt: c?.predictionAttempt ?? 'first',
    lockPrediction: c?.lockPrediction ?? false,
    requireNationalId: c?.requireNationalId ?? false,
    practiceEnabled: c?.practice?.enabled ?? false,
    practiceBankIds: c?.practice?.bankIds ?? [],
    practiceTags: (c?.practice?.tags ?? []).join(', '),
    practiceReveal: c?.practice?.reveal ?? 'each',
    practiceQuestionCount: c?.practice?.questionCount ? String(c.practice.questionCount) : '',
  };
}

const int = (s: string) => Math.round(Number(s) || 0);

const prizeCounts = (p: PrizeCountsDraft) => ({
  first: int(p.first),
  second: int(p.second),
  third: int(p.third),
  consolation: int(p.consolation),
});

/** The body of POST /api/contests and PATCH /api/contests/:id. */
export function toBody(d: Draft): ContestBody {
  return {
    title: d.title.trim(),
    slug: d.slug.trim(),
    theme: d.theme.trim(),
    description: d.description,
    rules: d.rules,
    rounds: d.rounds.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      title: r.title.trim(),
      // draftProblems refuses an empty or invalid time before the form saves.
      opensAt: fromVietnamInput(r.opensAt) as string,
      closesAt: fromVietnamInput(r.closesAt) as string,
    })),
    questionCount: int(d.questionCount),
    drawRules: d.drawRules.map((r) => {
      const tags = r.tags
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      return {
        bankId: r.bankId,
        count: int(r.count),
        ...(tags.length ? { tags } : {}),
        ...(r.difficulty ? { difficulty: Number(r.difficulty) as 1 | 2 | 3 } : {}),
      };
    }),
    timeLimitSec: Math.round((Number(d.timeLimitMin) || 0) * 60),
    attemptsPerRound: int(d.attemptsPerRound),
    attemptPolicy: d.attemptPolicy,
    shuffleQuestions: d.shuffleQuestions,
    shuffleOptions: d.shuffleOptions,
    displayMode: d.displayMode,
    minSubmitSeconds: int(d.minSubmitSeconds),
    prediction: { enabled: d.predictionEnabled, prompt: d.predictionPrompt.trim() },
    prizes: {
      ...prizeCounts(d.prizes),
      maxShareOfParticipants: Math.min(1, Math.max(0, (Number(d.maxSharePercent) || 0) / 100)),
    },
    prizePoints: prizeCounts(d.prizePoints),
    onePrizePerPerson: d.onePrizePerPerson,
    requireVerifiedEmail: d.requireVerifiedEmail,
    ...(d.eligibleUnitIds.length ? { eligibleUnitIds: d.eligibleUnitIds } : {}),
    leaderboard: { public: d.leaderboardPublic, freezeMinutesBeforeClose: int(d.freezeMinutes) },
    revealAnswers: d.revealAnswers,
    predictionAttempt: d.predictionAttempt,
    lockPrediction: d.lockPrediction,
    requireNationalId: d.requireNationalId,
    practice: {
      enabled: d.practiceEnabled,
      bankIds: d.practiceBankIds,
      ...(splitTags(d.practiceTags).length ? { tags: splitTags(d.practiceTags) } : {}),
      reveal: d.practiceReveal,
      ...(int(d.practiceQuestionCount) > 0 ? { questionCount: int(d.practiceQuestionCount) } : {}),
    },
  };
}

function splitTags(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** How many questions the draw rules draw together. */
export function drawTotal(d: Pick<Draft, 'drawRules'>): number {
  return d.drawRules.reduce((sum, r) => sum + (Number(r.count) || 0), 0);
}

export interface DraftProblem {
  key: ConsoleKey;
  params?: Params;
}

/** What the form refuses before asking the server, as message keys in the form's order. */
export function draftProblems(d: Draft): DraftProblem[] {
  const out: DraftProblem[] = [];
  if (d.title.trim().length < 3) out.push({ key: 'form.errTitle' });
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(d.slug)) out.push({ key: 'form.errSlug' });
  if (d.rounds.length === 0) out.push({ key: 'form.errNoRound' });
  d.rounds.forEach((r, i) => {
    const o = fromVietnamInput(r.opensAt);
    const c = fromVietnamInput(r.closesAt);
    if (!r.title.trim() || !o || !c) {
      out.push({ key: 'form.errRoundIncomplete', params: { n: i + 1 } });
    } else if (Date.parse(o) >= Date.parse(c)) {
      out.push({ key: 'form.errRoundOrder', params: { n: i + 1 } });
    }
  });
  if (d.drawRules.some((r) => !r.bankId)) out.push({ key: 'form.errBank' });
  const total = drawTotal(d);
  if (total !== Number(d.questionCount)) {
    out.push({ key: 'form.errDrawTotal', params: { total, count: d.questionCount } });
  }
  if ((Number(d.timeLimitMin) || 0) * 60 < 30) out.push({ key: 'form.errTime' });
  if ((Number(d.attemptsPerRound) || 0) < 1) out.push({ key: 'form.errAttempts' });
  if (d.predictionEnabled && !d.predictionPrompt.trim()) out.push({ key: 'form.errPrediction' });
  if (d.practiceEnabled && d.practiceBankIds.length === 0)
    out.push({ key: 'form.errPracticeBank' });
  // Practice shows the right answers: a bank of the official draw would give them away.
  if (d.practiceEnabled && d.practiceBankIds.some((id) => d.drawRules.some((r) => r.bankId === id)))
    out.push({ key: 'form.errPracticeOfficial' });
  return out;
}
