import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@app/accounts';
import { ContestAccessService, effectiveFlagThresholds } from '@app/contests';
import type { EntityManager } from 'typeorm';
import type { RoundFlagDto } from '../dto/round-flag.dto';
import {
  type AttemptFlags,
  detectFlags,
  FLAG_KINDS,
  type FlagKind,
  flagsByAttempt,
} from '../rules/flags';
import { flagOptionsFrom } from '../rules/flag-options';
import { AttemptFlagsStoreRepository } from './attempt-flags.repository';
import { FlagInputsRepository } from './flag-inputs.repository';
import { IdenticalPairsRepository } from './identical-pairs.repository';

export interface StoredFlags {
  kinds: string[];
  details: string[];
}

/**
 * Anomaly flags of a round's submitted attempts: computed on demand from the rules in
 * `rules/flags.ts`, cached in `attempt_flags` (replaced as a whole per round) for the results
 * and their export. Judges read them as evidence; nothing here changes a result.
 */
@Injectable()
export class FlagsService {
  constructor(
    private readonly access: ContestAccessService,
    private readonly inputs: FlagInputsRepository,
    private readonly pairs: IdenticalPairsRepository,
    private readonly stored: AttemptFlagsStoreRepository,
  ) {}

  /** Judges of the contest and admins: every flagged attempt, most kinds first. */
  async listForRound(roundId: string, user: AuthUser): Promise<RoundFlagDto[]> {
    const { contest } = await this.access.getRound(roundId);
    await this.access.assertCanJudge(contest.id, user);
    const { flags, names, submittedAt, owners } = await this.compute(roundId);
    const thresholds = effectiveFlagThresholds(contest.flagThresholds);
    return [...flags]
      .map(([attemptId, f]) => ({
        attemptId,
        userId: owners.get(attemptId) as string,
        fullName: names.get(owners.get(attemptId) as string) ?? '',
        kinds: f.kinds,
        detail: f.details.join('\n'),
        details: f.details,
        thresholds,
        at: submittedAt.get(attemptId)?.getTime() ?? 0,
      }))
      .sort(
        (a, b) =>
          b.kinds.length - a.kinds.length || a.at - b.at || a.attemptId.localeCompare(b.attemptId),
      )
      .map(({ at: _at, ...dto }) => dto);
  }

  /** Recomputes and stores the round's flags (results call this before they are computed). */
  async computeForRound(roundId: string): Promise<Map<string, AttemptFlags>> {
    return (await this.compute(roundId)).flags;
  }

  /** The stored flags of these attempts (attempts without any are absent). */
  async flagsFor(attemptIds: readonly string[]): Promise<Map<string, StoredFlags>> {
    const result = new Map<string, StoredFlags>();
    if (attemptIds.length === 0) return result;
    const rows = await this.stored.stored(attemptIds);
    const order = (kind: string) => FLAG_KINDS.indexOf(kind as FlagKind);
    for (const row of rows.sort((a, b) => order(a.kind) - order(b.kind))) {
      const entry = result.get(row.attempt_id) ?? { kinds: [], details: [] };
      entry.kinds.push(row.kind);
      entry.details.push(...row.details);
      result.set(row.attempt_id, entry);
    }
    return result;
  }

  private async compute(roundId: string): Promise<{
    flags: Map<string, AttemptFlags>;
    names: Map<string, string>;
    submittedAt: Map<string, Date>;
    owners: Map<string, string>;
  }> {
    const { contest } = await this.access.getRound(roundId);
    const [{ input, names }, identicalHistory] = await Promise.all([
      this.inputs.load(roundId),
      this.pairs.history(contest.id, roundId),
    ]);
    const detected = detectFlags(
      { ...input, identicalHistory },
      flagOptionsFrom(contest.flagThresholds),
    );
    const flags = flagsByAttempt(detected);
    const identicalGroups = detected
      .filter((f) => f.kind === 'identical_answers')
      .map((f) => f.userIds);
    await this.store(roundId, flags, (em) =>
      this.pairs.replace(em, roundId, contest.id, identicalGroups),
    );
    return {
      flags,
      names,
      submittedAt: new Map(input.attempts.map((a) => [a.attemptId, a.submittedAt])),
      owners: new Map(input.attempts.map((a) => [a.attemptId, a.userId])),
    };
  }

  private async store(
    roundId: string,
    flags: Map<string, AttemptFlags>,
    alsoIn: (em: EntityManager) => Promise<void>,
  ): Promise<void> {
    const attemptIds: string[] = [];
    const kinds: string[] = [];
    const details: string[] = [];
    const evidence: string[] = [];
    for (const [attemptId, f] of flags) {
      for (const kind of f.kinds) {
        const items = f.items.filter((i) => i.kind === kind);
        attemptIds.push(attemptId);
        kinds.push(kind);
        details.push(JSON.stringify(items.map((i) => i.detail)));
        evidence.push(JSON.stringify(items.map((i) => i.evidence)));
      }
    }
    await this.stored.replace(roundId, { attemptIds, kinds, details, evidence }, alsoIn);
  }
}
