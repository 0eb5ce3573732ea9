import { isUuid } from '@app/core';

/**
 * What instances tell each other (through the socket.io Redis adapter) so that every instance
 * keeps its in-memory rank index and its rooms in step with changes handled elsewhere.
 */
export type LeaderboardSignal =
  | { kind: 'submitted'; roundId: string; userId: string }
  | { kind: 'standings'; roundId: string; userIds: string[] | null }
  | { kind: 'finalized'; roundId: string };

const MAX_USERS = 10_000;

/** A signal received from another instance, checked field by field; null when malformed. */
export function parseSignal(value: unknown): LeaderboardSignal | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!isUuid(v.roundId)) return null;
  const roundId = v.roundId.toLowerCase();
  switch (v.kind) {
    case 'submitted':
      return isUuid(v.userId)
        ? { kind: 'submitted', roundId, userId: v.userId.toLowerCase() }
        : null;
    case 'standings': {
      if (v.userIds === null) return { kind: 'standings', roundId, userIds: null };
      if (!Array.isArray(v.userIds) || v.userIds.length > MAX_USERS || !v.userIds.every(isUuid)) {
        return null;
      }
      return { kind: 'standings', roundId, userIds: v.userIds.map((u) => u.toLowerCase()) };
    }
    case 'finalized':
      return { kind: 'finalized', roundId };
    default:
      return null;
  }
}
