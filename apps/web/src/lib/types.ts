/** Shapes from the HTTP contract (shared/API.md) that the participant screens use. */
export type Role = 'admin' | 'organizer' | 'judge' | 'participant';

export interface User {
  id: string;
  fullName: string;
  email: string;
  phone: string | null;
  roles: Role[];
  unit: { id: string; code?: string; name: string } | null;
  emailVerified: boolean;
  birthYear?: number | null;
}

export interface AuthSession {
  user: User;
  accessToken: string;
  refreshToken: string;
}

export interface Unit {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  kind: string;
  memberCount: number;
}

export type RoundStatus = 'upcoming' | 'open' | 'closed';

export interface Round {
  id: string;
  contestId?: string;
  position?: number;
  title: string;
  opensAt: string;
  closesAt: string;
  status?: RoundStatus;
}

export interface ContestSummary {
  id: string;
  title: string;
  slug: string;
  theme: string;
  description: string;
  status?: 'draft' | 'published' | 'closed';
  rounds: Round[];
  questionCount: number;
  timeLimitSec: number;
  attemptsPerRound: number;
  serverNow?: string;
  /** The short link's code (`/c/<code>`). */
  shortCode?: string;
}

export interface Contest extends ContestSummary {
  rules: string;
  attemptPolicy: 'best' | 'first' | 'last';
  prediction: { enabled: boolean; prompt: string };
  prizes: {
    first: number;
    second: number;
    third: number;
    consolation: number;
    maxShareOfParticipants?: number;
  };
  leaderboard: { public: boolean; freezeMinutesBeforeClose: number };
  displayMode?: 'one_per_screen' | 'list';
  requireVerifiedEmail: boolean;
  /** What the rules page states about the prediction, practice and winners' ID (server-written). */
  ruleNotes?: string[];
  practice?: { enabled: boolean; reveal?: 'each' | 'end' };
  requireNationalId?: boolean;
}

export type QuestionType = 'single' | 'multiple' | 'true_false' | 'short_text' | 'essay';

export interface AttemptQuestion {
  id: string;
  position: number;
  type: QuestionType;
  prompt: string;
  options: Array<{ id: string; text: string }>;
  points?: number;
}

export interface AnswerValue {
  optionIds?: string[];
  text?: string;
}

export interface AttemptResult {
  score: number;
  maxScore: number;
  correctCount: number;
  questionCount: number;
  durationMs: number;
  submittedAt: string;
  autoSubmitted?: boolean;
  pendingEssays?: number;
  prediction?: number | null;
}

export interface Attempt {
  id: string;
  roundId: string;
  contestId?: string;
  attemptNo?: number;
  status: 'in_progress' | 'submitted';
  startedAt: string;
  deadlineAt: string;
  serverNow: string;
  questions: AttemptQuestion[];
  answers: Record<string, AnswerValue & { savedAt?: string }>;
  prediction: { enabled: boolean; prompt: string };
  displayMode?: 'one_per_screen' | 'list';
  result?: AttemptResult;
  receipt?: string;
  /** In progress and bound to another device: offer "move here". */
  boundToOtherDevice?: boolean;
  /** Practice ("Thi thử"): never counted; `roundId` is null. */
  practice?: boolean;
  /** Practice: right answers after each answer, or at the end. */
  reveal?: 'each' | 'end';
  /** Practice: the right answers shown so far, by question id. */
  feedback?: Record<string, PracticeFeedback>;
}

/** The right answer of a practice question (never sent for a counted attempt). */
export interface PracticeFeedback {
  questionId?: string;
  correct: boolean;
  correctOptionIds: string[];
  explanation: string | null;
  acceptedAnswers?: string[];
}

export interface SubmitResult extends AttemptResult {
  id: string;
  status: 'submitted';
  receipt?: string;
}

export interface MyAttempt {
  id: string;
  roundId: string;
  contestId?: string;
  contestTitle?: string;
  roundTitle?: string;
  attemptNo?: number;
  status: 'in_progress' | 'submitted';
  startedAt: string;
  deadlineAt: string;
  result?: AttemptResult;
}

export interface LeaderboardEntry {
  rank: number;
  userId: string;
  displayName: string;
  unitName: string | null;
  score: number;
  correctCount: number;
  durationMs: number;
}

export interface Leaderboard {
  roundId: string;
  frozen: boolean;
  updatedAt: string;
  participants: number;
  attempts: number;
  entries: LeaderboardEntry[];
}

export interface MyRank {
  rank: number | null;
  entry: LeaderboardEntry | null;
}
