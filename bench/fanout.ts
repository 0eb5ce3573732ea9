/**
 * bench:fanout — live board updates to a crowd of sockets.
 *
 *   npm run bench -- fanout [--clients 5000] [--submissions 20] [--interval 1500]
 *
 * One API process started here; `clients` socket.io clients (websocket transport) connect to
 * `/live` and subscribe to one round's board; then `submissions` participants each start and
 * submit an attempt through the API, one every `interval` ms. For every (client, submission)
 * pair: the delay from the submit response to the first `leaderboard:update` that counts the
 * submission (p50/p95/max), and how many never arrived. Also: connect + subscribe times, the
 * API's resident memory before and with the clients, and the load generator's CPU share (the
 * clients run in this process).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { io, type Socket } from 'socket.io-client';
import { startBenchServer } from './lib/bench-server';
import { BenchClient } from './lib/http-client';
import { Latencies, processCpuSeconds, round, table } from './lib/stats';

interface Options {
  clients: number;
  submissions: number;
  interval: number;
}

function parse(args: string[]): Options {
  const get = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    const v = i >= 0 ? Number(args[i + 1]) : fallback;
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive integer`);
    return v;
  };
  return {
    clients: get('clients', 5000),
    submissions: get('submissions', 20),
    interval: get('interval', 1500),
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An organizer, `participants` people, a bank of 5 questions and a published contest. */
async function seed(
  pg: Client,
  api: BenchClient,
  jwt: JwtService,
  participants: number,
): Promise<{ roundId: string; tokens: string[] }> {
  const organizer = await pg.query<{ id: string }>(
    `INSERT INTO users (email, full_name, password_hash, roles, email_verified_at)
     VALUES ('organizer@bench.hoithi.vn', 'Ban tổ chức', 'x', '{organizer}', now()) RETURNING id`,
  );
  const people = await pg.query<{ id: string }>(
    `INSERT INTO users (email, full_name, password_hash, roles, email_verified_at)
     SELECT 'fanout' || n || '@bench.hoithi.vn', 'Người thi ' || n, 'x', '{participant}', now()
       FROM generate_series(1, $1::int) n RETURNING id`,
    [participants],
  );
  const organizerToken = jwt.sign({
    sub: organizer.rows[0].id,
    roles: ['organizer'],
    typ: 'access',
  });
  const ok = async (method: string, path: string, body?: unknown) => {
    const r = await api.request(method, path, organizerToken, body);
    if (r.status >= 300)
      throw new Error(`${method} ${path}: HTTP ${r.status} ${r.body.slice(0, 300)}`);
    return JSON.parse(r.body) as Record<string, unknown>;
  };
  const bank = await ok('POST', '/api/banks', { title: 'Ngân hàng bench', theme: 'bench' });
  for (let i = 1; i <= 5; i++) {
    await ok('POST', `/api/banks/${String(bank.id)}/questions`, {
      type: 'single',
      prompt: `Câu hỏi ${i}`,
      options: ['A', 'B', 'C', 'D'].map((l) => ({ text: `Đáp án ${l}`, correct: l === 'B' })),
    });
  }
  const now = Date.now();
  const contest = await ok('POST', '/api/contests', {
    title: 'Cuộc thi bench fanout',
    slug: `bench-fanout-${now.toString(36)}`,
    theme: 'bench',
    description: 'bench',
    rules: 'bench',
    rounds: [
      {
        title: 'Tuần 1',
        opensAt: new Date(now - 3600_000).toISOString(),
        closesAt: new Date(now + 86400_000).toISOString(),
      },
    ],
    questionCount: 5,
    drawRules: [{ bankId: bank.id, count: 5 }],
    timeLimitSec: 900,
    attemptsPerRound: 1,
    attemptPolicy: 'best',
    shuffleQuestions: true,
    shuffleOptions: true,
    prediction: { enabled: false, prompt: '' },
    prizes: { first: 1, second: 1, third: 1, consolation: 1 },
    onePrizePerPerson: true,
    requireVerifiedEmail: false,
    leaderboard: { public: true, freezeMinutesBeforeClose: 0 },
    revealAnswers: 'never',
  });
  await ok('POST', `/api/contests/${String(contest.id)}/publish`);
  const rounds = contest.rounds as Array<{ id: string }>;
  return {
    roundId: rounds[0].id,
    tokens: people.rows.map((p) => jwt.sign({ sub: p.id, roles: ['participant'], typ: 'access' })),
  };
}

