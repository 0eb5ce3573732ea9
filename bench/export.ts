/**
 * bench:export — the judges' export of a large round.
 *
 *   npm run bench -- export [--rows 100000] [--repeat 2] [--with-compute]
 *
 * Seeds (bulk SQL) one closed round with `rows` ranked participants — users with Vietnamese
 * names, units, phones, submitted attempts and the stored results with prizes — then downloads
 * GET /api/rounds/:roundId/results/export as XLSX and as CSV from a server started here, and
 * reports for each: wall time, file size, the SHA-256 check, and the server's resident memory
 * (sampled from /proc every 20 ms: baseline before, peak during). With --with-compute it also
 * times POST …/results/compute on the same round (round_standings are seeded too).
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { startBenchServer } from './lib/bench-server';
import { processCpuSeconds, round, table } from './lib/stats';

interface Options {
  rows: number;
  repeat: number;
  withCompute: boolean;
}

function parse(args: string[]): Options {
  const get = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  return {
    rows: get('rows', 100_000),
    repeat: Math.max(1, get('repeat', 2)),
    withCompute: args.includes('--with-compute'),
  };
}

/** Resident set size of a process, in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/** Samples a process's RSS until stopped; returns the peak. */
export function sampleRss(pid: number, everyMs = 20): { stop(): number } {
  let peak = rssMiB(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMiB(pid))), everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, rssMiB(pid));
    },
  };
}

export interface Download {
  status: number;
  bytes: number;
  sha256: string;
  header: string | undefined;
  ms: number;
  firstBytes: Buffer;
}

