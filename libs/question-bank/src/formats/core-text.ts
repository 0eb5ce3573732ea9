/** The Vietnamese text helpers the parsers use, from @app/core. */
export {
  detectLegacyFont,
  isUpperCaseLegacyFont,
  type LegacyEncoding,
  legacyToUnicode,
  type NormalizeOptions,
  normalizeForCompare,
  removeDiacritics,
  sameText,
} from '@app/core';
