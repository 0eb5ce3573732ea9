import request from 'supertest';
import { DrainState } from '../apps/api/src/health/drain-state';
import { createTestApp, type TestApp } from './helpers/test-app';

/** Readiness (`/api/health/ready`) apart from liveness (`/api/health`). */
describe('readiness (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ RUN_WORKERS: 'false' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('is ready with the database up, Redis disabled and every migration applied', async () => {
    const res = await request(t.baseUrl).get('/api/health/ready').expect(200);
    expect(res.body).toEqual({
      ready: true,
      draining: false,
      db: 'up',
      redis: 'disabled',
      migrations: 'done',
    });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('is not ready while one of its migrations is missing from the database', async () => {
    const [last] = await t.dataSource.query<Array<{ id: number; timestamp: string; name: string }>>(
      'SELECT id, timestamp, name FROM migrations ORDER BY timestamp DESC LIMIT 1',
    );
    await t.dataSource.query('DELETE FROM migrations WHERE id = $1', [last.id]);
    try {
      const res = await request(t.baseUrl).get('/api/health/ready').expect(503);
      expect(res.body).toMatchObject({ ready: false, migrations: 'pending', db: 'up' });
      await request(t.baseUrl).get('/api/health').expect(200); // alive all the same
    } finally {
      await t.dataSource.query('INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)', [
        last.id,
        last.timestamp,
        last.name,
      ]);
    }
    await request(t.baseUrl).get('/api/health/ready').expect(200);
  });

  it('answers 503 once the instance drains, while liveness stays 200', async () => {
    t.app.get(DrainState).start();
    const res = await request(t.baseUrl).get('/api/health/ready').expect(503);
    expect(res.body).toMatchObject({ ready: false, draining: true, db: 'up' });
    await request(t.baseUrl).get('/api/health').expect(200);
  });
});
