import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser } from '@app/accounts';
import { AppException, ErrorCode } from '@app/core';
import { ContestAccessService, type ContestEntity, type RoundEntity } from '@app/contests';
import { MailService } from '@app/mail';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { CertificatesRepository } from '../certificates/certificates.repository';
import type { RoundResultsDto } from '../dto/results.dto';
import { RESULTS_FINALIZED_EVENT, type RoundEvent } from '../judging.events';
import { winnerMail } from '../mail/winner-mail';
import { attemptsBlockingFinalize } from '../rules/essay-gate';
import { ResultsComputeService } from './results-compute.service';
import { ResultsQueryService } from './results-query.service';
import { FinalizeRepository } from './finalize.repository';
import { RoundLockRepository } from './round-lock.repository';

/**
 * Finalizing a round: recomputes the results one last time, locks them, and queues the winners'
 * e-mails through the outbox — all in one transaction, so the mails exist exactly when the
 * results are final; each winner's certificate is issued (a code, no file yet) for the mail's
 * link. Finalizing twice: 409 RESULTS_FINALIZED.
 */
@Injectable()
export class FinalizeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ContestAccessService,
    private readonly compute: ResultsComputeService,
    private readonly query: ResultsQueryService,
    private readonly audit: AuditLogService,
    private readonly mail: MailService,
    private readonly events: EventEmitter2,
    private readonly certificates: CertificatesRepository,
    private readonly repository: FinalizeRepository,
    private readonly roundLock: RoundLockRepository,
  ) {}

  async finalize(roundId: string, user: AuthUser): Promise<RoundResultsDto> {
    const { round, contest } = await this.access.getRound(roundId);
    await this.access.assertCanJudge(contest.id, user);
    await this.dataSource.transaction(async (em) => {
      const state = await this.roundLock.lock(em, roundId);
      if (state.finalizedAt) {
        throw AppException.conflict(
          ErrorCode.RESULTS_FINALIZED,
          'Kết quả tuần thi này đã được công bố chính thức',
        );
      }
      if (!state.computed) {
        throw AppException.conflict(
          ErrorCode.RESULTS_NOT_COMPUTED,
          'Cần tính kết quả trước khi công bố chính thức',
        );
      }
      await this.assertEssaysGraded(em, roundId, contest);
      const { summary } = await this.compute.computeIn(em, round, contest, user.id);
      await this.repository.markFinalized(em, roundId, user.id);
      const mails = await this.queueWinnerMails(em, round, contest);
      await this.audit.record(em, {
        actorId: user.id,
        action: 'results.finalize',
        contestId: contest.id,
        roundId,
        details: { ...summary, winnerMails: mails },
      });
    });
    const event: RoundEvent = { roundId };
    this.events.emit(RESULTS_FINALIZED_EVENT, event);
    return this.query.read(roundId);
  }

  private async assertEssaysGraded(
    em: EntityManager,
    roundId: string,
    contest: ContestEntity,
  ): Promise<void> {
    const pending = await this.repository.pendingEssayAttempts(em, roundId);
    const blocking = attemptsBlockingFinalize(contest.attemptPolicy, pending);
    if (blocking.length) {
      throw AppException.conflict(
        ErrorCode.ESSAYS_PENDING,
        `Còn ${blocking.length} lượt thi có câu tự luận chưa chấm điểm, chưa thể công bố kết quả`,
        blocking.map((b) => ({
          attemptId: b.attemptId,
          userId: b.userId,
          pendingEssays: b.pendingEssays,
        })),
      );
    }
  }

  /** One mail per winner; the dedupe key makes a second queueing impossible. */
  private async queueWinnerMails(
    em: EntityManager,
    round: RoundEntity,
    contest: ContestEntity,
  ): Promise<number> {
    const winners = await this.repository.winners(em, round.id);
    let queued = 0;
    for (const w of winners) {
      const certificateCode = await this.certificates.issue(
        w.attempt_id,
        'prize',
        w.prize,
        Number(w.score),
        em,
      );
      const id = await this.mail.enqueueTemplate(
        em,
        w.email,
        winnerMail,
        {
          fullName: w.full_name,
          prize: w.prize,
          rank: w.rank,
          contestTitle: contest.title,
          contestSlug: contest.slug,
          roundTitle: round.title,
          roundPosition: round.position,
          score: Number(w.score),
          correctCount: w.correct_count,
          questionCount: w.question_count,
          finalizedAt: w.finalized_at,
          roundId: round.id,
          certificateCode,
        },
        { dedupeKey: `round-winner:${round.id}:${w.user_id}` },
      );
      if (id) queued += 1;
    }
    return queued;
  }
}
