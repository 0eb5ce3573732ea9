import { formatVietnamDateTime, vietnamDate, vietnamTimeSql } from '@app/core';
import { vietnamWeekStart, vietnamWeekStartSql } from '@app/reports';
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
});
