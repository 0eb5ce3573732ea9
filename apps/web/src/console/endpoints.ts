/**
 * Paths the console uses that API.md does not fix (issues 7 and 8 describe the features but
 * not the routes). Kept in one place so that they follow the backend.
 */
export const consoleEndpoints = {
  /** Attempts per hour and per unit of a round (participation dashboard). */
  participation: (roundId: string) => `/api/rounds/${roundId}/participation`,
  /** Per-question statistics of a contest (one round with `?roundId=`). */
  questionStats: (contestId: string) => `/api/contests/${contestId}/question-stats`,
  /** Essay answers of a round waiting for (or with) a judge's grade. */
  essays: (roundId: string) => `/api/rounds/${roundId}/essays`,
  /** Answer-key regrade of one question: preview, then apply. */
  regradePreview: (questionId: string) => `/api/questions/${questionId}/regrade/preview`,
  regradeApply: (questionId: string) => `/api/questions/${questionId}/regrade/apply`,
  /** The judges' audit log (paginated). */
  audit: '/api/audit',
} as const;
