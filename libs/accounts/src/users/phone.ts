/**
 * Vietnamese mobile numbers, normalised to E.164 (`+84` and 9 digits). Pure functions; the one
 * definition of the phone rule (users.phone is always stored in this form, so statements compare
 * the stored value and need no SQL form).
 *
 * Accepted: `0912 345 678`, `0912.345.678`, `0912-345-678`, `(091) 234-5678`, `+84 912 345 678`,
 * `84912345678`, `0084 912 345 678`, `+84 0912 345 678`. Mobile prefixes are 03x, 05x, 07x, 08x,
 * 09x; landlines (02x), short and long numbers are refused.
 */
export type PhoneParseResult = { ok: true; phone: string } | { ok: false; message: string };

const EXAMPLE = 'ví dụ 0912 345 678';

export function parsePhone(input: string): PhoneParseResult {
  const raw = input.trim();
  if (raw === '') return { ok: false, message: 'Chưa nhập số điện thoại' };
  if (!/^\+?[\d\s.\-()]+$/.test(raw)) {
    return { ok: false, message: `Số điện thoại chỉ gồm chữ số (${EXAMPLE})` };
  }
  let digits = raw.replace(/\D/g, '');
  const international = raw.startsWith('+') || digits.startsWith('0084');
  if (digits.startsWith('0084')) digits = digits.slice(4);
  else if (raw.startsWith('+')) {
    if (!digits.startsWith('84')) {
      return { ok: false, message: 'Chỉ chấp nhận số điện thoại di động Việt Nam (+84)' };
    }
    digits = digits.slice(2);
  } else if (digits.startsWith('84') && digits.length === 11) {
    digits = digits.slice(2);
  }
  if (international && digits.startsWith('0')) digits = digits.slice(1);
  else if (!international && digits.startsWith('0')) digits = digits.slice(1);
  else if (!international && digits.length === 9 && /^[35789]/.test(digits)) {
    // A bare national number without its leading 0 (912345678) is still unambiguous.
  } else if (!international) {
    return {
      ok: false,
      message: `Số điện thoại di động gồm 10 chữ số, bắt đầu bằng 0 (${EXAMPLE})`,
    };
  }
  if (digits.startsWith('2')) {
    return {
      ok: false,
      message: 'Số điện thoại cố định không được chấp nhận, vui lòng nhập số di động',
    };
  }
  if (digits.length < 9) {
    return { ok: false, message: `Số điện thoại quá ngắn: số di động gồm 10 chữ số (${EXAMPLE})` };
  }
  if (digits.length > 9) {
    return { ok: false, message: `Số điện thoại quá dài: số di động gồm 10 chữ số (${EXAMPLE})` };
  }
  if (!/^[35789]\d{8}$/.test(digits)) {
    return {
      ok: false,
      message: `Không phải số di động Việt Nam: đầu số phải là 03, 05, 07, 08 hoặc 09 (${EXAMPLE})`,
    };
  }
  return { ok: true, phone: `+84${digits}` };
}

/** The normalised number (`+84912345678`), or null when `input` is not a Vietnamese mobile. */
export function normalizePhone(input: string): string | null {
  const result = parsePhone(input);
  return result.ok ? result.phone : null;
}

/** The national form people write ("+84912345678" → "0912345678"), or null when not a mobile. */
export function nationalPhone(input: string): string | null {
  const normalized = normalizePhone(input);
  return normalized ? `0${normalized.slice(3)}` : null;
}

/**
 * The digits to look for in stored numbers when someone searches for part of a phone number:
 * separators dropped, and a leading 84 or 0 (the part every stored number writes as +84).
 */
export function phoneSearchDigits(query: string): string {
  return query.replace(/\D/g, '').replace(/^(84|0)/, '');
}

/**
 * A phone number as public lists show it: the first two and last three digits of the national
 * form, the rest hidden ("+84912345678" → "09xx xxx 678"). Null for no number; anything that is
 * not a Vietnamese mobile is hidden entirely.
 */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  const national = nationalPhone(phone);
  if (!national) return 'xxxx xxx xxx';
  return `${national.slice(0, 2)}xx xxx ${national.slice(-3)}`;
}
