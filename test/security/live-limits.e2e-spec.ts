import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import { connectLive, type Ack } from '../helpers/leaderboard-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser } from '../helpers/users';

jest.setTimeout(60_000);

/** The live gateway's per-socket limit, and its origins (docs/security.md). */
describe('live boards: per-socket limit and allowed origins (e2e)', () => {
  let t: TestApp;
  let roundId: string;
  let unitIds: string[];

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    const organizer = await createUser(t, { roles: ['organizer'] });
    const bank = await createBank(t, organizer, 10);
    const contest = await createPublishedContest(t, organizer, bank.id);
    roundId = contest.roundIds[0];
    const rows: Array<{ id: string }> = await t.dataSource.query(
      `INSERT INTO units (code, name, kind)
       SELECT 'GH-' || n, 'Công đoàn cơ sở ' || n, 'grassroots' FROM generate_series(1, 73) n
       RETURNING id`,
    );
    unitIds = rows.map((r) => r.id);
  });
  afterAll(async () => {
    await t.close();
  });

  it('accepts exactly 20 of 73 concurrent subscriptions to different boards on one socket', async () => {
    const client = await connectLive(t);
    const acks: Ack[] = await Promise.all(
      unitIds.map((unitId) => client.subscribe({ roundId, unitId })),
    );
    expect(acks.filter((a) => a.ok)).toHaveLength(20);
    const refused = acks.filter((a) => !a.ok);
    expect(refused).toHaveLength(53);
    expect(new Set(refused.map((a) => a.error.code))).toEqual(new Set(['VALIDATION_FAILED']));
    // Leaving a board frees its slot.
    const joined = unitIds.filter((_, i) => acks[i].ok);
    await client.unsubscribe({ roundId, unitId: joined[0] });
    const free = unitIds.find((_, i) => !acks[i].ok) as string;
    expect((await client.subscribe({ roundId, unitId: free })).ok).toBe(true);
    client.close();
  });
});

describe('live boards in production mode: allowed origins (e2e)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({
      RUN_WORKERS: 'false',
      CORS_ORIGINS: 'https://thi.ldld.example.vn',
    });
  });
  afterAll(async () => {
    await t.close();
  });

  const handshake = (origin?: string) =>
    fetch(`${t.baseUrl}/socket.io/?EIO=4&transport=polling`, {
      headers: origin ? { Origin: origin } : {},
    }).then((r) => r.status);

  it('refuses a browser handshake from another origin, like HTTP does', async () => {
    expect(await handshake('https://evil.example.com')).toBe(403);
    expect(await handshake('https://thi.ldld.example.vn')).toBe(200);
    // Not a browser (no Origin): CORS does not concern it.
    expect(await handshake()).toBe(200);
  });
});
