/**
 * Dates, times and numbers as people in Vietnam read them, whatever the phone's own settings:
 * dd/mm/yyyy, 24-hour hh:mm in Vietnam time (UTC+7, no daylight saving), "." for thousands.
 */
export const VIETNAM_TZ = 'Asia/Ho_Chi_Minh';
/**
 * Vietnam has kept UTC+7 without daylight saving since 1975. The browser's copy of the rule in
 * libs/core/src/text/vietnam-time.ts (the web bundle does not import server libs).
 */
export const VIETNAM_OFFSET_MS = 7 * 3600_000;

function parts(value: string | number | Date): {
  d: string;
  m: string;
  y: string;
  hh: string;
  mm: string;
} {
  const date = value instanceof Date ? value : new Date(value);
  // Shifting by the fixed offset and reading the UTC fields is exact for Vietnam and does not
  // depend on the browser's time-zone database.
  const shifted = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    d: pad(shifted.getUTCDate()),
    m: pad(shifted.getUTCMonth() + 1),
    y: String(shifted.getUTCFullYear()),
    hh: pad(shifted.getUTCHours()),
    mm: pad(shifted.getUTCMinutes()),
  };
}

/** "28/07/2026" */
export function formatDate(value: string | number | Date): string {
  const p = parts(value);
  return `${p.d}/${p.m}/${p.y}`;
}

/** "21:00" */
export function formatTime(value: string | number | Date): string {
  const p = parts(value);
  return `${p.hh}:${p.mm}`;
}

/** "21:00 28/07/2026" — time first, as Vietnamese notices write it. */
export function formatDateTime(value: string | number | Date): string {
  const p = parts(value);
  return `${p.hh}:${p.mm} ${p.d}/${p.m}/${p.y}`;
}

/** 1234567 → "1.234.567"; 12.5 → "12,5". */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) return '—';
  const negative = value < 0;
  const factor = 10 ** maxFractionDigits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [intPart, fracPart = ''] = String(rounded).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const frac = fracPart.replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${frac ? ',' + frac : ''}`;
}

/** 83_000 ms → "01:23"; an hour or more → "1:02:03". Negative durations show as 00:00. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}

/** 0.4567 → "45,7%" */
export function formatPercent(ratio: number, digits = 1): string {
  return `${formatNumber(ratio * 100, digits)}%`;
}

/** A UTC ISO string → the value of an `<input type="datetime-local">` in Vietnam time. */
export function toVietnamInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(new Date(iso).getTime() + VIETNAM_OFFSET_MS);
  return date.toISOString().slice(0, 16);
}

/** The value of a `datetime-local` input read as Vietnam time → UTC ISO string (or null). */
export function fromVietnamInput(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const utc =
    Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])) -
    VIETNAM_OFFSET_MS;
  return new Date(utc).toISOString();
}

/** Lower case without Vietnamese tones: "Công Đoàn" → "cong doan" (for search). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
