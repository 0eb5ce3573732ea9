import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { RoundEntity } from './round.entity';

export type ContestStatus = 'draft' | 'published';
export type AttemptPolicy = 'best' | 'first' | 'last';
export type RevealAnswers = 'never' | 'after_round';
export type DisplayMode = 'one_per_screen' | 'list';

export interface DrawRule {
  bankId: string;
  count: number;
  tags?: string[];
  difficulty?: 1 | 2 | 3;
}

export interface PredictionSettings {
  enabled: boolean;
  prompt: string;
}

export interface PrizeSettings {
  first: number;
  second: number;
  third: number;
  consolation: number;
  maxShareOfParticipants: number;
}

export interface PrizePoints {
  first: number;
  second: number;
  third: number;
  consolation: number;
}

/** Which attempt's prediction the tie-break uses (docs/fairness.md). */
export type PredictionAttempt = 'first' | 'counted';

/** Practice ("Thi thử"): unscored attempts drawn from banks that the official rounds never use. */
export interface PracticeSettings {
  enabled: boolean;
  bankIds: string[];
  tags?: string[];
  /** When the right answer and explanation are shown: after each answer (default) or at the end. */
  reveal?: PracticeReveal;
  /** Questions per practice attempt (default: the official draw's count, at most the pool). */
  questionCount?: number;
}

export type PracticeReveal = 'each' | 'end';

/** Per-contest thresholds of the anomaly detectors; absent fields use the defaults. */
export interface FlagThresholds {
  tooFastSecondsPerQuestion?: number;
  focusLostLeaves?: number;
  focusLostHiddenSeconds?: number;
  /** identical_answers: flag when the chance of the match is below 1 in this many. */
  identicalAnswersOneIn?: number;
  sharedNetworkAccounts?: number;
}

export interface LeaderboardSettings {
  public: boolean;
  freezeMinutesBeforeClose: number;
}

@Entity('contests')
export class ContestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  @Index('uq_contests_slug', { unique: true })
  @Column({ type: 'text' })
  slug: string;

  /** Short link code (`/c/<code>`), set by the database (see `libs/sharing` short-code rule). */
  @Index('uq_contests_short_code', { unique: true })
  @Column({ type: 'text', default: () => 'hoithi_short_code()', update: false })
  shortCode: string;

  @Column({ type: 'text', default: '' })
  theme: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', default: '' })
  rules: string;

  @Column({ type: 'text', default: 'draft' })
  status: ContestStatus;

  @Column({ type: 'int' })
  questionCount: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  drawRules: DrawRule[];

  @Column({ type: 'int' })
  timeLimitSec: number;

  @Column({ type: 'int', default: 1 })
  attemptsPerRound: number;

  @Column({ type: 'text', default: 'best' })
  attemptPolicy: AttemptPolicy;

  @Column({ type: 'boolean', default: true })
  shuffleQuestions: boolean;

  @Column({ type: 'boolean', default: true })
  shuffleOptions: boolean;

  @Column({ type: 'jsonb' })
  prediction: PredictionSettings;

  @Column({ type: 'jsonb' })
  prizes: PrizeSettings;

  @Column({ type: 'jsonb' })
  prizePoints: PrizePoints;

  @Column({ type: 'boolean', default: true })
  onePrizePerPerson: boolean;

  @Column({ type: 'boolean', default: false })
  requireVerifiedEmail: boolean;

  @Column({ type: 'uuid', array: true, nullable: true })
  eligibleUnitIds: string[] | null;

  @Column({ type: 'jsonb' })
  leaderboard: LeaderboardSettings;

  @Column({ type: 'text', default: 'never' })
  revealAnswers: RevealAnswers;

  @Column({ type: 'text', default: 'one_per_screen' })
  displayMode: DisplayMode;

  /** Server-side floor on the time between start and submit (anti-script), in seconds. */
  @Column({ type: 'int', default: 0 })
  minSubmitSeconds: number;

  @Column({ type: 'text', default: 'first' })
  predictionAttempt: PredictionAttempt;

  /** Once a person has given a prediction in a round, later attempts keep it. */
  @Column({ type: 'boolean', default: false })
  lockPrediction: boolean;

  @Column({ type: 'jsonb', default: () => `'{"enabled":false,"bankIds":[]}'` })
  practice: PracticeSettings;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  flagThresholds: FlagThresholds;

  /** Winners must confirm a national ID (CCCD) before their prize is final. */
  @Column({ type: 'boolean', default: false })
  requireNationalId: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @OneToMany(() => RoundEntity, (round) => round.contest)
  rounds?: RoundEntity[];
}
