/** Every judge action the audit log records. */
export const AUDIT_ACTIONS = [
  'results.compute',
  'results.finalize',
  'results.export',
  // The winners' identity list (CCCD in full for administrators, masked for judges).
  'results.identity_export',
  'attempt.disqualify',
  'attempt.reinstate',
  'participant.disqualify',
  'participant.reinstate',
  'attempt.grade',
  'question.regrade',
  'contest.flag_thresholds',
  // Written by the question bank (BankAccessService): an edit of a question a running contest draws.
  'question.edit',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
