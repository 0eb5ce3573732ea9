/**
 * Whether ungraded essays hold back the finalization of a round (issue 7). Pure.
 *
 * A counted attempt with an ungraded essay always blocks. Under the `best` policy every other
 * submitted, non-disqualified attempt with an ungraded essay blocks too: once graded it may beat
 * the attempt that counts now and take its place. Under `first` and `last` the counted attempt
 * does not depend on scores, so only it matters.
 */
export interface PendingEssayAttempt {
  attemptId: string;
  userId: string;
  /** The attempt is the person's counted attempt in the round. */
  counted: boolean;
  pendingEssays: number;
}

export function attemptsBlockingFinalize(
  policy: 'best' | 'first' | 'last',
  attempts: readonly PendingEssayAttempt[],
): PendingEssayAttempt[] {
  return attempts.filter((a) => a.pendingEssays > 0 && (a.counted || policy === 'best'));
}