interface Watcher {
  socket: Socket;
  /** [attempts counter, arrival time] of every update. */
  updates: Array<[number, number]>;
}

export async function runFanoutBench(args: string[]): Promise<Record<string, unknown>> {
  const opts = parse(args);
  const generatorStart = process.cpuUsage();
  const wallStart = performance.now();
  const server = await startBenchServer();
  const [pid] = server.apiPids();
  const url = server.urls[0];
  const pg = new Client({ connectionString: server.databaseUrl });
  await pg.connect();
  const api = new BenchClient(url, 16);
  const watchers: Watcher[] = [];
  try {
    const jwt = new JwtService({
      secret: server.jwtSecret,
      signOptions: { algorithm: 'HS256', expiresIn: 3600 },
    });
    const { roundId, tokens } = await seed(pg, api, jwt, opts.submissions);
    // Warm the board once (first computation of the round), then measure the idle server.
    await api.request('GET', `/api/rounds/${roundId}/leaderboard`);
    await sleep(500);
    const rssIdle = rssMiB(pid);

    console.log(`connecting ${opts.clients} socket.io clients…`);
    const connectTimes = new Latencies();
    const subscribeTimes = new Latencies();
    let failedConnections = 0;
    const connectStart = performance.now();
    const BATCH = 250;
    for (let start = 0; start < opts.clients; start += BATCH) {
      await Promise.all(
        Array.from({ length: Math.min(BATCH, opts.clients - start) }, async () => {
          const t0 = performance.now();
          const socket = io(`${url}/live`, {
            path: '/socket.io',
            transports: ['websocket'],
            reconnection: false,
            forceNew: true,
            timeout: 20_000,
          });
          const watcher: Watcher = { socket, updates: [] };
          socket.on('leaderboard:update', (board: { attempts: number }) => {
            watcher.updates.push([board.attempts, performance.now()]);
          });
          try {
            await new Promise<void>((resolve, reject) => {
              socket.once('connect', () => resolve());
              socket.once('connect_error', reject);
            });
            connectTimes.record(performance.now() - t0);
            const t1 = performance.now();
            const ack = (await socket
              .timeout(20_000)
              .emitWithAck('leaderboard:subscribe', { roundId })) as { ok: boolean };
            if (!ack.ok) throw new Error('subscribe refused');
            subscribeTimes.record(performance.now() - t1);
            watchers.push(watcher);
          } catch {
            failedConnections++;
            socket.disconnect();
          }
        }),
      );
    }
    const connectSeconds = (performance.now() - connectStart) / 1000;
    await sleep(1000);
    const rssWithClients = rssMiB(pid);
    console.log(
      `${watchers.length} clients subscribed in ${round(connectSeconds)} s (${failedConnections} failed); API RSS ${rssIdle} → ${rssWithClients} MiB`,
    );

    let rssPeak = rssWithClients;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMiB(pid))), 100);
    const cpuBefore = processCpuSeconds([pid]);
    const measureStart = performance.now();
    const submittedAt: number[] = [];
    const submitTimes = new Latencies();
    for (let k = 0; k < opts.submissions; k++) {
      // The attempt is bound to this device; the submit names it (docs/security.md).
      const device = { 'X-Device-Id': `bench-fanout-${k}` };
      const started = await api.request(
        'POST',
        `/api/rounds/${roundId}/attempts`,
        tokens[k],
        undefined,
        device,
      );
      if (started.status !== 201) throw new Error(`start: HTTP ${started.status} ${started.body}`);
      const attemptId = (JSON.parse(started.body) as { id: string }).id;
      const t0 = performance.now();
      const submitted = await api.request(
        'POST',
        `/api/attempts/${attemptId}/submit`,
        tokens[k],
        {},
        device,
      );
      if (submitted.status !== 200) throw new Error(`submit: HTTP ${submitted.status}`);
      submitTimes.record(performance.now() - t0);
      submittedAt.push(performance.now());
      // Spread the submissions over the server's tick (not in phase with it).
      await sleep(opts.interval - 200 + Math.floor(Math.random() * 400));
    }
    await sleep(3000);
    clearInterval(sampler);
    const apiCpu = processCpuSeconds([pid]) - cpuBefore;
    const measureSeconds = (performance.now() - measureStart) / 1000;

    const delays = new Latencies();
    // Per submission: the first client served (server side: coalescing + computing) and the
    // spread from the first to the last client (sending to 5,000 sockets, and this process
    // reading 5,000 messages).
    const firstClient = new Latencies();
    const spread = new Latencies();
    let missed = 0;
    let updatesReceived = 0;
    const firstAt = submittedAt.map(() => Number.POSITIVE_INFINITY);
    const lastAt = submittedAt.map(() => 0);
    for (const w of watchers) {
      updatesReceived += w.updates.length;
      for (let k = 0; k < submittedAt.length; k++) {
        const hit = w.updates.find(([attempts]) => attempts >= k + 1);
        if (!hit) {
          missed++;
          continue;
        }
        delays.record(Math.max(0, hit[1] - submittedAt[k]));
        firstAt[k] = Math.min(firstAt[k], hit[1]);
        lastAt[k] = Math.max(lastAt[k], hit[1]);
      }
    }
    for (let k = 0; k < submittedAt.length; k++) {
      if (!Number.isFinite(firstAt[k])) continue;
      firstClient.record(Math.max(0, firstAt[k] - submittedAt[k]));
      spread.record(lastAt[k] - firstAt[k]);
    }
    const d = delays.summary();
    const f = firstClient.summary();
    const sp = spread.summary();
    const generator = process.cpuUsage(generatorStart);
    const generatorCpu = (generator.user + generator.system) / 1e6;
    const wall = (performance.now() - wallStart) / 1000;
    const summary = {
      scenario: 'fanout',
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model,
        node: process.version,
        loadAverage: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
      },
      clients: watchers.length,
      failedConnections,
      submissions: submittedAt.length,
      connect: { seconds: round(connectSeconds), ...connectTimes.summary() },
      subscribeAck: subscribeTimes.summary(),
      submitResponse: submitTimes.summary(),
      delaySubmitToClientMs: { p50: d.p50, p95: d.p95, p99: d.p99, max: d.max, pairs: d.n, missed },
      delaySubmitToFirstClientMs: { p50: f.p50, p95: f.p95, max: f.max },
      firstToLastClientMs: { p50: sp.p50, p95: sp.p95, max: sp.max },
      updatesPerClient: round(updatesReceived / Math.max(1, watchers.length), 2),
      apiRssMiB: { idle: rssIdle, withClients: rssWithClients, peak: round(rssPeak) },
      apiCpuShareWhileSubmitting: round(apiCpu / measureSeconds / os.cpus().length, 3),
      loadGenerator: {
        cpuSeconds: round(generatorCpu, 1),
        wallSeconds: round(wall),
        shareOfMachine: round(generatorCpu / wall / os.cpus().length, 3),
      },
    };
    console.log(
      `\nbench:fanout — ${watchers.length} socket.io clients on one board, ${submittedAt.length} submissions, one API process (load average ${summary.machine.loadAverage})\n`,
    );
    console.log(
      table([
        { measure: 'submit → client update p50 (ms)', value: d.p50 },
        { measure: 'submit → client update p95 (ms)', value: d.p95 },
        { measure: 'submit → client update max (ms)', value: d.max },
        { measure: 'submit → first client p50 / max (ms)', value: `${f.p50} / ${f.max}` },
        { measure: 'first → last client p50 / max (ms)', value: `${sp.p50} / ${sp.max}` },
        { measure: 'updates missed (client × submission)', value: missed },
        { measure: 'updates per client', value: summary.updatesPerClient },
        {
          measure: 'subscribe ack p50 / p99 (ms)',
          value: `${summary.subscribeAck.p50} / ${summary.subscribeAck.p99}`,
        },
        {
          measure: 'API RSS idle → with the clients → peak (MiB)',
          value: `${rssIdle} → ${rssWithClients} → ${round(rssPeak)}`,
        },
        { measure: 'API CPU share while submitting', value: summary.apiCpuShareWhileSubmitting },
        {
          measure: 'load generator CPU share of the machine',
          value: summary.loadGenerator.shareOfMachine,
        },
      ]),
    );
    console.log(`\n${JSON.stringify(summary)}`);
    return summary;
  } finally {
    for (const w of watchers) w.socket.disconnect();
    api.close();
    await pg.end();
    await server.stop();
  }
}