/** Streams a response into a hash (the client never holds the file). */
export function download(url: string, token: string, method = 'GET'): Promise<Download> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, headers: { authorization: `Bearer ${token}` } },
      (res) => {
        const hash = createHash('sha256');
        let bytes = 0;
        let firstBytes = Buffer.alloc(0);
        res.on('data', (chunk: Buffer) => {
          if (firstBytes.length < 8) firstBytes = Buffer.concat([firstBytes, chunk]).subarray(0, 8);
          hash.update(chunk);
          bytes += chunk.length;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            bytes,
            sha256: hash.digest('hex'),
            header: res.headers['x-content-sha256'] as string | undefined,
            ms: performance.now() - started,
            firstBytes,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thu', 'Ngọc', 'Đức', 'Thanh', 'Quốc', 'Kim'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Giang',
  'Hà',
  'Hạnh',
  'Khánh',
  'Lan',
  'Long',
  'Mai',
  'Nam',
  'Oanh',
  'Phúc',
  'Quân',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trung',
  'Yến',
];

/** Bulk seed: units, users, one closed round, attempts, standings (optional) and the stored results. */
async function seed(
  pg: Client,
  rows: number,
  withStandings: boolean,
): Promise<{ roundId: string; adminId: string; ms: number }> {
  const started = performance.now();
  const [{ id: adminId }] = (
    await pg.query<{ id: string }>(
      `INSERT INTO users (email, full_name, password_hash, roles, email_verified_at)
       VALUES ('bench-admin@example.vn', 'Quản trị đo tải', 'x', '{admin}', now()) RETURNING id`,
    )
  ).rows;
  await pg.query(
    `INSERT INTO units (code, name, kind, member_count)
     SELECT 'CDCS-' || i, 'CĐCS Công ty số ' || i || ' tỉnh Trà Vinh', 'grassroots', 3000 + i FROM generate_series(1, 50) i`,
  );
  const [{ id: contestId }] = (
    await pg.query<{ id: string }>(
      `INSERT INTO contests (title, slug, status, question_count, time_limit_sec, prediction, prizes, prize_points, leaderboard, published_at)
       VALUES ('Tìm hiểu Bộ luật Lao động năm 2019', 'bench-export', 'published', 20, 900,
               '{"enabled": true, "prompt": "Có bao nhiêu người trả lời đúng tất cả?"}',
               '{"first": 1, "second": 2, "third": 3, "consolation": 10, "maxShareOfParticipants": 0.5}',
               '{"first": 10, "second": 8, "third": 6, "consolation": 4}',
               '{"public": true, "freezeMinutesBeforeClose": 0}', now()) RETURNING id`,
    )
  ).rows;
  const [{ id: roundId }] = (
    await pg.query<{ id: string }>(
      `INSERT INTO rounds (contest_id, position, title, opens_at, closes_at)
       VALUES ($1, 1, 'Tuần 1', now() - interval '7 days', now() - interval '1 hour') RETURNING id`,
      [contestId],
    )
  ).rows;
  // People: Vietnamese names from three lists, one in 5,000 with a name that starts like a formula.
  await pg.query(
    `WITH unit_ids AS (SELECT array_agg(id ORDER BY code) AS ids FROM units)
     INSERT INTO users (email, full_name, phone, password_hash, roles, email_verified_at, unit_id)
     SELECT 'nguoi-thi-' || i || '@example.vn',
            CASE WHEN i % 5000 = 0 THEN '=HYPERLINK("http://x","y") ' || i
                 ELSE ($2::text[])[1 + i % array_length($2, 1)] || ' ' || ($3::text[])[1 + (i / 7) % array_length($3, 1)] || ' ' ||
                      ($4::text[])[1 + (i / 3) % array_length($4, 1)] END,
            '+8490' || lpad(i::text, 7, '0'), 'x', '{participant}', now(), unit_ids.ids[1 + i % 50]
     FROM generate_series(1, $1) i, unit_ids`,
    [rows, FAMILY, MIDDLE, GIVEN],
  );
  await pg.query(
    `INSERT INTO attempts (round_id, contest_id, user_id, attempt_no, status, started_at, deadline_at, submitted_at, duration_ms,
                           score, max_score, correct_count, question_count, prediction, questions)
     SELECT $1, $2, u.id, 1, 'submitted', s.started, s.started + interval '15 minutes', s.started + make_interval(secs => s.dur / 1000.0),
            s.dur, s.correct, 20, s.correct, 20, s.prediction, '[]'
     FROM users u
     CROSS JOIN LATERAL (SELECT now() - interval '2 days' + (random() * interval '4 days') AS started,
                                60000 + floor(random() * 840000)::int AS dur,
                                LEAST(20, 8 + floor(random() * 14)::int) AS correct,
                                floor(random() * 20000)::int AS prediction) s
     WHERE u.email LIKE 'nguoi-thi-%'`,
    [roundId, contestId],
  );
  if (withStandings) {
    await pg.query(
      `INSERT INTO round_standings (round_id, user_id, attempt_id, score, correct_count, question_count, duration_ms, submitted_at, unit_id)
       SELECT a.round_id, a.user_id, a.id, a.score, a.correct_count, a.question_count, a.duration_ms, a.submitted_at, u.unit_id
       FROM attempts a JOIN users u ON u.id = a.user_id WHERE a.round_id = $1`,
      [roundId],
    );
  }
  const [{ perfect }] = (
    await pg.query<{ perfect: number }>(
      `SELECT count(*)::int AS perfect FROM attempts WHERE round_id = $1 AND correct_count = 20`,
      [roundId],
    )
  ).rows;
  await pg.query(
    `INSERT INTO round_results (round_id, contest_id, computed_at, computed_by_id, perfect_count, participants, prize_cap, prediction_enabled)
     VALUES ($1, $2, now(), $3, $4, $5, $6, true)`,
    [roundId, contestId, adminId, perfect, rows, Math.floor(rows / 2)],
  );
  // The ranking of issue 7, in SQL: score desc, |prediction − perfect| asc, duration asc, submitted asc.
  await pg.query(
    `INSERT INTO round_result_entries (round_id, position, rank, user_id, attempt_id, score, max_score, correct_count, question_count,
                                       prediction, prediction_error, duration_ms, submitted_at, prize)
     SELECT round_id, r, r, user_id, id, score, max_score, correct_count, question_count, prediction, err, duration_ms, submitted_at,
            CASE WHEN r = 1 THEN 'first' WHEN r <= 3 THEN 'second' WHEN r <= 6 THEN 'third' WHEN r <= 16 THEN 'consolation' END
     FROM (SELECT a.*, abs(a.prediction - $2) AS err,
                  row_number() OVER (ORDER BY a.score DESC, abs(a.prediction - $2), a.duration_ms, a.submitted_at, a.id)::int AS r
           FROM attempts a WHERE a.round_id = $1) ranked`,
    [roundId, perfect],
  );
  await pg.query('ANALYZE');
  return { roundId, adminId, ms: performance.now() - started };
}

export async function runExportBench(args: string[]): Promise<Record<string, unknown>> {
  const opts = parse(args);
  const server = await startBenchServer();
  const [pid] = server.apiPids();
  const pg = new Client({ connectionString: server.databaseUrl });
  await pg.connect();
  try {
    console.log(`seeding ${opts.rows.toLocaleString('vi-VN')} ranked rows…`);
    const seeded = await seed(pg, opts.rows, opts.withCompute);
    console.log(`seeded in ${round(seeded.ms / 1000, 1)} s`);
    const jwt = new JwtService({
      secret: server.jwtSecret,
      signOptions: { algorithm: 'HS256', expiresIn: 3600 },
    });
    const token = jwt.sign({ sub: seeded.adminId, roles: ['admin'], typ: 'access' });
    const base = `${server.urls[0]}/api/rounds/${seeded.roundId}/results`;

    const results: Array<Record<string, string | number | boolean>> = [];
    const measure = async (label: string, url: string, method = 'GET') => {
      await new Promise((r) => setTimeout(r, 500));
      const baseline = rssMiB(pid);
      const cpuBefore = processCpuSeconds([pid]);
      const sampler = sampleRss(pid);
      const d = await download(url, token, method);
      const peak = sampler.stop();
      const cpu = processCpuSeconds([pid]) - cpuBefore;
      if (d.status !== 200) throw new Error(`${label}: HTTP ${d.status}`);
      results.push({
        step: label,
        seconds: round(d.ms / 1000, 2),
        apiCpuSeconds: round(cpu, 2),
        MiB: round(d.bytes / 1048576, 1),
        rssBeforeMiB: round(baseline),
        rssPeakMiB: round(peak),
        rssGrowthMiB: round(peak - baseline),
        sha256Ok: d.header === undefined ? 'n/a' : d.header === d.sha256,
        ...(label.startsWith('csv')
          ? { bom: d.firstBytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) }
          : {}),
      });
    };
    for (let i = 1; i <= opts.repeat; i++) {
      await measure(`xlsx #${i}`, `${base}/export?format=xlsx`);
      await measure(`csv #${i}`, `${base}/export?format=csv`);
    }
    if (opts.withCompute) {
      const before = Date.now();
      await measure('compute', `${base}/compute`, 'POST');
      // computed_at is the start of the compute transaction: what came before it is closing the
      // last attempts and the flags refresh (results.computing listeners).
      const { rows } = await pg.query<{ computed_at: Date }>(
        'SELECT computed_at FROM round_results WHERE round_id = $1',
        [seeded.roundId],
      );
      results[results.length - 1].beforeTransactionSeconds = round(
        (rows[0].computed_at.getTime() - before) / 1000,
        2,
      );
    }

    const summary = {
      scenario: 'export',
      rows: opts.rows,
      loadAverage: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
      seedSeconds: round(seeded.ms / 1000, 1),
      serverRssMiBAtEnd: round(rssMiB(pid)),
      steps: results,
    };
    console.log(
      `\nbench:export — ${opts.rows.toLocaleString('vi-VN')} ranked rows, one API process (load average ${summary.loadAverage})\n`,
    );
    console.log(
      table(
        results.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]))),
      ),
    );
    console.log(`\n${JSON.stringify(summary)}`);
    return summary;
  } finally {
    await pg.end();
    await server.stop();
  }
}

if (require.main === module) {
  runExportBench(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
