/**
 * bench:reports — participation reports and certificate zips at the scale of a provincial contest.
 *
 *   npm run bench -- reports [--rows 100000] [--certificates 1000]
 *
 * Seeds (generate_series SQL, seconds) a three-level union tree (1 province federation, 10
 * district federations, 200 grassroots unions), `rows` people each with one submitted attempt
 * spread over four weekly rounds (their standings too), and round 1 finalized with
 * `certificates` prize winners. Then, against a server started here, it times:
 *  - the floor: GET /api/ping, and the bare SQL scan the report cannot avoid (people and
 *    attempts of the contest joined to their units, counted) run directly in PostgreSQL;
 *  - GET …/participation at the top level, for the province, a district and one round; the
 *    XLSX and PDF exports (goal: each report < 10 s);
 *  - GET /api/rounds/:id/certificates.zip: every winner's certificate made and zipped while
 *    streaming, then again from the cache, with the server's RSS sampled every 20 ms (baseline
 *    before, peak during: memory must stay flat, far below the zip's size).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { download, rssMiB, sampleRss } from './export';
import { startBenchServer } from './lib/bench-server';
import { processCpuSeconds, round, table } from './lib/stats';

interface Options {
  rows: number;
  certificates: number;
}

function parse(args: string[]): Options {
  const get = (name: string, fallback: number) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? Number(args[i + 1]) : fallback;
  };
  return { rows: get('rows', 100_000), certificates: get('certificates', 1000) };
}

interface Seeded {
  adminId: string;
  contestId: string;
  roundIds: string[];
  provinceId: string;
  districtId: string;
  ms: number;
}

async function seed(pg: Client, rows: number, winners: number): Promise<Seeded> {
  const started = performance.now();
  const one = async (sql: string, params: unknown[] = []) =>
    (await pg.query<{ id: string }>(sql, params)).rows[0].id;
  const adminId = await one(
    `INSERT INTO users (email, full_name, password_hash, roles, email_verified_at)
     VALUES ('bench-admin@example.vn', 'Quản trị đo tải', 'x', '{admin}', now()) RETURNING id`,
  );
  const provinceId = await one(
    `INSERT INTO units (code, name, kind, member_count)
     VALUES ('TV', 'LĐLĐ tỉnh Trà Vinh', 'province_federation', 500) RETURNING id`,
  );
  await pg.query(
    `INSERT INTO units (code, name, kind, member_count, parent_id)
     SELECT 'TV-' || d, 'LĐLĐ huyện số ' || d, 'district_federation', 200, $1
     FROM generate_series(1, 10) d`,
    [provinceId],
  );
  await pg.query(
    `INSERT INTO units (code, name, kind, member_count, parent_id)
     SELECT p.code || '-' || g, 'CĐCS đơn vị ' || g || ' ' || p.name, 'grassroots', 800 + g * 7, p.id
     FROM units p CROSS JOIN generate_series(1, 20) g WHERE p.kind = 'district_federation'`,
  );
  const districtId = await one(`SELECT id FROM units WHERE code = 'TV-1'`);
  const contestId = await one(
    `INSERT INTO contests (title, slug, status, question_count, time_limit_sec, prediction, prizes, prize_points, leaderboard, published_at)
     VALUES ('Tìm hiểu Bộ luật Lao động năm 2019', 'bench-reports', 'published', 20, 900,
             '{"enabled": false, "prompt": ""}',
             '{"first": 1, "second": 3, "third": 6, "consolation": 990, "maxShareOfParticipants": 0.5}',
             '{"first": 10, "second": 8, "third": 6, "consolation": 4}',
             '{"public": true, "freezeMinutesBeforeClose": 0}', now()) RETURNING id`,
  );
  await pg.query(
    `INSERT INTO contest_report_settings (contest_id, organization_name, participation_weight, prize_weight, average_score_weight)
     VALUES ($1, 'Liên đoàn Lao động tỉnh Trà Vinh', 1, 1, 0.5)`,
    [contestId],
  );
  // Four weekly rounds, all over.
  const { rows: rounds } = await pg.query<{ id: string }>(
    `INSERT INTO rounds (contest_id, position, title, opens_at, closes_at)
     SELECT $1, w, 'Tuần ' || w, now() - make_interval(days => 35 - 7 * w), now() - make_interval(days => 29 - 7 * w)
     FROM generate_series(1, 4) w RETURNING id`,
    [contestId],
  );
  const roundIds = rounds.map((r) => r.id);
  // People: 200 grassroots unions; one in 50 registered at a district, one in 1,000 without a unit.
  await pg.query(
    `WITH g AS (SELECT array_agg(id ORDER BY code) AS ids FROM units WHERE kind = 'grassroots'),
          d AS (SELECT array_agg(id ORDER BY code) AS ids FROM units WHERE kind = 'district_federation')
     INSERT INTO users (email, full_name, password_hash, roles, email_verified_at, unit_id)
     SELECT 'nguoi-thi-' || i || '@example.vn', 'Người thi số ' || i, 'x', '{participant}', now(),
            CASE WHEN i % 1000 = 0 THEN NULL WHEN i % 50 = 0 THEN d.ids[1 + i % 10] ELSE g.ids[1 + i % 200] END
     FROM generate_series(1, $1) i, g, d`,
    [rows],
  );
  await pg.query(
    `INSERT INTO attempts (round_id, contest_id, user_id, attempt_no, status, started_at, deadline_at, submitted_at, duration_ms,
                           score, max_score, correct_count, question_count, questions, auto_submitted)
     SELECT r.id, $2, u.id, 1, 'submitted', s.started, s.started + interval '15 minutes', s.started + interval '5 minutes',
            300000, s.correct, 20, s.correct, 20, '[]', (s.correct % 9 = 0)
     FROM users u
     JOIN rounds r ON r.contest_id = $2 AND r.position = 1 + (hashtext(u.email) & 3)
     CROSS JOIN LATERAL (SELECT r.opens_at + random() * interval '5 days' AS started,
                                LEAST(20, 6 + floor(random() * 15)::int) AS correct) s
     WHERE u.email LIKE 'nguoi-thi-%' AND $1::int > 0`,
    [rows, contestId],
  );
  await pg.query(
    `INSERT INTO round_standings (round_id, user_id, attempt_id, score, correct_count, question_count, duration_ms, submitted_at, unit_id)
     SELECT a.round_id, a.user_id, a.id, a.score, a.correct_count, a.question_count, a.duration_ms, a.submitted_at, u.unit_id
     FROM attempts a JOIN users u ON u.id = a.user_id WHERE a.contest_id = $1`,
    [contestId],
  );
  // Round 1 finalized: everyone ranked, the first `winners` with a prize.
  await pg.query(
    `INSERT INTO round_results (round_id, contest_id, computed_at, computed_by_id, finalized_at, perfect_count, participants, prize_cap, prediction_enabled)
     SELECT $1, $2, now(), $3, now(), 0, count(*), $4, false FROM attempts WHERE round_id = $1`,
    [roundIds[0], contestId, adminId, winners],
  );
  await pg.query(
    `INSERT INTO round_result_entries (round_id, position, rank, user_id, attempt_id, score, max_score, correct_count, question_count,
                                       prediction, prediction_error, duration_ms, submitted_at, prize)
     SELECT round_id, r, r, user_id, id, score, max_score, correct_count, question_count, NULL, NULL, duration_ms, submitted_at,
            CASE WHEN r = 1 THEN 'first' WHEN r <= 4 THEN 'second' WHEN r <= 10 THEN 'third' WHEN r <= $2 THEN 'consolation' END
     FROM (SELECT a.*, row_number() OVER (ORDER BY a.score DESC, a.duration_ms, a.submitted_at, a.id)::int AS r
           FROM attempts a WHERE a.round_id = $1) ranked`,
    [roundIds[0], winners],
  );
  await pg.query('ANALYZE');
  return { adminId, contestId, roundIds, provinceId, districtId, ms: performance.now() - started };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

export async function runReportsBench(args: string[]): Promise<Record<string, unknown>> {
  const opts = parse(args);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoithi-bench-data-'));
  const server = await startBenchServer({ env: { DATA_DIR: dataDir } });
  const [pid] = server.apiPids();
  const pg = new Client({ connectionString: server.databaseUrl });
  await pg.connect();
  try {
    console.log(`seeding ${opts.rows.toLocaleString('vi-VN')} participation rows…`);
    const s = await seed(pg, opts.rows, opts.certificates);
    console.log(`seeded in ${round(s.ms / 1000, 1)} s`);
    const jwt = new JwtService({
      secret: server.jwtSecret,
      signOptions: { algorithm: 'HS256', expiresIn: 3600 },
    });
    const token = jwt.sign({ sub: s.adminId, roles: ['admin'], typ: 'access' });
    const api = server.urls[0];

    // The floor: an authenticated no-op, and the bare scan the report has to make.
    const pings: number[] = [];
    for (let i = 0; i < 20; i++) pings.push((await download(`${api}/api/ping`, token)).ms);
    const scans: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await pg.query(
        `SELECT u.unit_id, count(DISTINCT a.user_id), count(*) FROM attempts a
         JOIN users u ON u.id = a.user_id WHERE a.contest_id = $1 GROUP BY 1`,
        [s.contestId],
      );
      scans.push(performance.now() - t0);
    }
    const floor = {
      pingMedianMs: round(median(pings), 1),
      sqlScanMedianMs: round(median(scans), 1),
    };

    const steps: Array<Record<string, string | number | boolean>> = [];
    const measure = async (label: string, url: string) => {
      await new Promise((r) => setTimeout(r, 300));
      const baseline = rssMiB(pid);
      const cpuBefore = processCpuSeconds([pid]);
      const sampler = sampleRss(pid);
      const d = await download(url, token);
      const peak = sampler.stop();
      if (d.status !== 200) throw new Error(`${label}: HTTP ${d.status}`);
      steps.push({
        step: label,
        seconds: round(d.ms / 1000, 2),
        apiCpuSeconds: round(processCpuSeconds([pid]) - cpuBefore, 2),
        KiB: round(d.bytes / 1024, 1),
        rssBeforeMiB: round(baseline),
        rssPeakMiB: round(peak),
        rssGrowthMiB: round(peak - baseline),
        under10s: d.ms < 10_000,
      });
    };
    const report = `${api}/api/contests/${s.contestId}/participation`;
    await measure('report: top level', report);
    await measure('report: top level (again)', report);
    await measure('report: province', `${report}?unitId=${s.provinceId}`);
    await measure('report: district', `${report}?unitId=${s.districtId}`);
    await measure(
      'report: province, round 1',
      `${report}?unitId=${s.provinceId}&roundId=${s.roundIds[0]}`,
    );
    await measure('export: XLSX (province)', `${report}/export?format=xlsx&unitId=${s.provinceId}`);
    await measure('export: PDF (province)', `${report}/export?format=pdf&unitId=${s.provinceId}`);
    const zip = `${api}/api/rounds/${s.roundIds[0]}/certificates.zip`;
    await measure(`zip: ${opts.certificates} certificates (made)`, zip);
    await measure(`zip: ${opts.certificates} certificates (cached)`, zip);
    for (const step of steps) if (!String(step.step).startsWith('report')) delete step.under10s;

    const summary = {
      scenario: 'reports',
      rows: opts.rows,
      certificates: opts.certificates,
      cpus: os.cpus().length,
      loadAverage: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
      seedSeconds: round(s.ms / 1000, 1),
      floor,
      steps,
    };
    console.log(
      `\nbench:reports — ${opts.rows.toLocaleString('vi-VN')} participation rows, ${opts.certificates} certificates, one API process (load average ${summary.loadAverage})\n`,
    );
    console.log(
      `floor: GET /api/ping median ${floor.pingMedianMs} ms; bare SQL scan of the contest's attempts median ${floor.sqlScanMedianMs} ms\n`,
    );
    console.log(
      table(
        steps.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)]))),
      ),
    );
    console.log(`\n${JSON.stringify(summary)}`);
    return summary;
  } finally {
    await pg.end();
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runReportsBench(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
