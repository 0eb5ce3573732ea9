import { formatNumberVi } from './format';

const SCALES: Array<[number, string]> = [
  [1e12, 'nghìn tỷ'],
  [1e9, 'tỷ'],
  [1e6, 'triệu'],
  [1e3, 'nghìn'],
];

/**
 * "1 trên N" in words, N to two significant digits: 4_180_000 → "4,2 triệu"; 250 → "250";
 * beyond a thousand trillion → "hơn 1 triệu tỷ".
 */
export function formatOneInVi(oneIn: number): string {
  if (!Number.isFinite(oneIn) || oneIn >= 1e15) return 'hơn 1 triệu tỷ';
  if (oneIn < 1000) return formatNumberVi(Math.max(1, Math.round(oneIn)), 0);
  for (const [scale, word] of SCALES) {
    if (oneIn >= scale) {
      const value = oneIn / scale;
      const digits = value >= 100 ? 0 : value >= 10 ? 0 : 1;
      return `${formatNumberVi(value, digits)} ${word}`;
    }
  }
  return formatNumberVi(oneIn, 0);
}

/** "1 trên 4,2 triệu" from log10 of the probability. */
export function formatChanceVi(log10Probability: number): string {
  return `1 trên ${formatOneInVi(10 ** -log10Probability)}`;
}
