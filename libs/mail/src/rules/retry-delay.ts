/** Longest wait between two delivery attempts. */
export const MAX_RETRY_DELAY_SEC = 3600;

/**
 * Seconds to wait after the `attempts`-th failed delivery: base, 2×base, 4×base, … capped at an
 * hour (base 10 s: 10 s, 20 s, 40 s, … ≈ 2.8 h over 10 attempts).
 */
export function retryDelaySec(attempts: number, baseSec: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(MAX_RETRY_DELAY_SEC, baseSec * 2 ** Math.min(exponent, 30));
}
