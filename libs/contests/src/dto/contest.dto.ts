import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { roundStatus, type RoundStatus } from '../rules/contest-settings';
import type { ContestEntity, DrawRule, FlagThresholds } from '../entities/contest.entity';
import { fairnessRuleNotes } from '../rules/fairness-settings';
import { effectiveFlagThresholds } from '../rules/flag-thresholds';
import type { RoundEntity } from '../entities/round.entity';
import {
  DrawRuleDto,
  LeaderboardSettingsDto,
  PredictionDto,
  PrizePointsDto,
  PrizesDto,
} from './contest-input.dto';

export class RoundDto {
  @ApiProperty() id: string;
  @ApiProperty() contestId: string;
  @ApiProperty() position: number;
  @ApiProperty() title: string;
  @ApiProperty() opensAt: string;
  @ApiProperty() closesAt: string;
  @ApiProperty({ enum: ['upcoming', 'open', 'closed'] }) status: RoundStatus;

  static from(round: RoundEntity, now: Date): RoundDto {
    return {
      id: round.id,
      contestId: round.contestId,
      position: round.position,
      title: round.title,
      opensAt: round.opensAt.toISOString(),
      closesAt: round.closesAt.toISOString(),
      status: roundStatus(round, now),
    };
  }
}

/** What a contest's practice settings show: the pool (bankIds, tags) only to its staff. */
export class PracticeViewDto {
  @ApiProperty() enabled: boolean;
  @ApiPropertyOptional({ type: [String] }) bankIds?: string[];
  @ApiPropertyOptional({ type: [String] }) tags?: string[];
  @ApiPropertyOptional({ enum: ['each', 'end'] }) reveal?: 'each' | 'end';
  @ApiPropertyOptional() questionCount?: number;
}

/** The detectors' thresholds in force for a contest (defaults filled in; docs/fairness.md). */
export class FlagThresholdsViewDto implements Required<FlagThresholds> {
  @ApiProperty() tooFastSecondsPerQuestion: number;
  @ApiProperty() focusLostLeaves: number;
  @ApiProperty() focusLostHiddenSeconds: number;
  @ApiProperty() identicalAnswersOneIn: number;
  @ApiProperty() sharedNetworkAccounts: number;
}

export class ContestSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() slug: string;
  @ApiProperty({ description: 'Short link code: GET /c/:shortCode redirects to the contest' })
  shortCode: string;
  @ApiProperty() theme: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ['draft', 'published', 'closed'] }) status: 'draft' | 'published' | 'closed';
  @ApiProperty({ type: [RoundDto] }) rounds: RoundDto[];
  @ApiProperty() questionCount: number;
  @ApiProperty() timeLimitSec: number;
  @ApiProperty() attemptsPerRound: number;
  @ApiProperty({ example: 'Asia/Ho_Chi_Minh' }) timeZone: string;
  @ApiProperty() serverNow: string;
}

