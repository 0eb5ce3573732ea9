/**
 * The prediction a submit records (docs/fairness.md). Pure.
 *
 * - The contest asks no prediction: none is recorded.
 * - The contest locks the prediction once given (`lockPrediction`) and the person gave one in an
 *   earlier attempt of the round: that one is recorded again; a different value is refused.
 * - Otherwise the prediction is required.
 */
export type PredictionDecision =
  { prediction: number | null } | { refused: 'required' } | { refused: 'locked'; locked: number };

export function decidePrediction(input: {
  enabled: boolean;
  lock: boolean;
  /** The first prediction the person gave in an earlier attempt of the round. */
  earlier: number | null;
  given: number | undefined;
}): PredictionDecision {
  if (!input.enabled) return { prediction: null };
  if (input.lock && input.earlier !== null) {
    if (input.given !== undefined && input.given !== input.earlier) {
      return { refused: 'locked', locked: input.earlier };
    }
    return { prediction: input.earlier };
  }
  if (input.given === undefined) return { refused: 'required' };
  return { prediction: input.given };
}
