/**
 * bench:attempts — the attempt engine under load, against a baseline measured in the same run.
 *
 *   npm run bench -- attempts [--participants 2000] [--ramp 60] [--think 3] [--instances 1] [--quick]
 *                             [--phases baseline,flash,capacity,flow] [--profile DIR]
 *                             [--levels 4000,5000] [--step 15] [--series]
 *
 * `--levels`/`--step` choose the capacity steps, `--series` adds per-second latencies to the JSON;
 * `--phases` runs only some phases (capacity reuses the flash crowd's attempts, started quietly
 * when the flash phase is skipped); `--profile DIR` writes the API's V8 CPU profile there.
 *
 * Phases (one server, started here):
 *  1. baseline: closed-loop GET /api/ping (authenticated no-op) vs PUT answer, same driver,
 *     same concurrency → answer saves as a share of the baseline;
 *  2. flash crowd: 3,000 attempt starts arriving within 10 s (open loop);
 *  3. capacity: active participants each saving one answer every ~5 s, stepped up until the
 *     p99 of saves crosses 150 ms (the knee);
 *  4. flow: N participants ramping in over --ramp seconds: login → start → 20 saves, each after
 *     a think time of --think seconds on average (2–4 s) → submit → leaderboard read; per-step
 *     latencies, completed attempts/s, errors by code;
 *  5. zero lost answers: every acknowledged save is checked against the database.
 */
import { randomBytes } from 'node:crypto';
import * as os from 'node:os';
import { JwtService } from '@nestjs/jwt';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { startBenchServer } from './lib/bench-server';
import { BenchClient, errorCode, type HttpResult } from './lib/http-client';
import { Latencies, pidsByCommand, processCpuSeconds, round, table } from './lib/stats';

interface Options {
  participants: number;
  rampSec: number;
  /** Mean think time between two answers of the flow, in seconds (uniform ± 1/3). */
  thinkSec: number;
  instances: number;
  quick: boolean;
  phases: Set<Phase>;
  profileDir?: string;
  /** Capacity: the levels to step through (`--levels 4000,5000`), seconds per step, per-second stats. */
  levels?: number[];
  stepSec?: number;
  series: boolean;
  /** Extra flags for the API's node (`--node-arg --trace-gc`, repeatable). */
  nodeArgs: string[];
}

const PHASES = ['baseline', 'flash', 'capacity', 'flow'] as const;
type Phase = (typeof PHASES)[number];

