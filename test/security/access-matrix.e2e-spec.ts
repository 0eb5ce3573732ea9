import request from 'supertest';
import { fillPath, listRoutes, type RouteInfo } from '../helpers/routes';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createUser, type TestUser } from '../helpers/users';

/**
 * The access matrix, derived from the routes themselves: every route × {anonymous, participant,
 * organizer, judge, admin}. Ids in paths are unknown UUIDs, so a caller who may use the route
 * gets 404 (or 400 for a body it did not send), never 200 on someone else's data, never 500.
 */
describe('access matrix (e2e)', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  let users: Record<'participant' | 'organizer' | 'judge' | 'admin', TestUser>;

  beforeAll(async () => {
    t = await createTestApp();
    routes = listRoutes(t).filter((r) => !r.path.startsWith('/api/docs'));
    users = {
      participant: await createUser(t),
      organizer: await createUser(t, { roles: ['organizer'] }),
      judge: await createUser(t, { roles: ['judge'] }),
      admin: await createUser(t, { roles: ['admin'] }),
    };
  });
  afterAll(async () => {
    await t.close();
  });

  const send = (route: RouteInfo, auth?: Record<string, string>) => {
    const r = request(t.baseUrl)[route.method.toLowerCase() as 'get'](fillPath(route.path));
    if (auth) r.set(auth);
    return route.method === 'GET' || route.method === 'DELETE' ? r : r.send({});
  };

  it('finds the routes of every feature', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    for (const expected of [
      'GET /api/health',
      'POST /api/auth/login',
      'POST /api/contests',
      'POST /api/rounds/:roundId/attempts',
      'PUT /api/attempts/:id/answers/:questionId',
      'POST /api/banks/:bankId/import',
    ]) {
      expect(paths).toContain(expected);
    }
    expect(routes.length).toBeGreaterThan(40);
  });

  it('refuses anonymous callers on every non-public route with 401', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => !r.isPublic)) {
      const res = await send(route);
      if (res.status !== 401 || res.body.code !== 'UNAUTHORIZED')
        wrong.push(`${route.method} ${route.path} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a participant on every staff-only route with 403', async () => {
    const wrong: string[] = [];
    for (const route of routes.filter((r) => r.roles && !r.roles.includes('participant'))) {
      const res = await send(route, users.participant.auth);
      if (res.status !== 403 || res.body.code !== 'FORBIDDEN')
        wrong.push(`${route.method} ${route.path} → ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('lets each role through to the route without a 401/403 where its role is listed, and never answers 500', async () => {
    const wrong: string[] = [];
    for (const [role, user] of Object.entries(users)) {
      // "Sign out everywhere" ends the very token this loop goes on using (its own spec:
      // test/security/access-revocation.e2e-spec.ts).
      for (const route of routes.filter((r) => r.path !== '/api/auth/logout-all')) {
        const res = await send(route, user.auth);
        if (res.status >= 500) wrong.push(`${role}: ${route.method} ${route.path} → ${res.status}`);
        if (route.roles?.includes(role) && res.status === 401)
          wrong.push(`${role}: ${route.method} ${route.path} → 401`);
        if (
          res.status >= 400 &&
          typeof res.body.code !== 'string' &&
          res.headers['content-type']?.includes('json')
        ) {
          wrong.push(
            `${role}: ${route.method} ${route.path} → ${res.status} without an error code`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses tokens with alg "none", signed with another key, or expired', async () => {
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const payload = {
      sub: users.admin.id,
      roles: ['admin'],
      typ: 'access',
      iat: Math.floor(Date.now() / 1000),
    };
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
    const { createHmac } = await import('node:crypto');
    const sign = (p: object, secret: string) => {
      const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(p)}`;
      return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
    };
    const otherKey = sign(payload, 'another-secret-another-secret-another-secret');
    const expired = sign(
      { ...payload, exp: Math.floor(Date.now() / 1000) - 60 },
      t.config.auth.jwtSecret as string,
    );
    const valid = sign(
      { ...payload, exp: Math.floor(Date.now() / 1000) + 60 },
      t.config.auth.jwtSecret as string,
    );
    for (const token of [none, otherKey, expired, 'garbage']) {
      const res = await request(t.baseUrl).get('/api/ping').set('Authorization', `Bearer ${token}`);
      expect(res.status).toBe(401);
    }
    await request(t.baseUrl).get('/api/ping').set('Authorization', `Bearer ${valid}`).expect(200);
  });
});
