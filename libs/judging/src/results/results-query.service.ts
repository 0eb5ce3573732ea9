import { Injectable } from '@nestjs/common';
import { type AuthUser, maskNationalId, maskPhone } from '@app/accounts';
import { AppException } from '@app/core';
import { ContestAccessService } from '@app/contests';
import type { EntityManager } from 'typeorm';
import type { PublicRoundResultsDto, ResultEntryDto, RoundResultsDto } from '../dto/results.dto';
import { AttemptFlagsRepository } from '../flags/attempt-flags.repository';
import { ResultsRepository, type StoredEntry, type StoredResults } from './results.repository';

const FLAG_BATCH = 10_000;

/** Reading computed results: the judges' full view and the public, finalized winners' list. */
@Injectable()
export class ResultsQueryService {
  constructor(
    private readonly access: ContestAccessService,
    private readonly repository: ResultsRepository,
    private readonly flags: AttemptFlagsRepository,
  ) {}

  async get(roundId: string, user: AuthUser): Promise<RoundResultsDto> {
    const { contest } = await this.access.getRound(roundId);
    await this.access.assertCanJudge(contest.id, user);
    return this.read(roundId);
  }

  /** The stored results with names, contacts and flags (judges only: check access first). */
  async read(roundId: string, em?: EntityManager): Promise<RoundResultsDto> {
    const header = await this.repository.header(roundId, em);
    if (!header) throw AppException.notFound('Chưa tính kết quả tuần thi này');
    const entries = await this.repository.entries(roundId, {}, em);
    const flags = new Map<string, string[]>();
    for (let i = 0; i < entries.length; i += FLAG_BATCH) {
      const part = await this.flags.forAttempts(
        entries.slice(i, i + FLAG_BATCH).map((e) => e.attemptId),
        em,
      );
      for (const [k, v] of part) flags.set(k, v);
    }
    return toResultsDto(header, entries, flags);
  }

  /** After finalization, anyone may see the winners (name, unit, prize — never contacts). */
  async publicFinal(roundId: string): Promise<PublicRoundResultsDto> {
    const header = await this.repository.header(roundId);
    if (!header?.finalizedAt) throw AppException.notFound('Kết quả tuần thi này chưa được công bố');
    const winners = await this.repository.entries(roundId, { winnersOnly: true });
    const { round, contest } = await this.access.getRound(roundId);
    return {
      roundId,
      contestId: header.contestId,
      contestTitle: contest.title,
      contestSlug: contest.slug,
      roundTitle: round.title,
      predictionEnabled: header.predictionEnabled,
      perfectCount: header.perfectCount,
      participants: header.participants,
      finalizedAt: header.finalizedAt.toISOString(),
      winners: winners.map((w) => ({
        rank: w.rank ?? 0,
        displayName: w.fullName,
        fullName: w.fullName,
        phone: maskPhone(w.phone),
        unitName: w.unitName,
        score: w.score,
        correctCount: w.correctCount,
        durationMs: w.durationMs,
        prize: w.prize ?? '',
      })),
    };
  }
}

export function toEntryDto(e: StoredEntry, flags: readonly string[]): ResultEntryDto {
  return {
    rank: e.rank,
    userId: e.userId,
    fullName: e.fullName,
    email: e.email,
    phone: e.phone,
    unitName: e.unitName,
    nationalId: maskNationalId(e.nationalIdLast4),
    attemptId: e.attemptId,
    score: e.score,
    maxScore: e.maxScore,
    correctCount: e.correctCount,
    questionCount: e.questionCount,
    prediction: e.prediction,
    predictionError: e.predictionError,
    durationMs: e.durationMs,
    submittedAt: e.submittedAt.toISOString(),
    prize: e.prize,
    flags: [...flags],
    excludedReason: e.excludedReason,
    disqualified: e.excludedReason === 'disqualified',
    disqualifiedReason: e.disqualifiedReason,
    pendingEssays: e.pendingEssays,
  };
}

function toResultsDto(
  header: StoredResults,
  entries: StoredEntry[],
  flags: Map<string, string[]>,
): RoundResultsDto {
  return {
    roundId: header.roundId,
    contestId: header.contestId,
    perfectCount: header.perfectCount,
    participants: header.participants,
    prizeCap: header.prizeCap,
    predictionEnabled: header.predictionEnabled,
    computedAt: header.computedAt.toISOString(),
    finalizedAt: header.finalizedAt?.toISOString() ?? null,
    entries: entries.map((e) => toEntryDto(e, flags.get(e.attemptId) ?? [])),
  };
}
