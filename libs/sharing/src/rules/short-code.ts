import { randomInt } from 'node:crypto';

/**
 * Short links (`/c/<code>`, docs/sharing.md). Codes are 6–8 characters from an alphabet without
 * confusable characters: no 0/o, 1/l/i (people type them from posters). New codes are 7 long.
 * The database makes them (`hoithi_short_code()`, the SQL form of `generateShortCode`, used as
 * the default of `contests.short_code`); an e2e test checks both agree.
 */
export const SHORT_CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
export const SHORT_CODE_LENGTH = 7;
/** The SQL expression that makes a new code (same alphabet and length). */
export const SHORT_CODE_SQL = 'hoithi_short_code()';

const CODE_PATTERN = new RegExp(`^[${SHORT_CODE_ALPHABET}]{6,8}$`);

export function generateShortCode(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < SHORT_CODE_LENGTH; i++) {
    code += SHORT_CODE_ALPHABET[random(SHORT_CODE_ALPHABET.length)];
  }
  return code;
}

/** The code as stored (lower case), or null when `input` cannot be a short code. */
export function normalizeShortCode(input: string): string | null {
  const code = input.trim().toLowerCase();
  return CODE_PATTERN.test(code) ? code : null;
}

/**
 * A traffic source from `?src=` (`zalo-oa`, `facebook`, `website`…): lower case letters, digits,
 * `.`, `_`, `-`, at most 40 characters; anything else is not counted (null).
 */
export function normalizeSource(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const src = input.trim().toLowerCase();
  return /^[a-z0-9][a-z0-9._-]{0,39}$/.test(src) ? src : null;
}
