import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser } from '@app/accounts';
import { StandingsService } from '@app/attempts';
import { AppException } from '@app/core';
import { ContestAccessService } from '@app/contests';
import { DataSource } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import type { AttemptJudgementDto, ParticipantJudgementDto } from '../dto/judge-outcome.dto';
import { type RoundEvent, STANDINGS_CHANGED_EVENT } from '../judging.events';
import { RoundLockRepository } from '../results/round-lock.repository';
import { AttemptJudgementRepository, type JudgedAttemptRow } from './attempt-judgement.repository';

/**
 * Disqualifying and reinstating, for one attempt or for a person (every attempt of theirs in a
 * round). Each change updates the standing, is audited in the same transaction, and is refused
 * once the round's results are finalized. Doing it twice changes nothing and records nothing.
 */
@Injectable()
export class DisqualificationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ContestAccessService,
    private readonly standings: StandingsService,
    private readonly audit: AuditLogService,
    private readonly events: EventEmitter2,
    private readonly repository: AttemptJudgementRepository,
    private readonly roundLock: RoundLockRepository,
  ) {}

  async disqualifyAttempt(
    attemptId: string,
    reason: string,
    user: AuthUser,
  ): Promise<AttemptJudgementDto> {
    return this.judgeAttempt(attemptId, user, { disqualify: true, reason });
  }

  async reinstateAttempt(
    attemptId: string,
    reason: string | undefined,
    user: AuthUser,
  ): Promise<AttemptJudgementDto> {
    return this.judgeAttempt(attemptId, user, { disqualify: false, reason: reason ?? null });
  }

  async disqualifyParticipant(
    roundId: string,
    userId: string,
    reason: string,
    user: AuthUser,
  ): Promise<ParticipantJudgementDto> {
    return this.judgeParticipant(roundId, userId, user, { disqualify: true, reason });
  }

  async reinstateParticipant(
    roundId: string,
    userId: string,
    reason: string | undefined,
    user: AuthUser,
  ): Promise<ParticipantJudgementDto> {
    return this.judgeParticipant(roundId, userId, user, {
      disqualify: false,
      reason: reason ?? null,
    });
  }

  private async judgeAttempt(
    attemptId: string,
    user: AuthUser,
    action: { disqualify: boolean; reason: string | null },
  ): Promise<AttemptJudgementDto> {
    const roundId = await this.repository.roundOfAttempt(attemptId);
    if (!roundId) throw AppException.notFound('Không tìm thấy lượt thi');
    const { contest } = await this.access.getRound(roundId);
    await this.access.assertCanJudge(contest.id, user);

    const outcome = await this.dataSource.transaction(async (em) => {
      await this.roundLock.lockUnfinalized(em, roundId);
      const changed = await this.repository.setAttempt(em, attemptId, action);
      const row = changed.length
        ? changed[0]
        : ((await this.repository.attempt(em, attemptId)) as JudgedAttemptRow);
      if (changed.length) {
        await this.standings.recompute(em, row.round_id, row.user_id, contest.attemptPolicy);
        await this.audit.record(em, {
          actorId: user.id,
          action: action.disqualify ? 'attempt.disqualify' : 'attempt.reinstate',
          contestId: contest.id,
          roundId: row.round_id,
          attemptId,
          targetUserId: row.user_id,
          reason: action.reason,
        });
      }
      return { row, changed: changed.length > 0 };
    });
    if (outcome.changed) this.standingsChanged(outcome.row.round_id);
    return {
      attemptId,
      roundId: outcome.row.round_id,
      userId: outcome.row.user_id,
      disqualified: outcome.row.disqualified_at !== null,
      disqualifiedAt: outcome.row.disqualified_at
        ? new Date(outcome.row.disqualified_at).toISOString()
        : null,
      disqualifiedReason: outcome.row.disqualified_reason,
      changed: outcome.changed,
    };
  }

  private async judgeParticipant(
    roundId: string,
    userId: string,
    user: AuthUser,
    action: { disqualify: boolean; reason: string | null },
  ): Promise<ParticipantJudgementDto> {
    const { contest } = await this.access.getRound(roundId);
    await this.access.assertCanJudge(contest.id, user);
    const changed = await this.dataSource.transaction(async (em) => {
      await this.roundLock.lockUnfinalized(em, roundId);
      const ids = await this.repository.setParticipant(em, roundId, userId, action);
      if (ids.length === 0) {
        if (!(await this.repository.tookPart(em, roundId, userId)))
          throw AppException.notFound('Người này không dự thi tuần thi này');
        return [];
      }
      const attemptIds = ids.sort();
      await this.standings.recompute(em, roundId, userId, contest.attemptPolicy);
      await this.audit.record(em, {
        actorId: user.id,
        action: action.disqualify ? 'participant.disqualify' : 'participant.reinstate',
        contestId: contest.id,
        roundId,
        targetUserId: userId,
        reason: action.reason,
        details: { attemptIds },
      });
      return attemptIds;
    });
    if (changed.length) this.standingsChanged(roundId);
    return { roundId, userId, disqualified: action.disqualify, attemptIds: changed };
  }

  private standingsChanged(roundId: string): void {
    const event: RoundEvent = { roundId };
    this.events.emit(STANDINGS_CHANGED_EVENT, event);
  }
}
