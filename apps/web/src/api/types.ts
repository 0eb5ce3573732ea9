/**
 * The API's shapes under the names the screens use. Every one comes from the generated
 * `schema.d.ts` (`npm run api:types`, from the DTOs in libs/): a changed DTO changes these types,
 * and the web build reports each screen it breaks.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

// Accounts and units
export type User = Schemas['UserDto'];
/** An account as `GET /api/admin/users` lists it (administrators only: phones included). */
export type AdminUser = User;
export type Role = User['roles'][number];
export type AuthSession = Schemas['AuthSessionDto'];
export type Unit = Schemas['UnitDto'];

// Contests
export type Round = Schemas['RoundDto'];
export type RoundStatus = Round['status'];
export type ContestSummary = Schemas['ContestSummaryDto'];
/** A contest as the API returns it; drawRules and the practice pool only for its staff. */
export type Contest = Schemas['ContestDto'];
export type AdminContest = Contest;
/** What the contest form sends (POST /api/contests; PATCH takes the same fields). */
export type ContestBody = Schemas['CreateContestDto'];
export type DrawRule = Schemas['DrawRuleDto'];
export type Prize = NonNullable<Schemas['ResultEntryDto']['prize']>;

// Attempts
export type QuestionType = Schemas['AttemptQuestionDto']['type'];
export type AttemptQuestion = Schemas['AttemptQuestionDto'];
export type AnswerValue = Schemas['SaveAnswerDto'];
export type AttemptResult = Schemas['AttemptResultDto'];
/** The right answer of a practice question (never sent for a counted attempt). */
export type PracticeFeedback = Schemas['PracticeFeedbackDto'];
/**
 * An attempt as GET /api/attempts/:id returns it. The same routes serve practice attempts
 * ("Thi thử": `practice: true`, never counted), which add when and which right answers show.
 */
export type Attempt = Schemas['AttemptDto'] &
  Partial<Pick<Schemas['PracticeAttemptDto'], 'practice' | 'reveal' | 'feedback'>>;
export type PracticeSaveResult = Schemas['PracticeSaveResultDto'];
export type SubmitResult = Schemas['SubmitResultDto'];
export type SaveAnswerResult = Schemas['SaveAnswerResultDto'];
export type MyAttempt = Schemas['MyAttemptDto'];
export type ReceiptCheck = Schemas['VerifyReceiptResultDto'];

// Leaderboards
export type LeaderboardEntry = Schemas['LeaderboardEntryDto'];
export type Leaderboard = Schemas['LeaderboardDto'];
export type MyRank = Schemas['MyRankDto'];

// Question banks and imports
export type Bank = Schemas['BankDto'];
export type OptionInput = Schemas['OptionInputDto'];
/** A question's fields as sent; on an edit `explanation: null` removes the explanation. */
export type QuestionInput = Schemas['QuestionInputDto'];
export type Question = Schemas['QuestionDto'];
export type BankAccess = Schemas['BankAccessDto'];
export type BankEditor = Schemas['BankEditorDto'];
export type ImportRowError = Schemas['ImportRowErrorDto'];
export type ImportResult = Schemas['ImportResultDto'];
export type PreviewItem = Schemas['ImportPreviewItemDto'];
export type PreviewImport = Schemas['ImportPreviewDto'];

// Judging, fairness, statistics
export type ResultEntry = Schemas['ResultEntryDto'];
export type Results = Schemas['RoundResultsDto'];
export type RoundFlag = Schemas['RoundFlagDto'];
export type UnitRankingEntry = Schemas['UnitRankingEntryDto'];
export type AuditEntry = Schemas['AuditEntryDto'];
export type AuditPage = Schemas['AuditPageDto'];
export type Participation = Schemas['ParticipationDto'];
export type Essay = Schemas['EssayAnswerDto'];
export type QuestionStat = Schemas['QuestionStatsItemDto'];
export type QuestionStats = Schemas['QuestionStatsDto'];
export type RegradeResult = Schemas['RegradeResultDto'];

// Sharing
export type ShareKit = Schemas['ShareKitDto'];
export type SourceCounts = Schemas['SourceCountsDto'];
export type ResultShare = Schemas['ResultShareDto'];
export type SharedResult = Schemas['SharedResultDto'];
export type ReminderStatus = Schemas['ReminderStatusDto'];

// Public pages
export type CertificateVerification = Schemas['CertificateVerificationDto'];
export type PublicResults = Schemas['PublicRoundResultsDto'];