export class ContestDto extends ContestSummaryDto {
  @ApiProperty() rules: string;
  @ApiProperty({ enum: ['best', 'first', 'last'] }) attemptPolicy: 'best' | 'first' | 'last';
  @ApiProperty() shuffleQuestions: boolean;
  @ApiProperty() shuffleOptions: boolean;
  @ApiProperty({ type: PredictionDto }) prediction: { enabled: boolean; prompt: string };
  @ApiProperty({ type: PrizesDto }) prizes: {
    first: number;
    second: number;
    third: number;
    consolation: number;
    maxShareOfParticipants: number;
  };
  @ApiProperty({ type: PrizePointsDto }) prizePoints: {
    first: number;
    second: number;
    third: number;
    consolation: number;
  };
  @ApiProperty() onePrizePerPerson: boolean;
  @ApiProperty() requireVerifiedEmail: boolean;
  @ApiPropertyOptional({ type: [String], nullable: true }) eligibleUnitIds: string[] | null;
  @ApiProperty({ type: LeaderboardSettingsDto }) leaderboard: {
    public: boolean;
    freezeMinutesBeforeClose: number;
  };
  @ApiProperty({ enum: ['never', 'after_round'] }) revealAnswers: 'never' | 'after_round';
  @ApiProperty({ enum: ['one_per_screen', 'list'] }) displayMode: 'one_per_screen' | 'list';
  @ApiProperty() minSubmitSeconds: number;
  @ApiProperty({ enum: ['first', 'counted'] }) predictionAttempt: 'first' | 'counted';
  @ApiProperty() lockPrediction: boolean;
  @ApiProperty({
    type: PracticeViewDto,
    description: 'bankIds and tags only for the contest staff and admins',
  })
  practice: {
    enabled: boolean;
    bankIds?: string[];
    tags?: string[];
    reveal?: 'each' | 'end';
    questionCount?: number;
  };
  @ApiProperty({
    type: FlagThresholdsViewDto,
    description: 'The thresholds in force (defaults filled in)',
  })
  flagThresholds: Required<FlagThresholds>;
  @ApiProperty() requireNationalId: boolean;
  @ApiProperty({
    type: [String],
    description: 'What the rules page states about prediction, practice and winner identity',
  })
  ruleNotes: string[];
  @ApiPropertyOptional({
    type: [DrawRuleDto],
    description: 'Only for the contest staff and admins',
  })
  drawRules?: DrawRule[];
  @ApiPropertyOptional({ type: String, nullable: true }) publishedAt: string | null;
}

export class ContestPageDto {
  @ApiProperty({ type: [ContestSummaryDto] }) items: ContestSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export function contestStatus(
  contest: ContestEntity,
  rounds: RoundEntity[],
  now: Date,
): 'draft' | 'published' | 'closed' {
  if (contest.status === 'draft') return 'draft';
  const lastClose = Math.max(...rounds.map((r) => r.closesAt.getTime()));
  return rounds.length > 0 && now.getTime() >= lastClose ? 'closed' : 'published';
}

export function toContestSummary(
  contest: ContestEntity,
  rounds: RoundEntity[],
  now: Date,
): ContestSummaryDto {
  const sorted = [...rounds].sort((a, b) => a.position - b.position);
  return {
    id: contest.id,
    title: contest.title,
    slug: contest.slug,
    shortCode: contest.shortCode,
    theme: contest.theme,
    description: contest.description,
    status: contestStatus(contest, sorted, now),
    rounds: sorted.map((r) => RoundDto.from(r, now)),
    questionCount: contest.questionCount,
    timeLimitSec: contest.timeLimitSec,
    attemptsPerRound: contest.attemptsPerRound,
    timeZone: 'Asia/Ho_Chi_Minh',
    serverNow: now.toISOString(),
  };
}

export function toContestDto(
  contest: ContestEntity,
  rounds: RoundEntity[],
  now: Date,
  staffView: boolean,
): ContestDto {
  return {
    ...toContestSummary(contest, rounds, now),
    rules: contest.rules,
    attemptPolicy: contest.attemptPolicy,
    shuffleQuestions: contest.shuffleQuestions,
    shuffleOptions: contest.shuffleOptions,
    prediction: contest.prediction,
    prizes: contest.prizes,
    prizePoints: contest.prizePoints,
    onePrizePerPerson: contest.onePrizePerPerson,
    requireVerifiedEmail: contest.requireVerifiedEmail,
    eligibleUnitIds: contest.eligibleUnitIds,
    leaderboard: contest.leaderboard,
    revealAnswers: contest.revealAnswers,
    displayMode: contest.displayMode,
    minSubmitSeconds: contest.minSubmitSeconds,
    predictionAttempt: contest.predictionAttempt,
    lockPrediction: contest.lockPrediction,
    practice: staffView
      ? contest.practice
      : { enabled: contest.practice.enabled, reveal: contest.practice.reveal ?? 'each' },
    flagThresholds: effectiveFlagThresholds(contest.flagThresholds),
    requireNationalId: contest.requireNationalId,
    ruleNotes: fairnessRuleNotes(contest),
    ...(staffView ? { drawRules: contest.drawRules } : {}),
    publishedAt: contest.publishedAt?.toISOString() ?? null,
  };
}
