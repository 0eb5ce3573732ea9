import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PrizeKind } from '@app/judging';
import { unitAncestorsSql, unitSubtreeSql } from '@app/units';
import { DataSource } from 'typeorm';
import type { ReportUnit, RowCounts } from '../rules/participation-rows';
import { vietnamWeekStartSql } from '../rules/vietnam-week';

/**
 * `tree(id, top_id)`: every unit below the report's unit ($1; the whole forest when null)
 * with the row it counts for (the child of $1, or the top-level unit, it lies under).
 */
const TREE = unitSubtreeSql(
  'tree',
  '($1::uuid IS NULL AND parent_id IS NULL) OR parent_id = $1::uuid',
  { withTop: true },
);

/**
 * The row a person counts for: the top of their unit's branch; the report's unit itself for
 * people registered directly there; NULL at the top level for people without a unit. People
 * outside the report's subtree have no row (the WHERE of every query drops them).
 */
const ROW_KEY = 'COALESCE(t.top_id, u.unit_id)';
const IN_SCOPE = `(t.top_id IS NOT NULL OR u.unit_id = $1::uuid OR ($1::uuid IS NULL AND u.unit_id IS NULL))`;

export interface WeekCounts {
  weekStart: string;
  participants: number;
  attempts: number;
}

/** The numbers behind participation reports, counted in PostgreSQL for a unit's subtree. */
@Injectable()
export class ParticipationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The report's rows as units: the children of `rootId` (top-level units when null). */
  async rowUnits(rootId: string | null): Promise<ReportUnit[]> {
    const rows: Array<{
      id: string;
      name: string;
      parent_id: string | null;
      members: string;
      children: string;
    }> = await this.dataSource.query(
      `WITH RECURSIVE ${TREE}
       SELECT top.id, top.name, top.parent_id,
              COALESCE(SUM(u.member_count), 0) AS members,
              (SELECT count(*) FROM units c WHERE c.parent_id = top.id) AS children
       FROM tree t JOIN units u ON u.id = t.id JOIN units top ON top.id = t.top_id
       GROUP BY top.id, top.name, top.parent_id`,
      [rootId],
    );
    return rows.map((r) => ({
      unitId: r.id,
      unitName: r.name,
      parentId: r.parent_id,
      memberCount: Number(r.members),
      childCount: Number(r.children),
    }));
  }

  async unit(unitId: string): Promise<{ id: string; name: string; memberCount: number } | null> {
    const [row]: Array<{ id: string; name: string; member_count: number }> =
      await this.dataSource.query('SELECT id, name, member_count FROM units WHERE id = $1', [
        unitId,
      ]);
    return row ? { id: row.id, name: row.name, memberCount: row.member_count } : null;
  }

  /** The unit and its ancestors, from the top down. */
  async path(unitId: string): Promise<Array<{ id: string; name: string }>> {
    const rows: Array<{ id: string; name: string }> = await this.dataSource.query(
      `WITH RECURSIVE ${unitAncestorsSql('chain', '$1')}
       SELECT u.id, u.name FROM chain c JOIN units u ON u.id = c.id ORDER BY c.depth DESC`,
      [unitId],
    );
    return rows;
  }

  /** Per row key: people, attempts, average of counted scores, prizes of finalized rounds. */
  async counts(
    rootId: string | null,
    contestId: string,
    roundId: string | null,
  ): Promise<Map<string | null, RowCounts>> {
    const params = [rootId, contestId, roundId];
    const attempts: Array<{
      key: string | null;
      participants: string;
      attempts: string;
      started: string;
      completed: string;
    }> = await this.dataSource.query(
      `WITH RECURSIVE ${TREE}
       SELECT ${ROW_KEY} AS key,
              count(DISTINCT a.user_id) FILTER (WHERE a.status = 'submitted') AS participants,
              count(*) FILTER (WHERE a.status = 'submitted') AS attempts,
              count(*) AS started,
              count(*) FILTER (WHERE a.status = 'submitted' AND NOT a.auto_submitted) AS completed
       FROM attempts a JOIN users u ON u.id = a.user_id LEFT JOIN tree t ON t.id = u.unit_id
       WHERE a.contest_id = $2 AND ($3::uuid IS NULL OR a.round_id = $3::uuid) AND ${IN_SCOPE}
       GROUP BY 1`,
      params,
    );
    const scores: Array<{ key: string | null; total: string; n: string }> =
      await this.dataSource.query(
        `WITH RECURSIVE ${TREE}
         SELECT ${ROW_KEY} AS key, SUM(s.score) AS total, count(*) AS n
         FROM round_standings s JOIN rounds r ON r.id = s.round_id
         JOIN users u ON u.id = s.user_id LEFT JOIN tree t ON t.id = u.unit_id
         WHERE r.contest_id = $2 AND ($3::uuid IS NULL OR s.round_id = $3::uuid) AND ${IN_SCOPE}
         GROUP BY 1`,
        params,
      );
    const prizes: Array<{ key: string | null; prize: PrizeKind; n: string }> =
      await this.dataSource.query(
        `WITH RECURSIVE ${TREE}
         SELECT ${ROW_KEY} AS key, e.prize, count(*) AS n
         FROM round_result_entries e
         JOIN round_results rr ON rr.round_id = e.round_id AND rr.finalized_at IS NOT NULL
         JOIN users u ON u.id = e.user_id LEFT JOIN tree t ON t.id = u.unit_id
         WHERE rr.contest_id = $2 AND ($3::uuid IS NULL OR e.round_id = $3::uuid)
           AND e.prize IS NOT NULL AND ${IN_SCOPE}
         GROUP BY 1, 2`,
        params,
      );
    const out = new Map<string | null, RowCounts>();
    const at = (key: string | null): RowCounts => {
      let c = out.get(key);
      if (!c) {
        c = {
          participants: 0,
          attempts: 0,
          startedAttempts: 0,
          completedAttempts: 0,
          scoreSum: 0,
          scoreCount: 0,
          prizes: {},
        };
        out.set(key, c);
      }
      return c;
    };
    for (const r of attempts) {
      const c = at(r.key);
      c.participants = Number(r.participants);
      c.attempts = Number(r.attempts);
      c.startedAttempts = Number(r.started);
      c.completedAttempts = Number(r.completed);
    }
    for (const r of scores) {
      const c = at(r.key);
      c.scoreSum = Number(r.total);
      c.scoreCount = Number(r.n);
    }
    for (const r of prizes) at(r.key).prizes[r.prize] = Number(r.n);
    return out;
  }

  /** People and submitted attempts per week (Monday, Vietnam time) in the report's scope. */
  async weekly(
    rootId: string | null,
    contestId: string,
    roundId: string | null,
  ): Promise<WeekCounts[]> {
    const rows: Array<{ week: string; participants: string; attempts: string }> =
      await this.dataSource.query(
        `WITH RECURSIVE ${TREE}
         SELECT ${vietnamWeekStartSql('a.submitted_at')} AS week,
                count(DISTINCT a.user_id) AS participants, count(*) AS attempts
         FROM attempts a JOIN users u ON u.id = a.user_id LEFT JOIN tree t ON t.id = u.unit_id
         WHERE a.contest_id = $2 AND ($3::uuid IS NULL OR a.round_id = $3::uuid)
           AND a.status = 'submitted' AND ${IN_SCOPE}
         GROUP BY 1 ORDER BY 1`,
        [rootId, contestId, roundId],
      );
    return rows.map((r) => ({
      weekStart: r.week,
      participants: Number(r.participants),
      attempts: Number(r.attempts),
    }));
  }

  /** The week start of each timestamp as the database computes it (checks the rule's SQL form). */
  async weekStartsOf(dates: readonly Date[]): Promise<string[]> {
    const rows: Array<{ week: string }> = await this.dataSource.query(
      `SELECT ${vietnamWeekStartSql('d')} AS week FROM unnest($1::timestamptz[]) WITH ORDINALITY AS x(d, i) ORDER BY i`,
      [dates.map((d) => d.toISOString())],
    );
    return rows.map((r) => r.week);
  }
}
