/**
 * Formula-injection ("CSV injection") defence for exported text. Pure.
 *
 * A spreadsheet treats a cell that begins with `=`, `+`, `-` or `@` as a formula, and tab or
 * carriage return as the start of one in some importers. Every exported text cell that begins
 * with one of them gets a single quote in front, so it is shown as the text it is and never
 * evaluated (OWASP's recommendation). Applied to XLSX and CSV alike; numbers are not text and
 * are written as numbers.
 */
const DANGEROUS_FIRST = new Set(['=', '+', '-', '@', '\t', '\r']);

export function neutralizeCell(text: string): string {
  return text.length > 0 && DANGEROUS_FIRST.has(text[0]) ? `'${text}` : text;
}
