/**
 * Every API path the web app calls, in one place. Each is checked against the routes of the
 * generated OpenAPI types (`schema.d.ts`): a route renamed or removed in apps/api breaks the web
 * build here, not at run time.
 */
import type { paths } from './schema';

type Route = Extract<keyof paths, string>;
/** The `{name}` placeholders of a route. */
type Params<P extends string> = P extends `${string}{${infer K}}${infer Rest}`
  ? K | Params<Rest>
  : never;

/** Fills a route's placeholders (each value URI-encoded). */
function route<P extends Route>(path: P, params?: Record<Params<P>, string | number>): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String((params as Record<string, string | number>)[name])),
  );
}

export const endpoints = {
  // Sign-in and the caller
  login: route('/api/auth/login'),
  register: route('/api/auth/register'),
  signInLink: route('/api/auth/sign-in-link'),
  refresh: route('/api/auth/refresh'),
  logout: route('/api/auth/logout'),
  verifyEmail: route('/api/auth/verify-email'),
  resendVerification: route('/api/auth/resend-verification'),
  forgotPassword: route('/api/auth/forgot-password'),
  resetPassword: route('/api/auth/reset-password'),
  me: route('/api/me'),
  myAttempts: route('/api/me/attempts'),
  units: route('/api/units'),
  adminUsers: route('/api/admin/users'),
  adminUser: (id: string) => route('/api/admin/users/{id}', { id }),

  // Contests
  contests: route('/api/contests'),
  /** GET by id or slug. */
  contest: (idOrSlug: string) => route('/api/contests/{idOrSlug}', { idOrSlug }),
  /** PATCH. */
  updateContest: (id: string) => route('/api/contests/{id}', { id }),
  publishContest: (id: string) => route('/api/contests/{id}/publish', { id }),
  unitRanking: (id: string) => route('/api/contests/{id}/units/ranking', { id }),
  /** Per-question statistics of a contest (one round with `?roundId=`). */
  questionStats: (id: string) => route('/api/contests/{id}/question-stats', { id }),

  shareKit: (id: string) => route('/api/contests/{id}/share-kit', { id }),
  /** Visits, people and participants per channel (?src=). */
  sources: (id: string) => route('/api/contests/{id}/sources', { id }),
  /** Records the channel (?src=) a person came by. */
  source: (id: string) => route('/api/contests/{id}/source', { id }),
  reminder: (id: string) => route('/api/contests/{id}/reminder', { id }),

  /** Starts (or resumes) a practice attempt ("Thi thử"). */
  practice: (id: string) => route('/api/contests/{id}/practice', { id }),
  /** The winners' national IDs (full for administrators, masked for judges). */
  winnersIdentity: (id: string) => route('/api/contests/{id}/winners/identity.csv', { id }),

  /** Participation report of a contest's units (`?unitId=&roundId=`). */
  participationReport: (id: string) => route('/api/contests/{id}/participation', { id }),
  participationReportLinks: (id: string) =>
    route('/api/contests/{id}/participation/export-links', { id }),
  certificateTemplate: (id: string) => route('/api/contests/{id}/certificate-template', { id }),
  certificateTemplateImage: (id: string, kind: string) =>
    route('/api/contests/{id}/certificate-template/images/{kind}', { id, kind }),
  certificateTemplatePreview: (id: string) =>
    route('/api/contests/{id}/certificate-template/preview.pdf', { id }),

  // Rounds
  startAttempt: (roundId: string) => route('/api/rounds/{roundId}/attempts', { roundId }),
  leaderboard: (roundId: string) => route('/api/rounds/{roundId}/leaderboard', { roundId }),
  myRank: (roundId: string) => route('/api/rounds/{roundId}/leaderboard/me', { roundId }),
  flags: (roundId: string) => route('/api/rounds/{roundId}/flags', { roundId }),
  results: (roundId: string) => route('/api/rounds/{roundId}/results', { roundId }),
  computeResults: (roundId: string) => route('/api/rounds/{roundId}/results/compute', { roundId }),
  finalizeResults: (roundId: string) =>
    route('/api/rounds/{roundId}/results/finalize', { roundId }),
  exportResults: (roundId: string) => route('/api/rounds/{roundId}/results/export', { roundId }),
  publicResults: (roundId: string) => route('/api/rounds/{roundId}/results/public', { roundId }),
  /** Attempts per hour and per unit of a round (participation dashboard). */
  participation: (roundId: string) => route('/api/rounds/{roundId}/participation', { roundId }),
  /** Essay answers of a round waiting for (or with) a judge's grade. */
  essays: (roundId: string) => route('/api/rounds/{roundId}/essays', { roundId }),

  // Attempts
  attempt: (id: string) => route('/api/attempts/{id}', { id }),
  answer: (id: string, questionId: string) =>
    route('/api/attempts/{id}/answers/{questionId}', { id, questionId }),
  submit: (id: string) => route('/api/attempts/{id}/submit', { id }),
  moveHere: (id: string) => route('/api/attempts/{id}/move-here', { id }),
  integrityEvents: (id: string) => route('/api/attempts/{id}/events', { id }),
  disqualify: (id: string) => route('/api/attempts/{id}/disqualify', { id }),
  reinstate: (id: string) => route('/api/attempts/{id}/reinstate', { id }),
  grade: (id: string, questionId: string) =>
    route('/api/attempts/{id}/grades/{questionId}', { id, questionId }),
  verifyReceipt: route('/api/receipts/verify'),
  /** The caller's public page of a result: GET, POST to share, DELETE to withdraw. */
  share: (id: string) => route('/api/attempts/{id}/share', { id }),
  sharedResult: (code: string) => route('/api/shared-results/{code}', { code }),

  // Question banks
  banks: route('/api/banks'),
  bank: (bankId: string) => route('/api/banks/{bankId}', { bankId }),
  bankQuestions: (bankId: string) => route('/api/banks/{bankId}/questions', { bankId }),
  bankExport: (bankId: string) => route('/api/banks/{bankId}/export', { bankId }),
  bankImport: (bankId: string) => route('/api/banks/{bankId}/import', { bankId }),
  importTemplate: route('/api/banks/import-template.xlsx'),
  imports: (bankId: string) => route('/api/banks/{bankId}/imports', { bankId }),
  importPreview: (bankId: string, id: string) =>
    route('/api/banks/{bankId}/imports/{id}', { bankId, id }),
  importItem: (bankId: string, id: string, index: number) =>
    route('/api/banks/{bankId}/imports/{id}/items/{index}', { bankId, id, index }),
  importConfirm: (bankId: string, id: string) =>
    route('/api/banks/{bankId}/imports/{id}/confirm', { bankId, id }),
  bankAccess: (bankId: string) => route('/api/banks/{bankId}/access', { bankId }),
  bankEditors: (bankId: string) => route('/api/banks/{bankId}/editors', { bankId }),
  bankEditor: (bankId: string, userId: string) =>
    route('/api/banks/{bankId}/editors/{userId}', { bankId, userId }),
  question: (id: string) => route('/api/questions/{id}', { id }),
  /** Answer-key regrade of one question: preview, then apply. */
  regradePreview: (id: string) => route('/api/questions/{id}/regrade/preview', { id }),
  regradeApply: (id: string) => route('/api/questions/{id}/regrade/apply', { id }),

  /** The judges' audit log (paginated). */
  audit: route('/api/audit'),
  certificate: (code: string) => route('/api/certificates/{code}', { code }),
} as const;
