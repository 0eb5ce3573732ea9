/** Shared formatting and helpers of the flag detectors. Pure. */

import type { FlagAttempt } from './types';

/** 1234.5 → "1.234,5" (Vietnamese: "." for thousands, "," for decimals). */
export function formatNumberVi(value: number, maxFractionDigits = 1): string {
  const factor = 10 ** maxFractionDigits;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [int, frac = ''] = rounded.toFixed(maxFractionDigits).split('.');
  const trimmed = frac.replace(/0+$/, '');
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${trimmed ? `,${trimmed}` : ''}`;
}

/** 85_000 → "1 phút 25 giây"; 42_000 → "42 giây". */
export function formatDurationVi(ms: number): string {
  const totalSeconds = Math.round(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (minutes === 0) return `${seconds} giây`;
  return seconds === 0 ? `${minutes} phút` : `${minutes} phút ${seconds} giây`;
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function byTimeThenId(a: FlagAttempt, b: FlagAttempt): number {
  return (
    a.submittedAt.getTime() - b.submittedAt.getTime() ||
    (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0)
  );
}

export function distinct(values: Iterable<string>): string[] {
  return [...new Set(values)];
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Case, spacing and Unicode composition ignored; diacritics kept. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** "14:05 28/07/2025", Vietnam time (UTC+7, no daylight saving). */
export function formatVietnamTime(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${two(local.getUTCHours())}:${two(local.getUTCMinutes())} ` +
    `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`
  );
}
