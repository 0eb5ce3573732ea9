import { randomBytes } from 'node:crypto';

/**
 * Serial codes of certificates: 12 random characters from an alphabet without look-alikes
 * (no 0/O, 1/I/L), printed as XXXX-XXXX-XXXX: 60 random bits, unguessable, easy to read aloud.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const GROUPS = 3;
const GROUP = 4;

export function newCertificateCode(): string {
  const bytes = randomBytes(GROUPS * GROUP * 2);
  let out = '';
  for (let i = 0; out.replace(/-/g, '').length < GROUPS * GROUP; i += 2) {
    // Rejection sampling over 16-bit values keeps every character equally likely.
    const value = bytes.readUInt16BE(i % bytes.length);
    if (value >= 65536 - (65536 % ALPHABET.length)) continue;
    if (out.length > 0 && out.replace(/-/g, '').length % GROUP === 0) out += '-';
    out += ALPHABET[value % ALPHABET.length];
  }
  return out;
}

/** A code as typed by a person: case and spaces do not matter; null when it cannot be one. */
export function normalizeCertificateCode(input: string): string | null {
  const plain = input.toUpperCase().replace(/[\s-]/g, '');
  if (plain.length !== GROUPS * GROUP) return null;
  for (const ch of plain) if (!ALPHABET.includes(ch)) return null;
  return plain.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-');
}