interface Attempt {
  id: string;
  questions: Array<{ id: string; options: Array<{ id: string }> }>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function parse(args: string[]): Options {
  const get = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  const quick = args.includes('--quick');
  const str = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const phases = new Set((str('phases') ?? PHASES.join(',')).split(',').map((p) => p.trim()));
  for (const p of phases)
    if (!(PHASES as readonly string[]).includes(p))
      throw new Error(`unknown phase "${p}": use ${PHASES.join(', ')}`);
  return {
    phases: phases as Set<Phase>,
    levels: str('levels')
      ?.split(',')
      .map((n) => Number(n))
      .filter((n) => n > 0),
    stepSec: str('step') ? Number(str('step')) : undefined,
    series: args.includes('--series'),
    nodeArgs: args.flatMap((a, i) => (a === '--node-arg' && args[i + 1] ? [args[i + 1]] : [])),
    profileDir: str('profile'),
    participants: get('participants', quick ? 300 : 2000),
    rampSec: get('ramp', quick ? 15 : 60),
    thinkSec: get('think', quick ? 1 : 3),
    instances: get('instances', 1),
    quick,
  };
}

export async function runAttemptsBench(args: string[]): Promise<Record<string, unknown>> {
  const opts = parse(args);
  const server = await startBenchServer({
    instances: opts.instances,
    nodeArgs: [
      ...(opts.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.profileDir}`] : []),
      ...opts.nodeArgs,
    ],
  });
  const runs = (phase: Phase) => opts.phases.has(phase);
  const clients = server.urls.map((u) => new BenchClient(u, 2048));
  const pick = (i: number) => clients[i % clients.length];
  const pg = new Client({ connectionString: server.databaseUrl });
  await pg.connect();
  const jwt = new JwtService({
    secret: server.jwtSecret,
    signOptions: { algorithm: 'HS256', expiresIn: 7200 },
  });
  const acked = new Map<string, Set<string>>(); // attempt/question → option ids acknowledged
  const ack = (attemptId: string, questionId: string, optionId: string) => {
    const key = `${attemptId}/${questionId}`;
    if (!acked.has(key)) acked.set(key, new Set());
    acked.get(key)!.add(optionId);
  };
  const genCpuStart = process.cpuUsage();
  const wallStart = performance.now();
  const serverPids = () => [...server.apiPids(), ...pidsByCommand(/postgres/)];
  const serverCpuStart = processCpuSeconds(serverPids());

  try {
    // ---- setup: staff, bank, contest, participants (SQL for people; the API for content)
    const password = 'Bench-2026';
    const passwordHash = await hash(password, { algorithm: 2 });
    const flashCount = opts.quick ? 600 : 3000;
    const throughputUsers = 200;
    const total = 1 + throughputUsers + flashCount + opts.participants;
    const emails = Array.from(
      { length: total },
      (_, i) => `bench-${i}-${randomBytes(3).toString('hex')}@example.vn`,
    );
    const { rows: users } = await pg.query<{ id: string; email: string }>(
      `INSERT INTO users (email, full_name, password_hash, roles, email_verified_at)
       SELECT e, 'Người thi ' || i, $2, CASE WHEN i = 1 THEN '{organizer}'::text[] ELSE '{participant}'::text[] END, now()
       FROM unnest($1::text[]) WITH ORDINALITY AS t(e, i) RETURNING id, email`,
      [emails, passwordHash],
    );
    users.sort((a, b) => emails.indexOf(a.email) - emails.indexOf(b.email));
    const token = (u: { id: string }, roles = ['participant']) =>
      jwt.sign({ sub: u.id, roles, typ: 'access' });
    /** Each participant's device (X-Device-Id), sent on start, saves and submit like the web app:
     * an attempt is bound to it and a call naming no device is refused (docs/security.md). */
    const device = (u: { id: string }) => ({ 'X-Device-Id': `bench-${u.id}` });
    const organizerToken = token(users[0], ['organizer']);
    const c0 = clients[0];
    const bank = JSON.parse(
      (
        await c0.request('POST', '/api/banks', organizerToken, {
          title: 'Ngân hàng đo tải',
          theme: 'bench',
        })
      ).body,
    ) as { id: string };
    for (let i = 1; i <= 60; i++) {
      const r = await c0.request('POST', `/api/banks/${bank.id}/questions`, organizerToken, {
        type: 'single',
        prompt: `Câu hỏi đo tải số ${i}?`,
        options: ['A', 'B', 'C', 'D'].map((l) => ({
          text: `Phương án ${l} của câu ${i}`,
          correct: l === 'C',
        })),
        difficulty: ((i - 1) % 3) + 1,
      });
      if (r.status !== 201) throw new Error(`question: ${r.status} ${r.body}`);
    }
    const now = Date.now();
    const contestRes = await c0.request('POST', '/api/contests', organizerToken, {
      title: 'Cuộc thi đo tải',
      slug: `do-tai-${now.toString(36)}`,
      rounds: [
        {
          title: 'Tuần 1',
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 4 * 3600_000).toISOString(),
        },
      ],
      questionCount: 20,
      drawRules: [{ bankId: bank.id, count: 20 }],
      timeLimitSec: 3600,
      attemptsPerRound: 1,
      attemptPolicy: 'best',
      shuffleQuestions: true,
      shuffleOptions: true,
      prediction: { enabled: true, prompt: 'Bao nhiêu người đúng hết?' },
      prizes: { first: 1, second: 2, third: 3, consolation: 5 },
      onePrizePerPerson: true,
      requireVerifiedEmail: false,
      leaderboard: { public: true, freezeMinutesBeforeClose: 0 },
      revealAnswers: 'never',
    });
    if (contestRes.status !== 201)
      throw new Error(`contest: ${contestRes.status} ${contestRes.body}`);
    const contest = JSON.parse(contestRes.body) as { id: string; rounds: Array<{ id: string }> };
    await c0.request('POST', `/api/contests/${contest.id}/publish`, organizerToken);
    const roundId = contest.rounds[0].id;
    const startUrl = `/api/rounds/${roundId}/attempts`;
    const throughputPeople = users.slice(1, 1 + throughputUsers);
    const flashPeople = users.slice(1 + throughputUsers, 1 + throughputUsers + flashCount);
    const flowPeople = users.slice(1 + throughputUsers + flashCount);

    // ---- 1. baseline vs answer saves (closed loop, same driver and concurrency)
    /** Starts attempts quietly (16 at a time): set-up for the phases that need them. */
    const startQuietly = async (people: typeof users) => {
      const out: Array<{ token: string; device: Record<string, string>; attempt: Attempt }> = [];
      for (let i = 0; i < people.length; i += 16) {
        const batch = await Promise.all(
          people.slice(i, i + 16).map(async (p, k) => {
            const t = token(p);
            const r = await pick(i + k).request('POST', startUrl, t, undefined, device(p));
            if (r.status !== 201 && r.status !== 200)
              throw new Error(`start: ${r.status} ${r.body}`);
            return { token: t, device: device(p), attempt: JSON.parse(r.body) as Attempt };
          }),
        );
        out.push(...batch);
      }
      return out;
    };
    const closedLoop = async (
      seconds: number,
      concurrency: number,
      fn: (i: number) => Promise<HttpResult>,
    ) => {
      const lat = new Latencies();
      const errors: Record<string, number> = {};
      const until = performance.now() + seconds * 1000;
      let n = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async (_, w) => {
          let i = w;
          while (performance.now() < until) {
            const r = await fn(i);
            i += concurrency;
            if (r.status >= 400) errors[errorCode(r)] = (errors[errorCode(r)] ?? 0) + 1;
            else lat.record(r.ms);
            n++;
          }
        }),
      );
      return { rps: round(n / seconds), latency: lat.summary(), errors };
    };
    const seconds = opts.quick ? 5 : 15;
    const concurrency = 64;
    const skipped = { rps: 0, latency: new Latencies().summary(), errors: {} };
    let baseline = skipped;
    let saves = skipped;
    if (runs('baseline')) {
      const throughputAttempts = await startQuietly(throughputPeople);
      baseline = await closedLoop(seconds, concurrency, (i) =>
        pick(i).request(
          'GET',
          '/api/ping',
          throughputAttempts[i % throughputAttempts.length].token,
        ),
      );
      saves = await closedLoop(seconds, concurrency, async (i) => {
        const { token: t, device: d, attempt } = throughputAttempts[i % throughputAttempts.length];
        const q =
          attempt.questions[Math.floor(i / throughputAttempts.length) % attempt.questions.length];
        const option = q.options[i % q.options.length].id;
        const r = await pick(i).request(
          'PUT',
          `/api/attempts/${attempt.id}/answers/${q.id}`,
          t,
          { optionIds: [option] },
          d,
        );
        if (r.status === 200) ack(attempt.id, q.id, option);
        return r;
      });
    }

    // ---- 2. flash crowd: starts spread evenly over 10 s, open loop
    const flashLat = new Latencies();
    const flashErrors: Record<string, number> = {};
    let flashAttempts: Array<{ token: string; device: Record<string, string>; attempt: Attempt }> =
      [];
    const flashStart = performance.now();
    if (!runs('flash')) {
      if (runs('capacity')) flashAttempts = await startQuietly(flashPeople);
    } else
      await Promise.all(
        flashPeople.map(async (p, i) => {
          await sleep((i / flashPeople.length) * 10_000);
          const t = token(p);
          try {
            const r = await pick(i).request('POST', startUrl, t, undefined, device(p));
            if (r.status === 201 || r.status === 200) {
              flashLat.record(r.ms);
              flashAttempts.push({
                token: t,
                device: device(p),
                attempt: JSON.parse(r.body) as Attempt,
              });
            } else flashErrors[errorCode(r)] = (flashErrors[errorCode(r)] ?? 0) + 1;
          } catch (e) {
            flashErrors[(e as Error).message] = (flashErrors[(e as Error).message] ?? 0) + 1;
          }
        }),
      );
    const flash = {
      starts: runs('flash') ? flashPeople.length : 0,
      ok: flashAttempts.length,
      seconds: round((performance.now() - flashStart) / 1000),
      latency: flashLat.summary(),
      errors: flashErrors,
    };

    // ---- 3. capacity: L participants × one save per ~5 s, stepped up until p99 ≥ 150 ms
    const levels =
      opts.levels ??
      (opts.quick ? [500, 1000, 2000] : [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 10000]);
    const stepSec = opts.stepSec ?? (opts.quick ? 8 : 30);
    const seriesOut: Array<{ participants: number; perSecond: Array<Record<string, number>> }> = [];
    const steps: Array<Record<string, number | string>> = [];
    let knee = 0;
    for (const level of runs('capacity') ? levels : []) {
      const lat = new Latencies();
      const stepStart = performance.now();
      const perSecond: Latencies[] = [];
      let errors = 0;
      const errorCodes: Record<string, number> = {};
      const until = performance.now() + stepSec * 1000;
      await Promise.all(
        Array.from({ length: level }, async (_, i) => {
          await sleep(Math.random() * 5000);
          let k = 0;
          while (performance.now() < until) {
            const { token: t, device: d, attempt } = flashAttempts[i % flashAttempts.length];
            const q = attempt.questions[(i + k) % attempt.questions.length];
            const option = q.options[(i + k) % q.options.length].id;
            k++;
            try {
              const r = await pick(i).request(
                'PUT',
                `/api/attempts/${attempt.id}/answers/${q.id}`,
                t,
                { optionIds: [option] },
                d,
              );
              if (r.status === 200) {
                lat.record(r.ms);
                if (opts.series) {
                  const sec = Math.floor((performance.now() - stepStart) / 1000);
                  (perSecond[sec] ??= new Latencies()).record(r.ms);
                }
                ack(attempt.id, q.id, option);
              } else {
                errors++;
                errorCodes[errorCode(r)] = (errorCodes[errorCode(r)] ?? 0) + 1;
              }
            } catch (e) {
              errors++;
              errorCodes[(e as Error).message] = (errorCodes[(e as Error).message] ?? 0) + 1;
            }
            await sleep(4000 + Math.random() * 2000);
          }
        }),
      );
      if (opts.series)
        seriesOut.push({
          participants: level,
          perSecond: perSecond.map((l, sec) => {
            const x = l.summary();
            return { sec, n: x.n, p50: x.p50, p99: x.p99, max: x.max };
          }),
        });
      const s = lat.summary();
      const pass = s.p99 < 150 && errors <= s.n * 0.001;
      steps.push({
        participants: level,
        savesPerSec: round(s.n / stepSec),
        p50: s.p50,
        p99: s.p99,
        errors,
        ...(errors ? { errorCodes: JSON.stringify(errorCodes) } : {}),
        pass: pass ? 'yes' : 'no',
      });
      if (!pass) break;
      knee = level;
    }

    // ---- 4. the participant flow, ramping in
    const step = {
      login: new Latencies(),
      start: new Latencies(),
      save: new Latencies(),
      submit: new Latencies(),
      leaderboard: new Latencies(),
    };
    const flowErrors: Record<string, number> = {};
    let completed = 0;
    const flowStart = performance.now();
    const fail = (what: string, r: HttpResult) => {
      const key = `${what}:${errorCode(r)}`;
      flowErrors[key] = (flowErrors[key] ?? 0) + 1;
    };
    await Promise.all(
      (runs('flow') ? flowPeople : []).map(async (p, i) => {
        await sleep((i / flowPeople.length) * opts.rampSec * 1000);
        const c = pick(i);
        try {
          const login = await c.request('POST', '/api/auth/login', undefined, {
            login: p.email,
            password,
          });
          if (login.status !== 200) return fail('login', login);
          step.login.record(login.ms);
          const t = (JSON.parse(login.body) as { accessToken: string }).accessToken;
          const started = await c.request('POST', startUrl, t, undefined, device(p));
          if (started.status !== 201) return fail('start', started);
          step.start.record(started.ms);
          const attempt = JSON.parse(started.body) as Attempt;
          for (const q of attempt.questions) {
            await sleep(opts.thinkSec * 1000 * (2 / 3 + (Math.random() * 2) / 3));
            const option = q.options[Math.floor(Math.random() * q.options.length)].id;
            const r = await c.request(
              'PUT',
              `/api/attempts/${attempt.id}/answers/${q.id}`,
              t,
              { optionIds: [option] },
              device(p),
            );
            if (r.status !== 200) fail('save', r);
            else {
              step.save.record(r.ms);
              ack(attempt.id, q.id, option);
            }
          }
          const submitted = await c.request(
            'POST',
            `/api/attempts/${attempt.id}/submit`,
            t,
            { prediction: 10 },
            device(p),
          );
          if (submitted.status !== 200) return fail('submit', submitted);
          step.submit.record(submitted.ms);
          const board = await c.request('GET', `/api/rounds/${roundId}/leaderboard?limit=20`, t);
          if (board.status !== 200) fail('leaderboard', board);
          else step.leaderboard.record(board.ms);
          completed++;
        } catch (e) {
          flowErrors[`network:${(e as Error).message}`] =
            (flowErrors[`network:${(e as Error).message}`] ?? 0) + 1;
        }
      }),
    );
    const flowSeconds = (performance.now() - flowStart) / 1000;

    // ---- 5. zero lost answers
    const { rows: stored } = await pg.query<{
      attempt_id: string;
      question_id: string;
      option_ids: string[];
    }>('SELECT attempt_id, question_id, option_ids FROM attempt_answers');
    const storedMap = new Map(
      stored.map((r) => [`${r.attempt_id}/${r.question_id}`, r.option_ids[0]]),
    );
    let lost = 0;
    for (const [key, options] of acked) {
      const value = storedMap.get(key);
      if (value === undefined || !options.has(value)) lost++;
    }

    const wall = (performance.now() - wallStart) / 1000;
    const gen = process.cpuUsage(genCpuStart);
    const generatorCpu = (gen.user + gen.system) / 1e6;
    const serverCpu = processCpuSeconds(serverPids()) - serverCpuStart;
    const summary = {
      scenario: 'attempts',
      machine: { cores: os.cpus().length, node: process.version },
      options: { ...opts, phases: [...opts.phases] },
      baseline: { endpoint: 'GET /api/ping', concurrency, ...baseline },
      answerSaves: { concurrency, ...saves, ratioToBaseline: round(saves.rps / baseline.rps, 2) },
      flashCrowd: flash,
      capacity: {
        kneeParticipants: knee,
        ...(opts.series ? { series: seriesOut } : {}),
        target: 'p99 save < 150 ms at one save per ~5 s each',
        steps,
      },
      flow: {
        participants: runs('flow') ? flowPeople.length : 0,
        completed,
        seconds: round(flowSeconds),
        completedAttemptsPerSec: round(completed / flowSeconds, 2),
        steps: Object.fromEntries(Object.entries(step).map(([k, v]) => [k, v.summary()])),
        errors: flowErrors,
      },
      answers: { acknowledged: acked.size, lost },
      cpu: {
        wallSec: round(wall),
        generatorSec: round(generatorCpu),
        serverSec: round(serverCpu),
        generatorShare: round(generatorCpu / (generatorCpu + serverCpu), 2),
      },
    };
    console.log(JSON.stringify(summary, null, 2));
    if (runs('baseline')) {
      console.log('\nBaseline vs answer saves (closed loop, concurrency ' + concurrency + ')');
      console.log(
        table([
          {
            what: 'GET /api/ping',
            'req/s': baseline.rps,
            p50: baseline.latency.p50,
            p99: baseline.latency.p99,
          },
          {
            what: 'PUT answer',
            'req/s': saves.rps,
            p50: saves.latency.p50,
            p99: saves.latency.p99,
          },
        ]),
      );
      console.log(`answer saves = ${summary.answerSaves.ratioToBaseline} × baseline (goal ≥ 0.4)`);
    }
    if (runs('flash')) {
      const errs = Object.entries(flash.errors).map(([k, v]) => `${k}: ${v}`);
      console.log(
        `\nFlash crowd: ${flash.ok}/${flash.starts} starts served in ${flash.seconds}s, ` +
          `p50 ${flash.latency.p50} ms, p99 ${flash.latency.p99} ms (goal < 2000), ` +
          `errors: ${errs.length ? errs.join(', ') : 'none'}`,
      );
    }
    if (runs('capacity')) {
      console.log('\nCapacity (one save per ~5 s each; pass = p99 < 150 ms)');
      console.log(table(steps));
      const top = levels[levels.length - 1];
      console.log(
        `knee: ${knee === top ? `≥ ${knee} (no step failed)` : knee} active participants` +
          (opts.quick || opts.levels ? ` (levels up to ${top} only)` : ' (goal ≥ 5000)'),
      );
    }
    if (runs('flow')) {
      console.log(
        `\nFlow: ${completed}/${flowPeople.length} completed, ${summary.flow.completedAttemptsPerSec} attempts/s`,
      );
      console.log(table(Object.entries(summary.flow.steps).map(([k, v]) => ({ step: k, ...v }))));
      if (Object.keys(flowErrors).length) console.log('errors:', JSON.stringify(flowErrors));
    }
    console.log(
      `\nLost answers: ${lost} of ${acked.size} acknowledged; generator CPU share ${summary.cpu.generatorShare}`,
    );
    return summary;
  } finally {
    clients.forEach((c) => c.close());
    await pg.end();
    await server.stop();
  }
}
