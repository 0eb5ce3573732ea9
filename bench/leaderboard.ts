/**
 * bench:leaderboard — boards and own ranks of one round with a million submitted attempts.
 *
 *   npm run bench -- leaderboard [--participants 1000000] [--requests 2000] [--concurrency 8]
 *
 * Seeds (bulk SQL, generate_series) one open round with `participants` people, one submitted
 * attempt each and their round_standings rows, spread over 200 grassroots unions under 10
 * districts. Then, against one API process started here: the first board read (which loads the
 * in-memory rank index), and `requests` requests each — one at a time, then `concurrency` at a
 * time — of the authenticated no-op baseline (GET /api/ping), the top 20, the top 100, the
 * caller's own rank (a different person each request, all over the board), a grassroots unit's
 * top 20 and own rank, a district's own rank; and, for comparison, the own rank counted by plain
 * SQL (what the index avoids). Reports p50/p99, throughput, the API's CPU and memory and the load
 * generator's CPU share.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { seedLeaderboard } from './leaderboard-seed';
import { startBenchServer } from './lib/bench-server';
import { BenchClient } from './lib/http-client';
import { Latencies, processCpuSeconds, round, table } from './lib/stats';

interface Options {
  participants: number;
  requests: number;
  concurrency: number;
}

function parse(args: string[]): Options {
  const get = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    const v = i >= 0 ? Number(args[i + 1]) : fallback;
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive integer`);
    return v;
  };
  return {
    participants: get('participants', 1_000_000),
    requests: get('requests', 2000),
    concurrency: get('concurrency', 8),
  };
}

function rssMiB(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    return round(kb / 1024);
  } catch {
    return 0;
  }
}

interface Row {
  [column: string]: string | number;
  request: string;
  concurrency: number;
  n: number;
  p50ms: number;
  p99ms: number;
  maxms: number;
  reqPerSec: number;
  errors: number;
}

export async function runLeaderboardBench(args: string[]): Promise<Record<string, unknown>> {
  const opts = parse(args);
  const generatorStart = process.cpuUsage();
  const wallStart = performance.now();
  const server = await startBenchServer();
  const [pid] = server.apiPids();
  const pg = new Client({ connectionString: server.databaseUrl });
  await pg.connect();
  const client = new BenchClient(server.urls[0], 64);
  try {
    console.log(`seeding ${opts.participants.toLocaleString('vi-VN')} submitted attempts…`);
    const seedStart = performance.now();
    const seed = await seedLeaderboard(pg, opts.participants, 200, (line) => console.log(line));
    const seedSeconds = round((performance.now() - seedStart) / 1000);
    const jwt = new JwtService({
      secret: server.jwtSecret,
      signOptions: { algorithm: 'HS256', expiresIn: 3600 },
    });
    const tokenOf = (n: number) =>
      jwt.sign({ sub: seed.userId(n), roles: ['participant'], typ: 'access' });
    // People all over the board (ids are random, so is their place).
    let x = 12345;
    const pick = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) % opts.participants) + 1;
    const tokens = Array.from({ length: opts.requests }, () => tokenOf(pick()));
    // Grassroots unit 7 (participants n with n % 200 = 6) and its district: (7 % 10) + 1 = 8.
    const unit = seed.unitId(7);
    const unitTokens = Array.from({ length: Math.min(opts.requests, 500) }, (_, i) =>
      tokenOf(((i * 7919) % Math.floor(opts.participants / 200)) * 200 + 6),
    );
    const district = (
      await pg.query<{ id: string }>(`SELECT parent_id AS id FROM units WHERE id = $1`, [unit])
    ).rows[0].id;
    const round_ = `/api/rounds/${seed.roundId}/leaderboard`;

    const first = await timeOne(client, `${round_}?limit=20`, tokens[0]);
    const firstMe = await timeOne(client, `${round_}/me`, tokens[1]);
    console.log(
      `first board read ${round(first.ms)} ms (loads the rank index), first own rank ${round(firstMe.ms)} ms`,
    );
    const me = JSON.parse(firstMe.body) as { rank: number };

    const rows: Row[] = [];
    const cpuBefore = processCpuSeconds([pid]);
    const measureStart = performance.now();
    const runs: Array<[string, string, (i: number) => string | undefined, number?]> = [
      ['no-op baseline (GET /api/ping)', '/api/ping', (i) => tokens[i % tokens.length]],
      ['board top 20', `${round_}?limit=20`, () => undefined],
      ['board top 100', `${round_}?limit=100`, () => undefined],
      ['own rank (whole board)', `${round_}/me`, (i) => tokens[i % tokens.length]],
      ['unit board top 20 (5,000 people)', `${round_}?limit=20&unitId=${unit}`, () => undefined],
      [
        'own rank in unit (5,000 people)',
        `${round_}/me?unitId=${unit}`,
        (i) => unitTokens[i % unitTokens.length],
        Math.min(opts.requests, 500),
      ],
      [
        'own rank in district (100,000 people)',
        `${round_}/me?unitId=${district}`,
        (i) => unitTokens[i % unitTokens.length],
        Math.min(opts.requests, 200),
      ],
    ];
    for (const [label, path, token, n] of runs) {
      for (const concurrency of [1, opts.concurrency]) {
        rows.push(await load(client, label, path, token, n ?? opts.requests, concurrency));
      }
    }
    const apiCpu = processCpuSeconds([pid]) - cpuBefore;
    const measureSeconds = (performance.now() - measureStart) / 1000;

    // What the index avoids: the same own rank as one COUNT over the round.
    const sql = new Latencies();
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      await pg.query(
        `SELECT count(*) FROM round_standings s, round_standings me
          WHERE me.round_id = $1 AND me.user_id = $2 AND s.round_id = $1
            AND (s.score > me.score OR (s.score = me.score AND
                 (s.duration_ms, s.submitted_at, s.user_id) < (me.duration_ms, me.submitted_at, me.user_id)))`,
        [seed.roundId, seed.userId(pick())],
      );
      sql.record(performance.now() - started);
    }
    const sqlSummary = sql.summary();
    rows.push({
      request: 'own rank by plain SQL COUNT (no index)',
      concurrency: 1,
      n: sqlSummary.n,
      p50ms: sqlSummary.p50,
      p99ms: sqlSummary.p99,
      maxms: sqlSummary.max,
      reqPerSec: round(1000 / sqlSummary.p50, 1),
      errors: 0,
    });

    const generator = process.cpuUsage(generatorStart);
    const generatorCpu = (generator.user + generator.system) / 1e6;
    const summary = {
      scenario: 'leaderboard',
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        memoryGiB: round(os.totalmem() / 2 ** 30),
        node: process.version,
        loadAverage: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
      },
      participants: opts.participants,
      attempts: opts.participants,
      seedSeconds,
      firstBoardReadMs: round(first.ms),
      firstOwnRankMs: round(firstMe.ms),
      sampleRank: me.rank,
      apiRssMiB: rssMiB(pid),
      apiCpuSecondsWhileMeasuring: round(apiCpu, 1),
      apiCpuShareWhileMeasuring: round(apiCpu / measureSeconds / os.cpus().length, 2),
      loadGenerator: {
        cpuSeconds: round(generatorCpu, 1),
        wallSeconds: round((performance.now() - wallStart) / 1000),
        shareOfMachine: round(
          generatorCpu / ((performance.now() - wallStart) / 1000) / os.cpus().length,
          3,
        ),
      },
      results: rows,
    };
    console.log(
      `\nbench:leaderboard — ${opts.participants.toLocaleString('vi-VN')} submitted attempts in one round, one API process (load average ${summary.machine.loadAverage})\n`,
    );
    console.log(
      table(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])))),
    );
    console.log(
      `\nAPI RSS ${summary.apiRssMiB} MiB; load generator ${summary.loadGenerator.cpuSeconds} CPU s (${round(summary.loadGenerator.shareOfMachine * 100)}% of the machine)`,
    );
    console.log(`\n${JSON.stringify(summary)}`);
    return summary;
  } finally {
    client.close();
    await pg.end();
    await server.stop();
  }
}

async function timeOne(
  client: BenchClient,
  path: string,
  token: string | undefined,
): Promise<{ ms: number; body: string }> {
  const r = await client.request('GET', path, token);
  if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status} ${r.body.slice(0, 200)}`);
  return { ms: r.ms, body: r.body };
}

/** `n` GET requests, `concurrency` in flight at a time. */
async function load(
  client: BenchClient,
  label: string,
  path: string,
  token: (i: number) => string | undefined,
  n: number,
  concurrency: number,
): Promise<Row> {
  const latencies = new Latencies();
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < n; i = next++) {
        const r = await client.request('GET', path, token(i));
        if (r.status !== 200) errors++;
        latencies.record(r.ms);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const s = latencies.summary();
  return {
    request: label,
    concurrency,
    n: s.n,
    p50ms: s.p50,
    p99ms: s.p99,
    maxms: s.max,
    reqPerSec: round(s.n / seconds),
    errors,
  };
}
