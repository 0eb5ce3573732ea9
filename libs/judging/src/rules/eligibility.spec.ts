import { type EligibilityFacts, prizeExclusion } from './eligibility';

const clean: EligibilityFacts = {
  disqualified: false,
  staff: false,
  emailVerified: true,
  nationalIdConfirmed: true,
  inEligibleUnit: true,
  wonInFinalizedRound: false,
};
const strict = { requireVerifiedEmail: true, onePrizePerPerson: true, requireNationalId: true };
const lenient = { requireVerifiedEmail: false, onePrizePerPerson: false, requireNationalId: false };

describe('prizeExclusion', () => {
  it('lets an ordinary participant win', () => {
    expect(prizeExclusion(clean, strict)).toBeUndefined();
  });

  it('excludes the disqualified whatever the rules', () => {
    expect(prizeExclusion({ ...clean, disqualified: true }, lenient)).toBe('disqualified');
  });

  it('excludes the contest staff whatever the rules', () => {
    expect(prizeExclusion({ ...clean, staff: true }, lenient)).toBe('staff');
  });

  it('holds back a winner without a confirmed national ID only when the contest requires one', () => {
    const unconfirmed = { ...clean, nationalIdConfirmed: false };
    expect(prizeExclusion(unconfirmed, strict)).toBe('unconfirmed_national_id');
    expect(prizeExclusion(unconfirmed, lenient)).toBeUndefined();
  });

  it('excludes an unverified e-mail only when the contest requires verification', () => {
    expect(prizeExclusion({ ...clean, emailVerified: false }, strict)).toBe('unverified_email');
    expect(prizeExclusion({ ...clean, emailVerified: false }, lenient)).toBeUndefined();
  });

  it('excludes people outside the eligible units', () => {
    expect(prizeExclusion({ ...clean, inEligibleUnit: false }, lenient)).toBe('ineligible_unit');
  });

  it('excludes an earlier winner only with one prize per person', () => {
    expect(prizeExclusion({ ...clean, wonInFinalizedRound: true }, strict)).toBe('already_won');
    expect(prizeExclusion({ ...clean, wonInFinalizedRound: true }, lenient)).toBeUndefined();
  });

  it('reports the first reason when several apply', () => {
    const all: EligibilityFacts = {
      disqualified: true,
      staff: true,
      emailVerified: false,
      nationalIdConfirmed: false,
      inEligibleUnit: false,
      wonInFinalizedRound: true,
    };
    expect(prizeExclusion(all, strict)).toBe('disqualified');
    expect(prizeExclusion({ ...all, disqualified: false }, strict)).toBe('staff');
    expect(prizeExclusion({ ...all, disqualified: false, staff: false }, strict)).toBe(
      'unverified_email',
    );
    expect(
      prizeExclusion({ ...all, disqualified: false, staff: false, emailVerified: true }, strict),
    ).toBe('unconfirmed_national_id');
    expect(
      prizeExclusion(
        {
          ...all,
          disqualified: false,
          staff: false,
          emailVerified: true,
          nationalIdConfirmed: true,
        },
        strict,
      ),
    ).toBe('ineligible_unit');
  });
});
