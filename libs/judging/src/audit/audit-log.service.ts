import { Injectable } from '@nestjs/common';
import { type AuthUser, hasRole } from '@app/accounts';
import { AppException, type Page, pageOf } from '@app/core';
import { ContestAccessService } from '@app/contests';
import type { EntityManager } from 'typeorm';
import type { AuditEntryDto, AuditQueryDto } from '../dto/audit.dto';
import { type AuditRecord, AuditLogRepository } from './audit-log.repository';

export type { AuditRecord } from './audit-log.repository';

/** The judges' audit log: written inside each action's transaction, read by judges and admins. */
@Injectable()
export class AuditLogService {
  constructor(
    private readonly repository: AuditLogRepository,
    private readonly access: ContestAccessService,
  ) {}

  async record(em: EntityManager, entry: AuditRecord): Promise<void> {
    await this.repository.insert(em, entry);
  }

  /**
   * Newest first. Judges of a contest read its entries (filter by contestId or roundId); admins
   * may also list everything.
   */
  async list(query: AuditQueryDto, user: AuthUser): Promise<Page<AuditEntryDto>> {
    let contestId = query.contestId ?? null;
    if (query.roundId) {
      const { round } = await this.access.getRound(query.roundId);
      if (contestId && contestId !== round.contestId) return pageOf([], 0, query);
      contestId = round.contestId;
    }
    if (contestId) await this.access.assertCanJudge(contestId, user);
    else if (!hasRole(user, 'admin')) {
      throw AppException.validation('Cần chọn cuộc thi (contestId) hoặc tuần thi (roundId)', [
        { field: 'contestId', message: 'bắt buộc' },
      ]);
    }
    const filter = { contestId, roundId: query.roundId ?? null, action: query.action ?? null };
    const rows = await this.repository.page(
      filter,
      query.pageSize,
      (query.page - 1) * query.pageSize,
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.page > 1) total = await this.repository.count(filter);
    return pageOf(
      rows.map((r) => ({
        id: r.id,
        at: new Date(r.at).toISOString(),
        actorId: r.actor_id,
        actorName: r.actor_name,
        action: r.action,
        contestId: r.contest_id,
        roundId: r.round_id,
        attemptId: r.attempt_id,
        targetUserId: r.target_user_id,
        targetUserName: r.target_user_name,
        reason: r.reason,
        details: r.details,
      })),
      total,
      query,
    );
  }
}
