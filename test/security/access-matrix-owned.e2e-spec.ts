import request from 'supertest';
import { createBank, createPublishedContest } from '../helpers/contest-fixtures';
import { fillPath, listRoutes, type RouteInfo } from '../helpers/routes';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser, type TestUser } from '../helpers/users';

/**
 * The access matrix on real data: contest A (its organizer and judge), and Phúc's attempt in A's
 * first round. Every route that names one of these is called, with the real ids, by people who
 * have no part in them:
 * - another participant, on Phúc's attempt → 404 (someone else's attempt is not even there);
 * - an organizer and a judge of *another* contest, on A's staff-only routes → 403, and on
 *   Phúc's attempt → 404;
 * - the organizer of another contest, on every route of A's bank (its questions, exports,
 *   imports, import previews, editors) → 404: banks have access lists (docs/security.md);
 * - an administrator → never 401/403 (checked last: the admin's calls may change things).
 * Nothing answers 500.
 */
describe('access matrix on real data (e2e)', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  let ids: Record<string, string>;
  let people: Record<'other' | 'otherOrganizer' | 'otherJudge' | 'admin', TestUser>;

  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
    routes = listRoutes(t).filter((r) => !r.path.startsWith('/api/docs'));
    const organizer = await createUser(t, { roles: ['organizer'] });
    const judge = await createUser(t, { roles: ['judge'] });
    const phuc = await createUser(t, { fullName: 'Lê Văn Phúc', phone: '0912345678' });
    const bank = await createBank(t, organizer, 12);
    const contest = await createPublishedContest(t, organizer, bank.id);
    await request(t.baseUrl)
      .post(`/api/contests/${contest.id}/staff`)
      .set(organizer.auth)
      .send({ userId: judge.id, role: 'judge' })
      .expect(201);
    const started = await request(t.baseUrl)
      .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
      .set(phuc.auth)
      .expect(201);
    const preview = await request(t.baseUrl)
      .post(`/api/banks/${bank.id}/imports`)
      .set(organizer.auth)
      .attach('file', Buffer.from('Câu hỏi thử?\nA. Một\nB. Hai\nANSWER: A\n'), 'aiken.txt')
      .expect(201);
    const otherOrganizer = await createUser(t, { roles: ['organizer'] });
    const otherBank = await createBank(t, otherOrganizer, 12, 'Ngân hàng khác');
    // The other organizer and judge really are staff — of another contest.
    const otherContest = await createPublishedContest(t, otherOrganizer, otherBank.id);
    const otherJudge = await createUser(t, { roles: ['judge'] });
    await request(t.baseUrl)
      .post(`/api/contests/${otherContest.id}/staff`)
      .set(otherOrganizer.auth)
      .send({ userId: otherJudge.id, role: 'judge' })
      .expect(201);
    people = {
      other: await createUser(t),
      otherOrganizer,
      otherJudge,
      admin: await createUser(t, { roles: ['admin'] }),
    };
    ids = {
      contest: contest.id,
      round: contest.roundIds[0],
      attempt: started.body.id,
      question: started.body.questions[0].id,
      user: phuc.id,
      bank: bank.id,
      bankQuestion: bank.questionIds[0],
      preview: preview.body.id,
    };
  });
  afterAll(async () => {
    await t.close();
  });

  /** The route with A's ids in it, or undefined when it names nothing of A's. */
  function realPath(
    route: RouteInfo,
  ): { path: string; scope: 'attempt' | 'contest' | 'bank' } | undefined {
    const p = route.path;
    if (p.startsWith('/api/banks/:bankId'))
      return {
        path: fillPath(p, { bankId: ids.bank, id: ids.preview, index: '0', userId: ids.user }),
        scope: 'bank',
      };
    if (p.startsWith('/api/questions/:id'))
      return { path: fillPath(p, { id: ids.bankQuestion }), scope: 'bank' };
    if (p.startsWith('/api/attempts/:id'))
      return {
        path: fillPath(p, { id: ids.attempt, questionId: ids.question }),
        scope: 'attempt',
      };
    if (p.startsWith('/api/contests/:id') || p.startsWith('/api/contests/:idOrSlug'))
      return { path: fillPath(p, { id: ids.contest, idOrSlug: ids.contest }), scope: 'contest' };
    if (p.startsWith('/api/rounds/:roundId'))
      return { path: fillPath(p, { roundId: ids.round, userId: ids.user }), scope: 'contest' };
    return undefined;
  }

  /** Valid bodies, so that the answer is about who calls, not about what was sent. */
  const bodies: Record<string, () => Record<string, unknown>> = {
    'POST /api/attempts/:id/disqualify': () => ({ reason: 'Kiểm tra phân quyền' }),
    'PUT /api/attempts/:id/grades/:questionId': () => ({ points: 1 }),
    'POST /api/attempts/:id/events': () => ({
      events: [{ type: 'visibility_hidden', at: new Date().toISOString() }],
    }),
    'POST /api/contests/:id/staff': () => ({ userId: people.otherJudge.id, role: 'judge' }),
    'POST /api/banks/:bankId/editors': () => ({ userId: people.otherOrganizer.id }),
  };

  const call = (route: RouteInfo, path: string, user: TestUser) => {
    const r = request(t.baseUrl)[route.method.toLowerCase() as 'get'](path).set(user.auth);
    const body = bodies[`${route.method} ${route.path}`]?.() ?? {};
    return route.method === 'GET' || route.method === 'DELETE' ? r : r.send(body);
  };

  const staffOnly = (route: RouteInfo) => !!route.roles && !route.roles.includes('participant');

  it("covers the attempt, contest and round routes with A's real ids", () => {
    const scoped = routes.filter((r) => realPath(r));
    expect(scoped.filter((r) => realPath(r)?.scope === 'attempt').length).toBeGreaterThan(5);
    expect(scoped.filter((r) => realPath(r)?.scope === 'contest' && staffOnly(r)).length).toBe(
      routes.filter(
        (r) =>
          staffOnly(r) &&
          (r.path.startsWith('/api/contests/:') || r.path.startsWith('/api/rounds/:')),
      ).length,
    );
  });

  it("hides Phúc's attempt from everyone else behind 404 (403 on the judges' attempt routes)", async () => {
    const wrong: string[] = [];
    for (const who of ['other', 'otherOrganizer', 'otherJudge'] as const) {
      for (const route of routes) {
        const real = realPath(route);
        if (real?.scope !== 'attempt') continue;
        const res = await call(route, real.path, people[who]);
        // Judges' actions on an attempt check the contest's staff in the service (403).
        const judgesAction =
          staffOnly(route) || /\/(disqualify|reinstate|grades)(\/|$)/.test(route.path);
        const expected = !judgesAction
          ? ['404 NOT_FOUND']
          : who === 'other'
            ? ['403 FORBIDDEN']
            : ['403 FORBIDDEN', '404 NOT_FOUND'];
        if (!expected.includes(`${res.status} ${res.body.code}`))
          wrong.push(`${who}: ${route.method} ${route.path} → ${res.status} ${res.body.code}`);
        if (JSON.stringify(res.body).includes('0912345678'))
          wrong.push(`${who}: ${route.method} ${route.path} shows Phúc's phone`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("hides A's bank, questions, exports, imports and previews from the organizer of another contest with 404", async () => {
    const bankRoutes = routes.filter((r) => realPath(r)?.scope === 'bank');
    expect(bankRoutes.length).toBeGreaterThan(15);
    // Every question import route is a bank route, so it is in this matrix (the template is
    // public; the unit import is the administrators' and names no bank).
    const importRoutes = routes.filter(
      (r) =>
        /import/.test(r.path) &&
        r.path !== '/api/banks/import-template.xlsx' &&
        r.path !== '/api/units/import',
    );
    expect(importRoutes.length).toBeGreaterThan(5);
    expect(importRoutes.filter((r) => !bankRoutes.includes(r))).toEqual([]);
    const wrong: string[] = [];
    for (const route of bankRoutes) {
      const res = await call(
        route,
        (realPath(route) as { path: string }).path,
        people.otherOrganizer,
      );
      if (res.status !== 404 || res.body.code !== 'NOT_FOUND')
        wrong.push(`${route.method} ${route.path} → ${res.status} ${res.body.code}`);
      if (/"correct"|Đáp án 1-B/.test(JSON.stringify(res.body)))
        wrong.push(`${route.method} ${route.path} shows the answer key`);
    }
    expect(wrong).toEqual([]);
  });

  it("refuses the staff of another contest on every staff-only route of A's with 403", async () => {
    const wrong: string[] = [];
    for (const who of ['otherOrganizer', 'otherJudge'] as const) {
      for (const route of routes) {
        const real = realPath(route);
        if (real?.scope !== 'contest' || !staffOnly(route)) continue;
        const res = await call(route, real.path, people[who]);
        if (res.status !== 403 || res.body.code !== 'FORBIDDEN')
          wrong.push(`${who}: ${route.method} ${route.path} → ${res.status} ${res.body.code}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("never shows another participant a phone or an answer key on A's participant routes", async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const real = realPath(route);
      if (real?.scope !== 'contest' || staffOnly(route) || route.method !== 'GET') continue;
      const res = await call(route, real.path, people.other);
      if (res.status >= 500) wrong.push(`GET ${route.path} → ${res.status}`);
      const raw = JSON.stringify(res.body);
      if (raw.includes('0912345678')) wrong.push(`GET ${route.path} shows Phúc's phone`);
      if (/"correct"|acceptedAnswers/.test(raw)) wrong.push(`GET ${route.path} shows a key`);
    }
    expect(wrong).toEqual([]);
  });

  it("lets an administrator through on every contest and round route of A's, without a 500", async () => {
    const wrong: string[] = [];
    // Reads first, then writes; the attempt's own routes are the participant's, not the admin's.
    const ordered = [...routes].sort(
      (a, b) => Number(a.method !== 'GET') - Number(b.method !== 'GET'),
    );
    for (const route of ordered) {
      const real = realPath(route);
      if (real?.scope !== 'contest') continue;
      // An administrator can read every bank, so never takes a counted attempt (403 by design,
      // test/security/bank-access.e2e-spec.ts).
      if (route.method === 'POST' && route.path === '/api/rounds/:roundId/attempts') continue;
      const res = await call(route, real.path, people.admin);
      if (res.status === 401 || res.status === 403 || res.status >= 500)
        wrong.push(`${route.method} ${route.path} → ${res.status} ${res.body.code}`);
    }
    expect(wrong).toEqual([]);
  });
});
