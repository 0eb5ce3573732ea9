import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
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

export interface AuditRow {
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

export interface AuditFilter {
  contestId: string | null;
  roundId: string | null;
  action: string | null;
}

/** SQL of the judges' audit log. */
@Injectable()
export class AuditLogRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(em: EntityManager, entry: AuditRecord): Promise<void> {
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

  /** Newest first, one page, each row carrying the filter's total. */
  async page(filter: AuditFilter, limit: number, offset: number): Promise<AuditRow[]> {
    return this.dataSource.query<AuditRow[]>(
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
      [filter.contestId, filter.roundId, filter.action, limit, offset],
    );
  }

  async count(filter: AuditFilter): Promise<number> {
    const [{ n }] = await this.dataSource.query<Array<{ n: string }>>(
      `SELECT count(*) AS n FROM audit_log WHERE ($1::uuid IS NULL OR contest_id = $1)
         AND ($2::uuid IS NULL OR round_id = $2) AND ($3::text IS NULL OR action = $3)`,
      [filter.contestId, filter.roundId, filter.action],
    );
    return Number(n);
  }
}
