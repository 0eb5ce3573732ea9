import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser } from '@app/accounts';
import { isPastGrace, SubmissionService } from '@app/attempts';
import { APP_CONFIG, type AppConfig, AppException, ErrorCode } from '@app/core';
import {
  ContestAccessService,
  type ContestEntity,
  type RoundEntity,
  roundStatus,
} from '@app/contests';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { RESULTS_COMPUTING_EVENT, type RoundEvent } from '../judging.events';
import type { RoundResultsDto } from '../dto/results.dto';
import { computeRoundResults, type RoundResults } from '../rules/round-results';
import { eligibilityRulesOf } from '../rules/eligibility';
import { ResultsQueryService } from './results-query.service';
import { type Candidate, ResultsRepository } from './results.repository';
import { RoundLockRepository } from './round-lock.repository';

export interface ComputeSummary {
  perfectCount: number;
  participants: number;
  disqualified: number;
  prizeCap: number;
  winners: number;
}

/** Computing a closed round's results: ranking with the tie-breaks, exclusions and prizes. */
@Injectable()
export class ResultsComputeService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ContestAccessService,
    private readonly submission: SubmissionService,
    private readonly repository: ResultsRepository,
    private readonly query: ResultsQueryService,
    private readonly audit: AuditLogService,
    private readonly events: EventEmitter2,
    private readonly roundLock: RoundLockRepository,
  ) {}

  async compute(roundId: string, user: AuthUser): Promise<RoundResultsDto> {
    const { round, contest } = await this.access.getRound(roundId);
    await this.access.assertCanJudge(contest.id, user);
    await this.closeLastAttempts(round);
    await this.events.emitAsync(RESULTS_COMPUTING_EVENT, { roundId } satisfies RoundEvent);
    await this.dataSource.transaction(async (em) => {
      await this.roundLock.lockUnfinalized(em, roundId);
      const { summary } = await this.computeIn(em, round, contest, user.id);
      await this.audit.record(em, {
        actorId: user.id,
        action: 'results.compute',
        contestId: contest.id,
        roundId,
        details: { ...summary },
      });
    });
    return this.query.read(roundId);
  }

  /**
   * Computes and stores the results inside the caller's transaction (which holds the round's
   * results lock). Used by compute and, once more, by finalize.
   */
  async computeIn(
    em: EntityManager,
    round: RoundEntity,
    contest: ContestEntity,
    actorId: string,
  ): Promise<{ results: RoundResults<Candidate>; summary: ComputeSummary }> {
    const { counted, disqualified } = await this.repository.loadCandidates(em, round.id, contest);
    const results = computeRoundResults({
      counted,
      disqualified,
      predictionEnabled: contest.prediction.enabled,
      prizes: contest.prizes,
      rules: eligibilityRulesOf(contest),
    });
    await this.repository.store(
      em,
      {
        roundId: round.id,
        contestId: contest.id,
        actorId,
        predictionEnabled: contest.prediction.enabled,
      },
      results,
    );
    return {
      results,
      summary: {
        perfectCount: results.perfectCount,
        participants: results.participants,
        disqualified: disqualified.length,
        prizeCap: results.prizeCap,
        winners: results.entries.filter((e) => e.prize !== null).length,
      },
    };
  }

  /**
   * The round must be closed by the server's clock. Attempts whose deadline (plus grace) has
   * passed but that the sweeper has not closed yet are closed now; an attempt still within its
   * grace period means the last answers may be in flight: ROUND_NOT_CLOSED, try again shortly.
   */
  private async closeLastAttempts(round: RoundEntity): Promise<void> {
    const now = await this.repository.databaseNow();
    if (roundStatus(round, now) !== 'closed') {
      throw AppException.conflict(
        ErrorCode.ROUND_NOT_CLOSED,
        'Tuần thi chưa kết thúc, chưa thể tính kết quả',
      );
    }
    const open = await this.repository.openAttempts(round.id);
    let inGrace = 0;
    for (const attempt of open) {
      if (isPastGrace(now, attempt.deadline_at, this.config.attempts.graceSeconds))
        await this.submission.finalizeExpired(attempt.id);
      else inGrace += 1;
    }
    if (inGrace > 0) {
      throw AppException.conflict(
        ErrorCode.ROUND_NOT_CLOSED,
        `Còn ${inGrace} lượt thi đang trong thời gian nộp bài, vui lòng thử lại sau ít giây`,
      );
    }
  }
}
