/**
 * The collective score of a unit in a participation report, as the federations define it (docs/
 * reports.md): participation rate (in percent) × its weight + prize points × their weight +
 * average score × its weight. Weights are set per contest; a weight of 0 leaves its part out.
 * Pure.
 */
import { PRIZE_LABELS, type PrizeKind, PRIZE_KINDS } from '@app/judging';

export interface CollectiveWeights {
  participation: number;
  prizes: number;
  averageScore: number;
}

export const DEFAULT_COLLECTIVE_WEIGHTS: Readonly<CollectiveWeights> = {
  participation: 1,
  prizes: 1,
  averageScore: 0,
};

export interface CollectiveParts {
  participationRate: number | null;
  prizePoints: number;
  averageScore: number | null;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function collectiveScore(parts: CollectiveParts, weights: CollectiveWeights): number {
  return round2(
    weights.participation * (parts.participationRate ?? 0) * 100 +
      weights.prizes * parts.prizePoints +
      weights.averageScore * (parts.averageScore ?? 0),
  );
}

const number = (n: number) => String(round2(n)).replace('.', ',');

/** The rule in words, printed in every report next to the numbers it produced. */
export function collectiveRuleText(
  weights: CollectiveWeights,
  prizePoints: Readonly<Record<PrizeKind, number>>,
): string {
  const parts: string[] = [];
  if (weights.participation > 0) {
    parts.push(`${number(weights.participation)} × tỷ lệ tham gia (%)`);
  }
  if (weights.prizes > 0) parts.push(`${number(weights.prizes)} × điểm giải thưởng`);
  if (weights.averageScore > 0) parts.push(`${number(weights.averageScore)} × điểm trung bình`);
  const formula = parts.length ? parts.join(' + ') : '0';
  const points = PRIZE_KINDS.map((k) => `${PRIZE_LABELS[k]} ${number(prizePoints[k])}`).join(', ');
  return `Điểm tập thể = ${formula}. Điểm giải thưởng: ${points} điểm mỗi giải.`;
}
