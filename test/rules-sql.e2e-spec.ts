import { randomUUID } from 'node:crypto';
import { countedAttemptOrderSql, pickCountedAttempt } from '@app/attempts';
import { formatVietnamDateTime, vietnamDate, vietnamTimeSql } from '@app/core';
import {
  BOARD_INDEX_COLUMNS,
  boardOrderSql,
  compareStandings,
  type StandingKey,
  tieBreakAboveSql,
} from '@app/leaderboard';
import { vietnamWeekStart, vietnamWeekStartSql } from '@app/reports';
import {
  inEligibleUnit,
  inEligibleUnitSql,
  inEligibleUnitUpSql,
  subtreeIds,
  unitAncestorsSql,
  unitSubtreeSql,
} from '@app/units';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * Rules written once as a function and once as SQL built next to it (docs/architecture.md,
 * "where each rule lives"): both are evaluated here on the same inputs, in the real database,
 * and must agree. The clock rules (deadline, grace, round open) are in timing-sql.e2e-spec.ts.
 */
describe('rules in SQL agree with their functions (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('Vietnam time (libs/core/src/text/vietnam-time.ts)', () => {
    // Around Vietnam midnight (17:00 UTC), a year's turn, a leap day, a Monday, and the
    // time zone's historical offsets (+08 before 1975) that a fixed offset must ignore.
    const instants = [
      '2025-12-31T16:59:59.999Z',
      '2025-12-31T17:00:00.000Z',
      '2026-11-29T16:59:59.999Z',
      '2026-11-29T17:00:00.000Z',
      '2028-02-28T17:00:00.000Z',
      '2026-07-01T00:00:00.000Z',
      '2026-12-03T23:59:59.999Z',
      '1970-06-01T16:30:00.000Z',
    ].map((iso) => new Date(iso));

    it('gives the same calendar day, wall clock and week', async () => {
      for (const at of instants) {
        const [row] = await t.dataSource.query<Array<{ day: string; clock: string; week: string }>>(
          `SELECT to_char(${vietnamTimeSql.date('$1::timestamptz')}, 'YYYY-MM-DD') AS day,
                  to_char(${vietnamTimeSql.wallClock('$1::timestamptz')}, 'DD/MM/YYYY HH24:MI:SS') AS clock,
                  ${vietnamWeekStartSql('$1::timestamptz')} AS week`,
          [at],
        );
        expect({ at: at.toISOString(), ...row }).toEqual({
          at: at.toISOString(),
          day: vietnamDate(at),
          clock: formatVietnamDateTime(at),
          week: vietnamWeekStart(at),
        });
      }
    });
  });

  describe('board order, counted attempt and unit walks (libs/leaderboard rank-key, libs/attempts scoring, libs/units unit-subtree)', () => {
    /** Standings with many ties on every key, and scores that are not exact in binary. */
    function standings(): StandingKey[] {
      const scores = [10, 9.5, 9.5, 0.1 + 0.2, 0.3, 0, 7.25];
      const durations = [60_000, 60_000, 61_000, 0, 125_500];
      const at = [0, 0, 1, 1000].map((ms) => new Date(Date.UTC(2026, 11, 7, 13, 0, 0, ms)));
      const out: StandingKey[] = [];
      for (let i = 0; i < 80; i++) {
        out.push({
          score: scores[i % scores.length],
          durationMs: durations[(i * 7) % durations.length],
          submittedAt: at[(i * 3) % at.length],
          userId: randomUUID(),
        });
      }
      return out;
    }

    const unnestStandings = `unnest($1::numeric(10,2)[], $2::int[], $3::timestamptz[], $4::uuid[])
        AS s(score, duration_ms, submitted_at, user_id)`;
    const standingParams = (rows: StandingKey[]) => [
      rows.map((r) => r.score),
      rows.map((r) => r.durationMs),
      rows.map((r) => r.submittedAt.toISOString()),
      rows.map((r) => r.userId),
    ];

    it('orders a board the same way: ORDER BY and compareStandings', async () => {
      const rows = standings();
      const sql = await t.dataSource.query<Array<{ user_id: string }>>(
        `SELECT s.user_id FROM ${unnestStandings} ORDER BY ${boardOrderSql('s')}`,
        standingParams(rows),
      );
      const ts = [...rows].sort(compareStandings).map((r) => r.userId);
      expect(sql.map((r) => r.user_id)).toEqual(ts);
    });

    it('counts the same people ahead among equal scores', async () => {
      const rows = standings();
      const byId = new Map(rows.map((r) => [r.userId, r]));
      const pairs = await t.dataSource.query<Array<{ a: string; b: string; above: boolean }>>(
        `WITH s AS (SELECT * FROM ${unnestStandings})
         SELECT a.user_id AS a, b.user_id AS b, ${tieBreakAboveSql('a', 'b')} AS above
         FROM s a JOIN s b ON a.score = b.score`,
        standingParams(rows),
      );
      expect(pairs.length).toBeGreaterThan(rows.length);
      for (const p of pairs) {
        const ts = compareStandings(byId.get(p.a)!, byId.get(p.b)!) < 0;
        expect({ a: p.a, b: p.b, above: p.above }).toEqual({ a: p.a, b: p.b, above: ts });
      }
    });

    it('builds every board index in the board order', async () => {
      const indexes = await t.dataSource.query<Array<{ indexname: string; indexdef: string }>>(
        `SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY($1)`,
        [
          [
            'ix_round_standings_order',
            'ix_round_standings_unit_order',
            'ix_frozen_standings_order',
            'ix_frozen_standings_unit_order',
          ],
        ],
      );
      expect(indexes).toHaveLength(4);
      for (const ix of indexes) {
        expect({
          name: ix.indexname,
          order: ix.indexdef.endsWith(`${BOARD_INDEX_COLUMNS})`),
        }).toEqual({
          name: ix.indexname,
          order: true,
        });
      }
    });

    it("picks the same counted attempt per policy (the frozen board's copy and round_standings)", async () => {
      const users = [randomUUID(), randomUUID(), randomUUID()];
      const base = Date.UTC(2026, 11, 7, 13, 0, 0);
      const attempts = Array.from({ length: 24 }, (_, i) => ({
        id: randomUUID(),
        userId: users[i % users.length],
        score: [8, 9.5, 9.5, 7][i % 4],
        durationMs: [60_000, 60_000, 90_000][i % 3],
        submittedAt: new Date(base + [0, 0, 5000][(i * 5) % 3]),
        startedAt: new Date(base - [1000, 1000, 2000, 3000][(i * 3) % 4]),
      }));
      for (const policy of ['best', 'first', 'last'] as const) {
        const sql = await t.dataSource.query<Array<{ user_id: string; id: string }>>(
          `SELECT DISTINCT ON (a.user_id) a.user_id, a.id
           FROM unnest($1::uuid[], $2::uuid[], $3::numeric(10,2)[], $4::int[], $5::timestamptz[], $6::timestamptz[])
             AS a(id, user_id, score, duration_ms, submitted_at, started_at)
           ORDER BY a.user_id, ${countedAttemptOrderSql(policy, 'a')}`,
          [
            attempts.map((a) => a.id),
            attempts.map((a) => a.userId),
            attempts.map((a) => a.score),
            attempts.map((a) => a.durationMs),
            attempts.map((a) => a.submittedAt.toISOString()),
            attempts.map((a) => a.startedAt.toISOString()),
          ],
        );
        for (const row of sql) {
          const picked = pickCountedAttempt(
            attempts.filter((a) => a.userId === row.user_id),
            policy,
          );
          expect({ policy, user: row.user_id, id: row.id }).toEqual({
            policy,
            user: row.user_id,
            id: picked?.id,
          });
        }
        expect(sql).toHaveLength(users.length);
      }
    });

    it('walks the unit tree the same way: subtrees and eligible units, down and up', async () => {
      const [{ p, d1, d2, g1, g2, g3, q }] = await t.dataSource.query<
        Array<Record<'p' | 'd1' | 'd2' | 'g1' | 'g2' | 'g3' | 'q', string>>
      >(
        `WITH p AS (INSERT INTO units (code, name, kind) VALUES ('RS-P', 'LĐLĐ tỉnh', 'province_federation') RETURNING id),
              d1 AS (INSERT INTO units (code, name, kind, parent_id) SELECT 'RS-D1', 'Huyện Một', 'district_federation', id FROM p RETURNING id),
              d2 AS (INSERT INTO units (code, name, kind, parent_id) SELECT 'RS-D2', 'Huyện Hai', 'district_federation', id FROM p RETURNING id),
              g1 AS (INSERT INTO units (code, name, kind, parent_id) SELECT 'RS-G1', 'CĐCS Một', 'grassroots', id FROM d1 RETURNING id),
              g2 AS (INSERT INTO units (code, name, kind, parent_id) SELECT 'RS-G2', 'CĐCS Hai', 'grassroots', id FROM d2 RETURNING id),
              g3 AS (INSERT INTO units (code, name, kind, parent_id) SELECT 'RS-G3', 'Tổ Ba', 'grassroots', id FROM g1 RETURNING id),
              q AS (INSERT INTO units (code, name, kind) VALUES ('RS-Q', 'LĐLĐ tỉnh khác', 'province_federation') RETURNING id)
         SELECT p.id AS p, d1.id AS d1, d2.id AS d2, g1.id AS g1, g2.id AS g2, g3.id AS g3, q.id AS q
         FROM p, d1, d2, g1, g2, g3, q`,
      );
      const units = (
        await t.dataSource.query<Array<{ id: string; parent_id: string | null }>>(
          'SELECT id, parent_id FROM units',
        )
      ).map((u) => ({ id: u.id, parentId: u.parent_id }));
      const all = [p, d1, d2, g1, g2, g3, q];

      for (const root of all) {
        const rows = await t.dataSource.query<Array<{ id: string }>>(
          `WITH RECURSIVE ${unitSubtreeSql('t', 'id = $1')} SELECT id FROM t`,
          [root],
        );
        expect(rows.map((r) => r.id).sort()).toEqual(subtreeIds(units, root).sort());
      }

      const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
      for (const start of all) {
        const chain: string[] = [];
        for (let id: string | null = start; id; id = parentOf.get(id) ?? null) chain.push(id);
        const rows = await t.dataSource.query<Array<{ id: string }>>(
          `WITH RECURSIVE ${unitAncestorsSql('c', '$1::uuid')} SELECT id FROM c ORDER BY depth`,
          [start],
        );
        expect(rows.map((r) => r.id)).toEqual(chain);
      }
      for (const root of all) {
        const rows = await t.dataSource.query<Array<{ id: string; top_id: string }>>(
          `WITH RECURSIVE ${unitSubtreeSql('t', 'id = $1', { withTop: true })} SELECT id, top_id FROM t`,
          [root],
        );
        expect(rows.map((r) => r.id).sort()).toEqual(subtreeIds(units, root).sort());
        expect(new Set(rows.map((r) => r.top_id))).toEqual(new Set([root]));
      }

      const eligibleSets: Array<string[] | null> = [null, [], [d1], [d2, q], [p], [g3], [g1, d1]];
      for (const eligible of eligibleSets) {
        for (const unit of [...all, null]) {
          const [row] = await t.dataSource.query<Array<{ down: boolean; up: boolean }>>(
            `SELECT ${inEligibleUnitSql('$1::uuid', '$2::uuid[]')} AS down,
                    ${inEligibleUnitUpSql('$1::uuid', '$2::uuid[]')} AS up`,
            [unit, eligible],
          );
          const ts = inEligibleUnit(units, unit, eligible);
          expect({ eligible, unit, down: row.down, up: row.up }).toEqual({
            eligible,
            unit,
            down: ts,
            up: ts,
          });
        }
      }
    });
  });
});
