import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuthUser, hasRole } from '@app/accounts';
import { AppException, type Page, pageOf } from '@app/core';
import { ContestAccessService } from '@app/contests';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuditEntryDto, AuditQueryDto } from '../dto/audit.dto';
import type { AuditAction } from './audit-action';

export interface AuditRecord {
  actorId: string;
  action: AuditAction;
  contestId?: string | null;
  roundId?: string | null;
  attemptId?: string | null;
  targetUserId?: string | null;
  reason?: string | null;
  details?: Record<string, unknown>;
}

interface AuditRow {
  id: string;
  at: Date;
  actor_id: string;
  actor_name: string | null;
  action: string;
  contest_id: string | null;
  round_id: string | null;
  attempt_id: string | null;
  target_user_id: string | null;
  target_user_name: string | null;
  reason: string | null;
  details: Record<string, unknown>;
  total: string;
}

/** The judges' audit log: written inside each action's transaction, read by judges and admins. */
@Injectable()
export class AuditLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ContestAccessService,
  ) {}

  async record(em: EntityManager, entry: AuditRecord): Promise<void> {
    await em.query(
      `INSERT INTO audit_log (actor_id, action, contest_id, round_id, attempt_id, target_user_id, reason, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.actorId,
        entry.action,
        entry.contestId ?? null,
        entry.roundId ?? null,
        entry.attemptId ?? null,
        entry.targetUserId ?? null,
        entry.reason ?? null,
        JSON.stringify(entry.details ?? {}),
      ],
    );
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
    const rows = await this.dataSource.query<AuditRow[]>(
      `SELECT l.id, l.at, l.actor_id, actor.full_name AS actor_name, l.action, l.contest_id, l.round_id,
              l.attempt_id, l.target_user_id, target.full_name AS target_user_name, l.reason, l.details,
              count(*) OVER () AS total
       FROM audit_log l
       LEFT JOIN users actor ON actor.id = l.actor_id
       LEFT JOIN users target ON target.id = l.target_user_id
       WHERE ($1::uuid IS NULL OR l.contest_id = $1)
         AND ($2::uuid IS NULL OR l.round_id = $2)
         AND ($3::text IS NULL OR l.action = $3)
       ORDER BY l.at DESC, l.id DESC
       LIMIT $4 OFFSET $5`,
      [
        contestId,
        query.roundId ?? null,
        query.action ?? null,
        query.pageSize,
        (query.page - 1) * query.pageSize,
      ],
    );
    let total = rows.length ? Number(rows[0].total) : 0;
    if (!rows.length && query.page > 1) {
      const [{ n }] = await this.dataSource.query<Array<{ n: string }>>(
        `SELECT count(*) AS n FROM audit_log WHERE ($1::uuid IS NULL OR contest_id = $1)
           AND ($2::uuid IS NULL OR round_id = $2) AND ($3::text IS NULL OR action = $3)`,
        [contestId, query.roundId ?? null, query.action ?? null],
      );
      total = Number(n);
    }
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
