/**
 * Who may win a prize of a round (issue 7). Pure.
 *
 * The facts are gathered by the caller (database); this function alone decides. When several
 * reasons apply, the first in this order is reported: disqualified, staff, unverified_email,
 * unconfirmed_national_id, ineligible_unit, already_won.
 */
import { type ExclusionReason } from './prizes';

export interface EligibilityFacts {
  /** All of the person's attempts in the round are disqualified. */
  disqualified: boolean;
  /** Organizer or judge of the contest. */
  staff: boolean;
  emailVerified: boolean;
  /** The person confirmed a well-formed national ID (CCCD). */
  nationalIdConfirmed?: boolean;
  /** The person's unit lies in the subtree of one of the contest's eligible units (true when the contest names none). */
  inEligibleUnit: boolean;
  /**
   * The person won a prize in another finalized round of the same contest (under this account or
   * another one with the same confirmed national ID).
   */
  wonInFinalizedRound: boolean;
}

export interface EligibilityRules {
  requireVerifiedEmail: boolean;
  onePrizePerPerson: boolean;
  /** Winners must have confirmed a national ID; a winner without one is held back. */
  requireNationalId?: boolean;
}

/** The rules of a contest's settings. */
export function eligibilityRulesOf(contest: EligibilityRules): EligibilityRules {
  return {
    requireVerifiedEmail: contest.requireVerifiedEmail,
    onePrizePerPerson: contest.onePrizePerPerson,
    requireNationalId: contest.requireNationalId ?? false,
  };
}

export function prizeExclusion(
  facts: EligibilityFacts,
  rules: EligibilityRules,
): ExclusionReason | undefined {
  if (facts.disqualified) return 'disqualified';
  if (facts.staff) return 'staff';
  if (rules.requireVerifiedEmail && !facts.emailVerified) return 'unverified_email';
  if (rules.requireNationalId && facts.nationalIdConfirmed !== true)
    return 'unconfirmed_national_id';
  if (!facts.inEligibleUnit) return 'ineligible_unit';
  if (rules.onePrizePerPerson && facts.wonInFinalizedRound) return 'already_won';
  return undefined;
}
