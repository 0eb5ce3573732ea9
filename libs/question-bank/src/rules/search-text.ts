import { normalizeForCompare } from '../formats/core-text';

/**
 * Text keys for comparing and searching question text. Pure functions, no Nest, no TypeORM.
 *
 * - `compareKey`: the key two option texts must not share (duplicates). Case-, width-, space-,
 *   quote- and tone-placement-insensitive ("hoà" = "hòa"), but tones matter: "Ba" and "Bà" are
 *   different answers. Built on the shared Vietnamese normaliser (`normalizeForCompare`).
 * - `toSearchText`: what `questions.search_text` holds and what `?q=` is matched against:
 *   additionally tone-insensitive (organizers type "dien an toan" for "điện an toàn"), because
 *   pg_trgm/unaccent cannot be assumed on the server.
 */

const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu;

export function compareKey(text: string): string {
  return normalizeForCompare(text.normalize('NFKC'));
}

export function toSearchText(text: string): string {
  return normalizeForCompare(text.normalize('NFKC'), { toneInsensitive: true });
}

/** The searchable text of a question: its prompt, option texts and accepted answers. */
export function questionSearchText(parts: {
  prompt: string;
  options: ReadonlyArray<{ text: string }>;
  acceptedAnswers?: readonly string[] | null;
}): string {
  return [parts.prompt, ...parts.options.map((o) => o.text), ...(parts.acceptedAnswers ?? [])]
    .map(toSearchText)
    .filter((s) => s.length > 0)
    .join('\n');
}

/**
 * `?q=` as LIKE patterns, one per word, every one of which must match (`điện  AN toàn` →
 * `%dien%`, `%an%`, `%toan%`). LIKE wildcards typed by the user match themselves.
 */
export function searchPatterns(query: string, maxTerms = 8): string[] {
  return likeWords(toSearchText(query), maxTerms);
}

/** `%word%` for each distinct word of `text` as given, LIKE wildcards escaped. */
export function likeWords(text: string, maxTerms = 8): string[] {
  const words = text.split(SPACES).filter((t) => t.length > 0);
  return [...new Set(words)]
    .slice(0, maxTerms)
    .map((t) => `%${t.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}
