import { normalizeForCompare } from '@app/core';

/**
 * Matching a typed answer (`short_text`) against the accepted answers, with the Vietnamese
 * normaliser shared by the whole platform (NFC, old/new tone placement, whitespace, quotes,
 * dashes, case; with `toneInsensitive` — a setting of the bank — every diacritic and đ → d, so
 * "Tôn Đức Thắng" matches "ton duc thang").
 */
export interface TextMatchOptions {
  toneInsensitive: boolean;
}

/** True when `text` equals one of `acceptedAnswers` after normalisation; blank never matches. */
export function matchesAcceptedAnswer(
  text: string,
  acceptedAnswers: readonly string[],
  options: TextMatchOptions,
): boolean {
  const given = normalizeForCompare(text, options);
  if (given === '') return false;
  return acceptedAnswers.some((accepted) => normalizeForCompare(accepted, options) === given);
}
