/** What one user's access looks like now, as far as tokens already issued are concerned. */
export interface AccessState {
  userId: string;
  /** The current token version; tokens carrying a lower one are refused. */
  tokenVersion: number;
  /** Disabled or deleted: every token of this user is refused. */
  revoked: boolean;
  /** When this state was written (the database's clock). */
  changedAt: Date;
}

/**
 * The users whose access changed recently, and what changed: the only ones whose tokens can be
 * stale. A token of anyone else is as good as its signature and expiry. Entries older than the
 * lifetime of an access token are dropped: every token issued before such a change has expired.
 * Pure and synchronous, so that the check costs a map lookup on every request.
 */
export class RevocationList {
  private readonly states = new Map<string, AccessState>();

  /** Records states read from the database; returns the users whose state is new or changed. */
  apply(states: readonly AccessState[]): string[] {
    const changed: string[] = [];
    for (const state of states) {
      const known = this.states.get(state.userId);
      if (known && known.tokenVersion === state.tokenVersion && known.revoked === state.revoked) {
        if (state.changedAt > known.changedAt) known.changedAt = state.changedAt;
        continue;
      }
      // A deleted user stays revoked whatever an older row says.
      if (known?.revoked && known.tokenVersion > state.tokenVersion) continue;
      this.states.set(state.userId, { ...state });
      changed.push(state.userId);
    }
    return changed;
  }

  /** May a token of this user carrying this version still be used? */
  allows(userId: string, tokenVersion: number): boolean {
    const state = this.states.get(userId);
    if (!state) return true;
    return !state.revoked && tokenVersion >= state.tokenVersion;
  }

  /** Forgets changes made before `before` (no token issued before them is still valid). */
  prune(before: Date): void {
    for (const [userId, state] of this.states)
      if (state.changedAt < before) this.states.delete(userId);
  }

  get size(): number {
    return this.states.size;
  }
}
