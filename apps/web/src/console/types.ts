import type { FlagThresholds } from './flag-thresholds';
import type { Contest, QuestionType } from '../lib/types';

export interface Bank {
  id: string;
  title: string;
  theme: string;
  description: string;
  questionCount: number;
  toneInsensitive?: boolean;
  updatedAt?: string;
}

export interface OptionInput {
  id?: string;
  text: string;
  correct: boolean;
}

export interface QuestionInput {
  type: QuestionType;
  prompt: string;
  options?: OptionInput[];
  acceptedAnswers?: string[];
  /** null (edits only): remove the explanation. */
  explanation?: string | null;
  tags?: string[];
  difficulty?: 1 | 2 | 3;
  points?: number;
}

/** What the editor can start from: a saved question, an import item, or nothing. */
export type EditableQuestion = Partial<Omit<QuestionInput, 'acceptedAnswers'>> & {
  acceptedAnswers?: string[] | null;
};

export interface Question {
  type: QuestionType;
  prompt: string;
  id: string;
  bankId: string;
  status: 'active' | 'archived';
  version: number;
  options: OptionInput[];
  acceptedAnswers: string[] | null;
  explanation: string | null;
  tags: string[];
  difficulty: 1 | 2 | 3;
  points: number;
  updatedAt: string;
}

export interface ImportRowError {
  row: number;
  message: string;
}

export interface ImportResult {
  created: number;
  wouldCreate?: number;
  errors: ImportRowError[];
}

export interface PreviewItem extends QuestionInput {
  index: number;
  options: OptionInput[];
  reasons: string[];
  warnings: string[];
}

export interface PreviewImport {
  id: string;
  format: string;
  items: PreviewItem[];
  /** Problems of the file, or of blocks that gave no question (row/line/paragraph). */
  errors?: { row?: number; message: string }[];
  /** "390 câu, 385 có đáp án, 5 cần kiểm tra" (the server's count, in Vietnamese). */
  summary?: { questions: number; withAnswer: number; needsReview: number; text: string };
}

export interface DrawRule {
  bankId: string;
  count: number;
  tags?: string[];
  difficulty?: 1 | 2 | 3;
}

export interface AdminContest extends Contest {
  drawRules?: DrawRule[];
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  prizePoints?: { first: number; second: number; third: number; consolation: number };
  onePrizePerPerson: boolean;
  eligibleUnitIds: string[] | null;
  revealAnswers: 'never' | 'after_round';
  minSubmitSeconds?: number;
  publishedAt?: string | null;
  predictionAttempt?: 'first' | 'counted';
  lockPrediction?: boolean;
  practice?: {
    enabled: boolean;
    bankIds?: string[];
    tags?: string[];
    reveal?: 'each' | 'end';
    questionCount?: number;
  };
}

export type Prize = 'first' | 'second' | 'third' | 'consolation';

export interface ResultEntry {
  /** null for a disqualified person (listed last). */
  rank: number | null;
  userId: string;
  fullName: string;
  email: string;
  phone: string | null;
  unitName: string | null;
  attemptId: string;
  score: number;
  correctCount: number;
  prediction: number | null;
  predictionError: number | null;
  durationMs: number;
  submittedAt: string;
  prize: Prize | null;
  flags: string[];
  maxScore?: number;
  questionCount?: number;
  excludedReason?: string | null;
  disqualified?: boolean;
  disqualifiedReason?: string | null;
  pendingEssays?: number;
}

export interface Results {
  roundId: string;
  perfectCount: number;
  entries: ResultEntry[];
  contestId?: string;
  participants?: number;
  prizeCap?: number;
  predictionEnabled?: boolean;
  finalizedAt?: string | null;
  computedAt?: string;
}

export interface RoundFlag {
  attemptId: string;
  userId: string;
  fullName: string;
  kinds: string[];
  detail: string;
  details?: string[];
  /** The contest's detector thresholds in force (shown next to each flag). */
  thresholds?: FlagThresholds;
}

export interface UnitRankingEntry {
  unitId: string;
  unitName: string;
  participants: number;
  memberCount: number;
  participationRate: number | null;
  prizePoints: number;
}
