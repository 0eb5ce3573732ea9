import { computeDeadline, deviceSql, isOtherDevice, isPastGrace, timingSql } from '@app/attempts';
import { roundOpenSql, roundStatus } from '@app/contests';
import { createTestApp, type TestApp } from './helpers/test-app';

/**
 * The timing rules exist once as functions and once as SQL built next to them (for statements
 * that decide on the database's clock); here both are evaluated on the same inputs, in the real
 * database, and must agree.
 */
describe('timing and round rules in SQL agree with their functions (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('computes the same deadline: by the time limit, and cut at the round close', async () => {
    const startedAt = new Date('2026-12-07T13:50:00.123Z');
    for (const [limit, closesAt] of [
      [900, new Date('2026-12-07T20:00:00Z')],
      [900, new Date('2026-12-07T13:55:00Z')],
      [0, new Date('2026-12-07T13:55:00Z')],
      [86_400, new Date('2026-12-08T00:00:00Z')],
    ] as const) {
      const [row] = await t.dataSource.query<Array<{ deadline: Date }>>(
        `SELECT ${timingSql.deadline('$1::timestamptz', '$2::int', '$3::timestamptz')} AS deadline`,
        [startedAt, limit, closesAt],
      );
      expect(new Date(row.deadline).toISOString()).toBe(
        computeDeadline({ startedAt, timeLimitSec: limit, roundClosesAt: closesAt }).toISOString(),
      );
    }
  });

  it('draws the grace line at the same instant', async () => {
    const deadline = new Date('2026-12-07T14:05:00.000Z');
    for (const grace of [0, 1, 10]) {
      for (const offsetMs of [-1, 0, 1, grace * 1000 - 1, grace * 1000, grace * 1000 + 1]) {
        const at = new Date(deadline.getTime() + offsetMs);
        const [row] = await t.dataSource.query<Array<{ within: boolean; past: boolean }>>(
          `SELECT ${timingSql.withinGrace('$1::timestamptz', '$2::timestamptz', '$3::int')} AS within,
                  ${timingSql.pastGrace('$1::timestamptz', '$2::timestamptz', '$3::int')} AS past`,
          [at, deadline, grace],
        );
        const past = isPastGrace(at, deadline, grace);
        expect({ grace, offsetMs, past: row.past, within: row.within }).toEqual({
          grace,
          offsetMs,
          past,
          within: !past,
        });
      }
    }
  });

  it('opens and closes a round at the same instants', async () => {
    const round = {
      opensAt: new Date('2026-12-07T00:00:00.000Z'),
      closesAt: new Date('2026-12-07T14:00:00.000Z'),
    };
    for (const at of [
      new Date(round.opensAt.getTime() - 1),
      round.opensAt,
      new Date(round.opensAt.getTime() + 1),
      new Date(round.closesAt.getTime() - 1),
      round.closesAt,
      new Date(round.closesAt.getTime() + 1),
    ]) {
      const [row] = await t.dataSource.query<Array<{ open: boolean }>>(
        `SELECT ${roundOpenSql('$1::timestamptz', '$2::timestamptz', '$3::timestamptz')} AS open`,
        [round.opensAt, round.closesAt, at],
      );
      expect({ at: at.toISOString(), open: row.open }).toEqual({
        at: at.toISOString(),
        open: roundStatus(round, at) === 'open',
      });
    }
  });

  it('judges "another device" alike, a request naming no device included (issue 15)', async () => {
    const cases: Array<[string | null, string | null]> = [
      [null, null],
      [null, 'phone-a'],
      ['phone-a', 'phone-a'],
      ['phone-a', 'phone-b'],
      ['phone-a', null],
    ];
    for (const [bound, sent] of cases) {
      const [row] = await t.dataSource.query<Array<{ same: boolean }>>(
        `SELECT ${deviceSql.sameDevice('$1::text', '$2::text')} AS same`,
        [bound, sent],
      );
      expect({ bound, sent, other: !row.same }).toEqual({
        bound,
        sent,
        other: isOtherDevice(bound, sent),
      });
    }
  });
});
