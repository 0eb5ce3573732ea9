/**
 * Who may win a prize of a round (issue 7). Pure.
 *
 * The facts are gathered by the caller (database); this function alone decides. When several
 * reasons apply, the first in this order is reported: disqualified, staff, unverified_email,
 * ineligible_unit, already_won.
 */
import { type ExclusionReason } from './prizes';

export interface EligibilityFacts {
  /** All of the person's attempts in the round are disqualified. */
  disqualified: boolean;
  /** Organizer or judge of the contest. */
  staff: boolean;
  emailVerified: boolean;
  /** The person's unit lies in the subtree of one of the contest's eligible units (true when the contest names none). */
  inEligibleUnit: boolean;
  /** The person won a prize in another finalized round of the same contest. */
  wonInFinalizedRound: boolean;
}

export interface EligibilityRules {
  requireVerifiedEmail: boolean;
  onePrizePerPerson: boolean;
}

export function prizeExclusion(
  facts: EligibilityFacts,
  rules: EligibilityRules,
): ExclusionReason | undefined {
  if (facts.disqualified) return 'disqualified';
  if (facts.staff) return 'staff';
  if (rules.requireVerifiedEmail && !facts.emailVerified) return 'unverified_email';
  if (!facts.inEligibleUnit) return 'ineligible_unit';
  if (rules.onePrizePerPerson && facts.wonInFinalizedRound) return 'already_won';
  return undefined;
}
