import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { freePort } from '@app/database';
import { startApiProcess, type ApiProcess } from '../helpers/api-process';

jest.setTimeout(240_000);

/** PostgreSQL processes whose command line names this data directory. */
function postgresFor(dataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (cmd.includes('postgres') && cmd.includes(dataDir)) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

async function contests(api: ApiProcess): Promise<{ total: number; titles: string[] }> {
  const body = (await (await fetch(`${api.baseUrl}/api/contests`)).json()) as {
    total: number;
    items: Array<{ title: string }>;
  };
  return { total: body.total, titles: body.items.map((c) => c.title) };
}

/**
 * What `npm start` does with no DATABASE_URL, as separate processes: the embedded PostgreSQL in
 * DATA_DIR with the demo contest loaded; a second start on the same directory refused while the
 * first runs (and the first keeps its database); after kill -9 the next start stops the orphaned
 * PostgreSQL and finds the data again (the demo is not loaded twice); SIGTERM leaves no
 * PostgreSQL behind.
 */
describe('the embedded database across starts (e2e, separate processes)', () => {
  let dataDir: string;
  const running: ApiProcess[] = [];
  const env = () => ({ DATABASE_URL: '', SEED_DEMO: 'true', DATA_DIR: dataDir });

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoithi-lifecycle-'));
    fs.chmodSync(dataDir, 0o755);
  });
  afterAll(async () => {
    await Promise.all(running.map((p) => p.stop()));
    for (const pid of postgresFor(dataDir)) process.kill(pid, 'SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, refuses a second start, survives kill -9 and stops cleanly', async () => {
    const first = await startApiProcess(env());
    running.push(first);
    const seeded = await contests(first);
    expect(seeded.total).toBe(1);
    expect(seeded.titles[0]).toMatch(/Công đoàn Việt Nam/);
    expect(postgresFor(dataDir).length).toBeGreaterThan(0);

    // A second start on the same data directory (another port) is refused with a reason.
    const second = spawnSync(process.execPath, [path.resolve('dist/apps/api/src/main.js')], {
      env: {
        ...process.env,
        ...env(),
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        PORT: String(await freePort()),
      },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/in use by another HoiThi/);
    // …and the first one still has its database.
    expect((await fetch(`${first.baseUrl}/api/health`)).status).toBe(200);

    // kill -9: the database is orphaned; the next start stops it and carries on with the data.
    await first.kill9();
    expect(postgresFor(dataDir).length).toBeGreaterThan(0);
    const again = await startApiProcess(env());
    running.push(again);
    expect(await contests(again)).toEqual(seeded);

    await again.stop();
    const until = Date.now() + 10_000;
    while (postgresFor(dataDir).length > 0 && Date.now() < until)
      await new Promise((r) => setTimeout(r, 100));
    expect(postgresFor(dataDir)).toEqual([]);
  });
});
