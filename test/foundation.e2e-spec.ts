import request from 'supertest';
import { createTestApp, type TestApp } from './helpers/test-app';

describe('foundation (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports health with the database up and Redis disabled', async () => {
    const res = await request(t.baseUrl).get('/api/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up', redis: 'disabled' });
  });

  it('gives an unknown route 404 in the error format, with a request id', async () => {
    const res = await request(t.baseUrl).get('/api/no-such-thing').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect(typeof res.body.message).toBe('string');
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('echoes a sane incoming X-Request-Id', async () => {
    const res = await request(t.baseUrl).get('/api/health').set('X-Request-Id', 'abc12345-trace');
    expect(res.headers['x-request-id']).toBe('abc12345-trace');
  });

  it('answers malformed JSON with 400 VALIDATION_FAILED', async () => {
    const res = await request(t.baseUrl)
      .post('/api/health')
      .set('Content-Type', 'application/json')
      .send('{"broken":');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
  });

  it('answers text with a lone surrogate with 400, not 500', async () => {
    const res = await request(t.baseUrl)
      .post('/api/auth/forgot-password')
      .set('Content-Type', 'application/json')
      .send('{"email":"a\\ud800@b.vn"}');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
  });

  it('rejects an unknown body field with 400 VALIDATION_FAILED and details', async () => {
    const res = await request(t.baseUrl)
      .post('/api/auth/login')
      .send({ login: 'a@b.vn', password: 'x', admin: true });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'admin', message: 'unknown field' }],
    });
  });

  it('sets security headers', async () => {
    const res = await request(t.baseUrl).get('/api/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('serves the OpenAPI document', async () => {
    const res = await request(t.baseUrl).get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/health');
  });

  it('has applied the migrations to its own database', async () => {
    const rows: Array<{ n: string }> = await t.dataSource.query('SELECT current_database() AS n');
    expect(rows[0].n).toMatch(/^hoithi_test_/);
  });
});
