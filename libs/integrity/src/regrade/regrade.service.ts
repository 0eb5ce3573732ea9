import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser } from '@app/accounts';
import { StandingsService } from '@app/attempts';
import { AppException, ErrorCode } from '@app/core';
import { AuditLogService, type RoundEvent, STANDINGS_CHANGED_EVENT } from '@app/judging';
import { DataSource } from 'typeorm';
import type { RegradeApplyDto } from '../dto/regrade-apply.dto';
import type { RegradeRequestDto } from '../dto/regrade-request.dto';
import type { RegradeResultDto } from '../dto/regrade-result.dto';
import { RegradePlanner } from './regrade-planner.service';
import { RegradeRepository } from './regrade.repository';

/**
 * Answer-key regrade: a question was corrected (PATCH → a new version) after attempts drew the
 * older one. Preview shows what would change; apply moves those attempts to the current version
 * and rescores them, their standings and an audit row per round, in one transaction. Finalized
 * rounds are never changed; attempts still in progress keep the version they drew.
 */
@Injectable()
export class RegradeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly planner: RegradePlanner,
    private readonly standings: StandingsService,
    private readonly audit: AuditLogService,
    private readonly repository: RegradeRepository,
    private readonly events: EventEmitter2,
  ) {}

  async preview(
    questionId: string,
    dto: RegradeRequestDto,
    user: AuthUser,
  ): Promise<RegradeResultDto> {
    const plan = await this.dataSource.transaction('REPEATABLE READ', (em) =>
      this.planner.plan(em, questionId, dto.roundIds, user, 'preview'),
    );
    return plan.result;
  }

  async apply(questionId: string, dto: RegradeApplyDto, user: AuthUser): Promise<RegradeResultDto> {
    const plan = await this.dataSource.transaction(async (em) => {
      const p = await this.planner.plan(em, questionId, dto.roundIds, user, 'apply');
      const finalized = p.result.finalizedRoundsSkipped;
      if (finalized.length > 0 && (dto.roundIds !== undefined || p.targets.length === 0)) {
        throw AppException.conflict(
          ErrorCode.RESULTS_FINALIZED,
          'Kết quả tuần thi đã được công bố chính thức, không thể chấm lại: ' +
            finalized.map((r) => `${r.roundTitle} (${r.contestTitle})`).join(', '),
          { rounds: finalized },
        );
      }
      for (const t of p.targets) {
        await this.repository.applyScore(em, t.attempt.id, { questions: t.drawn, ...t.next });
      }
      for (const round of p.rounds) {
        const users = [
          ...new Set(
            p.targets
              .filter((t) => t.attempt.roundId === round.roundId)
              .map((t) => t.attempt.userId),
          ),
        ];
        for (const userId of users.sort()) {
          await this.standings.recompute(em, round.roundId, userId, round.contest.attemptPolicy);
        }
        await this.audit.record(em, {
          actorId: user.id,
          action: 'question.regrade',
          contestId: round.contestId,
          roundId: round.roundId,
          reason: dto.reason,
          details: {
            questionId,
            toVersionId: p.result.toVersion.versionId,
            toVersion: p.result.toVersion.version,
            fromVersions: p.result.fromVersions.map((v) => v.version),
            attempts: p.targets.filter((t) => t.attempt.roundId === round.roundId).length,
            changes: p.result.changes
              .filter((c) => c.roundId === round.roundId)
              .map((c) => ({
                attemptId: c.attemptId,
                userId: c.userId,
                oldScore: c.oldScore,
                newScore: c.newScore,
              })),
          },
        });
      }
      return p;
    });
    for (const round of plan.rounds) {
      this.events.emit(STANDINGS_CHANGED_EVENT, { roundId: round.roundId } satisfies RoundEvent);
    }
    return { ...plan.result, applied: true };
  }
}
