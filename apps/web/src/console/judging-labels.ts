import { type ConsoleKey, useCT } from './messages';

const FLAG_KINDS = [
  'too_fast',
  'focus_lost',
  'identical_answers',
  'duplicate_identity',
  'shared_network',
  'second_device',
  'event_flood',
] as const;
const EXCLUSIONS = ['disqualified', 'staff', 'unverified_email', 'ineligible_unit', 'already_won'];
const AUDIT_ACTIONS: Record<string, ConsoleKey> = {
  'results.compute': 'audit.compute',
  'results.finalize': 'audit.finalize',
  'results.export': 'audit.export',
  'results.identity_export': 'audit.identityExport',
  'attempt.disqualify': 'audit.disqualify',
  'attempt.reinstate': 'audit.reinstate',
  'participant.disqualify': 'audit.disqualify',
  'participant.reinstate': 'audit.reinstate',
  'attempt.grade': 'audit.grade',
  'question.regrade': 'audit.regrade',
};

/** The judge's words for flag kinds, exclusion reasons and audit actions (unknown ones as is). */
export function useJudgingLabels() {
  const ct = useCT();
  return {
    flag: (kind: string) =>
      (FLAG_KINDS as readonly string[]).includes(kind) ? ct(`flag.${kind}` as ConsoleKey) : kind,
    exclusion: (reason: string) =>
      EXCLUSIONS.includes(reason) ? ct(`exclusion.${reason}` as ConsoleKey) : reason,
    action: (action: string) => (AUDIT_ACTIONS[action] ? ct(AUDIT_ACTIONS[action]) : action),
  };
}

/** Whom a judge's decision is about. */
export type JudgingTarget = { attemptId: string; fullName: string };
