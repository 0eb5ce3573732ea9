/** Every judge action the audit log records. */
export const AUDIT_ACTIONS = [
  'results.compute',
  'results.finalize',
  'results.export',
  'attempt.disqualify',
  'attempt.reinstate',
  'participant.disqualify',
  'participant.reinstate',
  'attempt.grade',
  'question.regrade',
  'contest.flag_thresholds',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];
