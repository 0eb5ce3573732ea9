import { createHash } from 'node:crypto';
import type { Client } from 'pg';

export interface LeaderboardSeed {
  contestId: string;
  roundId: string;
  /** Ids are derived from the sequence number (md5), so the bench can pick users without a query. */
  userId(n: number): string;
  unitId(n: number): string;
  participants: number;
  units: number;
}

/** A version-4-shaped UUID derived from md5 (ids must pass the API's UUID validation). */
const uuidOf = (kind: string, n: number | string) =>
  `overlay(overlay(md5('bench-${kind}-' || ${n}) placing '4' from 13) placing '8' from 17)::uuid`;

/**
 * Bulk SQL (generate_series, no API): a province federation, 10 district federations, `units`
 * grassroots unions, `participants` users spread over them, one published contest with one open
 * round, one submitted attempt per person and the matching round_standings rows. Scores 0..20
 * (triangular), durations 30 s..15 min, one attempt in ten auto-submitted at the full 15 minutes.
 */
export async function seedLeaderboard(
  db: Client,
  participants: number,
  units = 200,
  log: (line: string) => void = () => {},
): Promise<LeaderboardSeed> {
  const contestId = (await db.query<{ id: string }>(`SELECT ${uuidOf('contest', 1)} AS id`)).rows[0]
    .id;
  const roundId = (await db.query<{ id: string }>(`SELECT ${uuidOf('round', 1)} AS id`)).rows[0].id;
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    await db.query(sql, params);
    log(`seed: ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
  // Bulk loading: FK triggers off for this session and secondary indexes rebuilt once at the end
  // (minutes instead of tens of minutes on a 2-core machine).
  await db.query(`SET session_replication_role = replica`);
  await db.query(`SET maintenance_work_mem = '256MB'`);
  await db.query(`SET synchronous_commit = off`);
  const indexes = await db.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes
      WHERE schemaname = 'public' AND tablename IN ('users', 'attempts', 'round_standings')
        AND indexname NOT LIKE 'PK\\_%'`,
  );
  for (const { indexname } of indexes.rows) await db.query(`DROP INDEX "${indexname}"`);
  const rebuild = indexes.rows.map((i) => i.indexdef).join(';\n');
  await step(
    'units',
    `INSERT INTO units (id, code, name, parent_id, kind)
     SELECT ${uuidOf('province', 1)}, 'BENCH', 'Liên đoàn Lao động tỉnh (bench)', NULL, 'province_federation'
     UNION ALL
     SELECT ${uuidOf('district', 'd')}, 'BENCH-D' || d, 'Liên đoàn Lao động huyện ' || d, ${uuidOf('province', 1)}, 'district_federation'
       FROM generate_series(1, 10) d
     UNION ALL
     SELECT ${uuidOf('unit', 'g')}, 'BENCH-G' || g, 'Công đoàn cơ sở số ' || g, ${uuidOf('district', '(g % 10) + 1')}, 'grassroots'
       FROM generate_series(1, $1::int) g`,
    [units],
  );
  await step(
    'users',
    `INSERT INTO users (id, email, full_name, password_hash, roles, unit_id, email_verified_at)
     SELECT ${uuidOf('user', 'n')}, 'bench' || n || '@bench.hoithi.vn', 'Người thi số ' || n,
            'not-a-real-hash', '{participant}', ${uuidOf('unit', '(n % $2::int) + 1')}, now()
       FROM generate_series(1, $1::int) n`,
    [participants, units],
  );
  await step(
    'contest and round',
    `WITH c AS (
       INSERT INTO contests (id, title, slug, status, question_count, draw_rules, time_limit_sec,
         attempts_per_round, attempt_policy, prediction, prizes, prize_points, leaderboard, published_at)
       VALUES ($1, 'Cuộc thi bench', 'bench-' || substr(md5(random()::text), 1, 8), 'published', 20, '[]',
         900, 3, 'best', '{"enabled": false, "prompt": ""}',
         '{"first": 1, "second": 2, "third": 3, "consolation": 5, "maxShareOfParticipants": 0.5}',
         '{"first": 10, "second": 6, "third": 4, "consolation": 1}',
         '{"public": true, "freezeMinutesBeforeClose": 0}', now())
       RETURNING id)
     INSERT INTO rounds (id, contest_id, position, title, opens_at, closes_at)
     SELECT $2, c.id, 1, 'Tuần 1', now() - interval '6 days', now() + interval '1 day' FROM c`,
    [contestId, roundId],
  );
  await step(
    'attempts',
    `INSERT INTO attempts (id, round_id, contest_id, user_id, attempt_no, status, started_at, deadline_at,
       submitted_at, auto_submitted, duration_ms, score, max_score, correct_count, question_count, questions)
     SELECT ${uuidOf('attempt', 'n')}, $1, $2, ${uuidOf('user', 'n')}, 1, 'submitted',
            started, started + interval '15 minutes', started + make_interval(secs => duration / 1000.0),
            auto, duration, score, 20, score, 20, '[]'
       FROM (SELECT n, started, score, auto, CASE WHEN auto THEN 900000 ELSE raw END AS duration
               FROM (SELECT n, now() - interval '6 days' + random() * interval '5 days 23 hours' AS started,
                            (floor(random() * 11) + floor(random() * 11))::int AS score,
                            random() < 0.1 AS auto, (30000 + floor(random() * 870000))::int AS raw
                       FROM generate_series(1, $3::int) n) r) t`,
    [roundId, contestId, participants],
  );
  await step(
    'round_standings',
    `INSERT INTO round_standings (round_id, user_id, attempt_id, score, correct_count, question_count,
       duration_ms, submitted_at, unit_id)
     SELECT a.round_id, a.user_id, a.id, a.score, a.correct_count, a.question_count, a.duration_ms,
            a.submitted_at, u.unit_id
       FROM attempts a JOIN users u ON u.id = a.user_id
      WHERE a.round_id = $1`,
    [roundId],
  );
  await step('indexes and constraints back', rebuild);
  await db.query(`SET session_replication_role = origin`);
  await step('vacuum analyze', 'VACUUM ANALYZE units, users, attempts, round_standings');
  return {
    contestId,
    roundId,
    participants,
    units,
    userId: (n) => md5Uuid(`bench-user-${n}`),
    unitId: (n) => md5Uuid(`bench-unit-${n}`),
  };
}

function md5Uuid(text: string): string {
  const md5 = createHash('md5').update(text).digest('hex');
  const hex = `${md5.slice(0, 12)}4${md5.slice(13, 16)}8${md5.slice(17)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
