/**
 * The Vietnamese citizen ID number (CCCD, "căn cước công dân"): 12 digits. Pure.
 *
 * Digits 1–3: the province or city of birth registration (001–096, the official codes);
 * digit 4: century and sex (0/1: 1900s, 2/3: 2000s, 4/5: 2100s, 6/7: 2200s, 8/9: 1800s);
 * digits 5–6: the last two digits of the birth year; the last 6 digits are a serial number.
 * See docs/identity.md.
 */

/** The 63 province/city codes in use. */
const PROVINCE_CODES = new Set([
  1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38,
  40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79,
  80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
]);

const CENTURY_START = [1900, 1900, 2000, 2000, 2100, 2100, 2200, 2200, 1800, 1800];

/** "0791 9500 1234", "079195001234" → "079195001234"; spaces, dots and dashes ignored. */
export function normalizeNationalId(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/** Null when well formed; otherwise why not, in Vietnamese. */
export function nationalIdProblem(value: string, birthYear?: number | null): string | null {
  const id = normalizeNationalId(value);
  if (!/^\d{12}$/.test(id)) return 'Số căn cước công dân phải gồm đúng 12 chữ số';
  if (!PROVINCE_CODES.has(Number(id.slice(0, 3)))) {
    return 'Ba chữ số đầu không phải mã tỉnh, thành phố hợp lệ';
  }
  const year = CENTURY_START[Number(id[3])] + Number(id.slice(4, 6));
  if (birthYear != null && birthYear !== year) {
    return `Số căn cước cho năm sinh ${year}, không khớp năm sinh ${birthYear} của tài khoản`;
  }
  return null;
}

/** What judges see: the last 4 digits only. */
export function maskNationalId(last4: string | null): string | null {
  return last4 ? `********${last4}` : null;
}
