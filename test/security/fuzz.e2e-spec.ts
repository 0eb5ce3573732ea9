import request from 'supertest';
import { io } from 'socket.io-client';
import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import { fillPath, listRoutes, type RouteInfo } from '../helpers/routes';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser, type TestUser } from '../helpers/users';

jest.setTimeout(300_000);

/** A small deterministic PRNG so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = [
  'title',
  'slug',
  'prompt',
  'type',
  'options',
  'optionIds',
  'text',
  'prediction',
  'email',
  'password',
  'login',
  'phone',
  'fullName',
  'unitId',
  'roles',
  'userId',
  'role',
  'rounds',
  'drawRules',
  'questionCount',
  'timeLimitSec',
  'reason',
  'points',
  'events',
  'receipt',
  'token',
  'refreshToken',
  'code',
  'name',
  'parentId',
  'kind',
  'memberCount',
  'theme',
  'difficulty',
  'tags',
  'acceptedAnswers',
  'prizes',
  'leaderboard',
  'archived',
  'birthYear',
  'correct',
  '__proto__',
  'constructor',
];

function nasty(r: () => number, depth = 0): unknown {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const choice = Math.floor(r() * 16);
  switch (choice) {
    case 0:
      return null;
    case 1:
      return -1;
    case 2:
      return 1e308;
    case 3:
      return '';
    case 4:
      return ' '.repeat(50);
    case 5:
      return 'x'.repeat(Math.floor(r() * 300_000));
    case 6:
      return '<script>alert(1)</script>';
    case 7:
      return "' OR 1=1; DROP TABLE users; --";
    case 8:
      return '\u0000\uFFFF\uD800';
    case 9:
      return pick([
        '6f1c1e0a-3b7e-4c59-9a55-2f8e0a0b1c2d',
        'not-a-uuid',
        '00000000-0000-0000-0000-000000000000',
      ]);
    case 10:
      return depth < 3
        ? Array.from({ length: Math.floor(r() * 5) }, () => nasty(r, depth + 1))
        : [];
    case 11:
      return depth < 3
        ? Object.fromEntries(Array.from({ length: 3 }, () => [pick(FIELDS), nasty(r, depth + 1)]))
        : {};
    case 12:
      return r() < 0.5;
    case 13:
      return '2026-13-45T99:99:99Z';
    case 14:
      return Array.from({ length: 10_000 }, (_, i) => i);
    default:
      return '=HYPERLINK("http://x","y")';
  }
}

function body(r: () => number): unknown {
  const kind = Math.floor(r() * 6);
  if (kind === 0) return nasty(r);
  const obj: Record<string, unknown> = {};
  for (let i = 0; i < 1 + Math.floor(r() * 6); i++)
    obj[FIELDS[Math.floor(r() * FIELDS.length)]] = nasty(r);
  return obj;
}

async function fingerprint(t: TestApp): Promise<Record<string, string>> {
  const tables = [
    'users',
    'contests',
    'rounds',
    'contest_staff',
    'question_banks',
    'questions',
    'question_versions',
    'attempts',
    'attempt_answers',
    'round_standings',
  ];
  const out: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await t.dataSource.query(
      `SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS h FROM ${table} x`,
    );
    out[table] = row.h;
  }
  return out;
}

describe('fuzz (e2e)', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  let intruder: TestUser;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await createTestApp();
    routes = listRoutes(t).filter((r) => !r.path.startsWith('/api/docs'));
    const organizer = await createUser(t, { roles: ['organizer'] });
    const owner = await createUser(t);
    intruder = await createUser(t);
    const bank = await createBank(t, organizer, 12);
    const contest = await createPublishedContest(t, organizer, bank.id);
    const attempt = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(owner.auth)
      .set(owner.device)
      .expect(201);
    await request(t.baseUrl)
      .put(`/api/attempts/${attempt.body.id}/answers/${attempt.body.questions[0].id}`)
      .set(owner.auth)
      .set(owner.device)
      .send({ optionIds: [attempt.body.questions[0].options[0].id] })
      .expect(200);
    ids = {
      roundId: contest.roundIds[0],
      bankId: bank.id,
      questionId: attempt.body.questions[0].id,
      idOrSlug: contest.id,
      contestId: contest.id,
      userId: owner.id,
    };
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers thousands of malformed requests without a 500, a crash, or a change to other people’s data', async () => {
    const before = await fingerprint(t);
    const r = rng(20261126);
    const failures: string[] = [];
    let sent = 0;
    for (const route of routes) {
      for (let i = 0; i < 40; i++) {
        const who = i % 2 === 0 ? intruder.auth : undefined;
        const useReal = r() < 0.5;
        const path = fillPath(
          route.path,
          useReal ? { ...ids, id: r() < 0.5 ? ids.contestId : ids.questionId } : {},
        );
        const query =
          r() < 0.3
            ? `?page=${String(nasty(r)).slice(0, 50)}&pageSize=-5&limit=1e9&format=exe&unitId=x`
            : '';
        let req = request(t.baseUrl)[route.method.toLowerCase() as 'post'](path + query);
        if (who) req = req.set(who);
        const mode = Math.floor(r() * 5);
        let res;
        try {
          if (mode === 0 && route.method !== 'GET') {
            res = await req.set('Content-Type', 'application/json').send('{"broken": [1, 2,');
          } else if (mode === 1 && route.method !== 'GET') {
            res = await req.attach(
              'file',
              Buffer.from(Array.from({ length: 2000 }, () => Math.floor(r() * 256))),
              'x.xlsx',
            );
          } else if (mode === 2 && route.method !== 'GET') {
            res = await req.set('Content-Type', 'text/plain').send('plain text body');
          } else if (route.method === 'GET' || route.method === 'DELETE') {
            res = await req;
          } else {
            res = await req
              .set('Content-Type', 'application/json')
              .send(JSON.stringify(body(r)) ?? 'null');
          }
        } catch (error) {
          failures.push(`${route.method} ${path}: ${(error as Error).message}`);
          continue;
        }
        sent++;
        if (res.status >= 500)
          failures.push(
            `${route.method} ${path} (mode ${mode}) → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`,
          );
      }
    }
    // Out-of-order flows: submit before start, save after submit, double submit, replayed receipts.
    for (let i = 0; i < 50; i++) {
      const res = await request(t.baseUrl)
        .post(`/api/attempts/${ids.questionId}/submit`)
        .set(intruder.auth)
        .set(intruder.device)
        .send({ prediction: i });
      if (res.status >= 500) failures.push(`out-of-order submit → ${res.status}`);
      sent++;
    }

    // WebSocket messages.
    const socket = io(`${t.baseUrl}/live`, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: 'not-a-token' },
      reconnection: false,
    });
    await new Promise<void>((resolve) => {
      socket.on('connect', () => resolve());
      socket.on('connect_error', () => resolve());
    });
    const anon = io(`${t.baseUrl}/live`, {
      path: '/socket.io',
      transports: ['websocket'],
      reconnection: false,
    });
    await new Promise<void>((resolve) => anon.on('connect', () => resolve()));
    for (let i = 0; i < 300; i++) {
      const event = ['leaderboard:subscribe', 'leaderboard:unsubscribe', 'nonsense', '__proto__'][
        i % 4
      ];
      const payload = i % 7 === 0 ? { roundId: ids.roundId, unitId: nasty(r) } : nasty(r);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 200);
        anon.emit(event, payload, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      sent++;
    }
    expect(anon.connected).toBe(true);
    socket.close();
    anon.close();

    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(3000);
    await request(t.baseUrl).get('/api/health').expect(200);
    const after = await fingerprint(t);
    // The intruder may have created their own rows (none of these tables may change otherwise).
    for (const table of [
      'contests',
      'rounds',
      'contest_staff',
      'question_banks',
      'questions',
      'question_versions',
      'round_standings',
    ]) {
      expect({ table, hash: after[table] }).toEqual({ table, hash: before[table] });
    }
    const owned = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM attempts WHERE user_id <> $1`,
      [intruder.id],
    );
    expect(owned[0].n).toBe(1);
  });
});
