import { freePort } from '@app/database';
import parsePrometheusTextFormat, { type PrometheusFamily } from 'parse-prometheus-text-format';
import request from 'supertest';
import { createBank, createPublishedContest } from './helpers/contest-fixtures';
import { connectLive } from './helpers/leaderboard-fixtures';
import { createTestApp, type TestApp } from './helpers/test-app';
import { createUser } from './helpers/users';

const TOKEN = 'metrics-token-0123456789abcdef';

/** Scrapes and parses with a real Prometheus text-format parser: a malformed exposition fails. */
async function scrape(url: string, token?: string): Promise<Map<string, PrometheusFamily>> {
  const res = await fetch(url, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const families = parsePrometheusTextFormat(await res.text());
  return new Map(families.map((f) => [f.name, f]));
}

/**
 * The sum of a counter's series whose labels include `labels` (0 when none). Labelled series are
 * read from counters: the parser keeps the labels of counters and gauges, but folds a labelled
 * histogram's series into one (it supports histograms labelled by `le` only).
 */
function counterSum(
  families: Map<string, PrometheusFamily>,
  name: string,
  labels: Record<string, string> = {},
): number {
  const family = families.get(name);
  if (!family) throw new Error(`no metric family ${name}`);
  expect(family.type).toBe('COUNTER');
  return family.metrics
    .filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))
    .reduce((sum, m) => sum + Number(m.value), 0);
}

/** The observation count of an unlabelled histogram. */
function histogramCount(families: Map<string, PrometheusFamily>, name: string): number {
  const family = families.get(name);
  if (!family) throw new Error(`no metric family ${name}`);
  expect(family.type).toBe('HISTOGRAM');
  expect(family.metrics).toHaveLength(1);
  return Number(family.metrics[0].count ?? 0);
}

function gauge(families: Map<string, PrometheusFamily>, name: string): number {
  const family = families.get(name);
  if (!family) throw new Error(`no metric family ${name}`);
  expect(family.type).toBe('GAUGE');
  return Number(family.metrics[0].value);
}

describe('metrics (e2e)', () => {
  describe('with METRICS_TOKEN', () => {
    let t: TestApp;
    let url: string;
    beforeAll(async () => {
      t = await createTestApp({ METRICS_TOKEN: TOKEN, RUN_WORKERS: 'false' });
      url = `${t.baseUrl}/metrics`;
    });
    afterAll(async () => {
      await t.close();
    });

    it('refuses a scrape without the token or with a wrong one (401, error format)', async () => {
      const none = await request(t.baseUrl).get('/metrics').expect(401);
      expect(none.body).toMatchObject({ statusCode: 401, code: 'UNAUTHORIZED' });
      expect(none.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(none.text).not.toContain('process_cpu');
      const wrong = await request(t.baseUrl)
        .get('/metrics')
        .set('Authorization', `Bearer ${TOKEN}x`)
        .expect(401);
      expect(wrong.body.code).toBe('UNAUTHORIZED');
      await request(t.baseUrl).get('/metrics').set('Authorization', TOKEN).expect(401);
    });

    it('exposes the process, HTTP, socket, answer-batcher and pool families', async () => {
      const families = await scrape(url, TOKEN);
      for (const name of [
        'process_cpu_user_seconds_total',
        'process_resident_memory_bytes',
        'nodejs_eventloop_lag_seconds',
        'nodejs_heap_size_used_bytes',
        'hoithi_http_request_duration_seconds',
        'hoithi_http_requests_total',
        'hoithi_socketio_connections',
        'hoithi_answer_batcher_waiting',
        'hoithi_answer_batcher_running',
        'hoithi_answer_batch_duration_seconds',
        'hoithi_answer_batch_size',
        'hoithi_answer_saves_total',
        'hoithi_db_pool_connections',
        'hoithi_db_pool_idle',
        'hoithi_db_pool_waiting',
        'hoithi_db_pool_max',
      ]) {
        expect(families.has(name)).toBe(true);
      }
      expect(families.get('process_cpu_user_seconds_total')?.type).toBe('COUNTER');
      expect(families.get('hoithi_http_request_duration_seconds')?.type).toBe('HISTOGRAM');
      expect(families.get('nodejs_eventloop_lag_seconds')?.type).toBe('GAUGE');
      expect(gauge(families, 'hoithi_db_pool_max')).toBe(5); // DB_POOL_SIZE of the test apps
      expect(gauge(families, 'hoithi_db_pool_connections')).toBeGreaterThan(0);
    });

    it('counts requests by route template and status class, never by raw path', async () => {
      const before = await scrape(url, TOKEN);
      const health = { route: '/api/health', method: 'GET', status_class: '2xx' };
      const healthBefore = counterSum(before, 'hoithi_http_requests_total', health);
      for (let i = 0; i < 3; i++) await request(t.baseUrl).get('/api/health').expect(200);
      const missingId = '0b6f4c52-3a43-4d2e-9a57-2f0c1d8e9b11';
      await request(t.baseUrl).get(`/api/contests/${missingId}`).expect(404);
      await request(t.baseUrl).get(`/api/no-such-thing/${missingId}`).expect(404);

      const after = await scrape(url, TOKEN);
      expect(counterSum(after, 'hoithi_http_requests_total', health)).toBe(healthBefore + 3);
      expect(
        counterSum(after, 'hoithi_http_requests_total', {
          route: '/api/contests/:idOrSlug',
          status_class: '4xx',
        }),
      ).toBeGreaterThanOrEqual(1);
      expect(
        counterSum(after, 'hoithi_http_requests_total', {
          route: 'unmatched',
          status_class: '4xx',
        }),
      ).toBeGreaterThanOrEqual(1);
      const routes = after.get('hoithi_http_requests_total')!.metrics.map((m) => m.labels?.route);
      expect(routes).not.toContain(undefined);
      expect(routes.some((r) => r?.includes(missingId))).toBe(false);
      // The histogram has the same series: its raw exposition names the template too.
      const raw = await (
        await fetch(url, { headers: { Authorization: `Bearer ${TOKEN}` } })
      ).text();
      expect(raw).toContain(
        'hoithi_http_request_duration_seconds_count{method="GET",route="/api/health",status_class="2xx"}',
      );
      expect(raw).not.toContain(missingId);
    });

    it('counts answer saves and their statements, and the open sockets', async () => {
      const organizer = await createUser(t, { roles: ['organizer'] });
      const bank = await createBank(t, organizer, 12);
      const contest = await createPublishedContest(t, organizer, bank.id);
      const user = await createUser(t);
      const started = await request(t.baseUrl)
        .post(`/api/rounds/${contest.roundIds[0]}/attempts`)
        .set(user.auth)
        .set(user.device)
        .expect(201);
      const attempt = started.body as {
        id: string;
        questions: Array<{ id: string; options: Array<{ id: string }> }>;
      };

      const before = await scrape(url, TOKEN);
      const savesBefore = Number(before.get('hoithi_answer_saves_total')!.metrics[0].value);
      const batchesBefore = histogramCount(before, 'hoithi_answer_batch_size');
      for (const q of attempt.questions) {
        await request(t.baseUrl)
          .put(`/api/attempts/${attempt.id}/answers/${q.id}`)
          .set(user.auth)
          .set(user.device)
          .send({ optionIds: [q.options[0].id] })
          .expect(200);
      }
      const after = await scrape(url, TOKEN);
      const saves = after.get('hoithi_answer_saves_total')!;
      expect(saves.type).toBe('COUNTER');
      expect(Number(saves.metrics[0].value)).toBe(savesBefore + attempt.questions.length);
      expect(histogramCount(after, 'hoithi_answer_batch_size')).toBeGreaterThan(batchesBefore);
      expect(histogramCount(after, 'hoithi_answer_batch_duration_seconds')).toBeGreaterThan(0);
      expect(
        counterSum(after, 'hoithi_http_requests_total', {
          route: '/api/attempts/:id/answers/:questionId',
          method: 'PUT',
          status_class: '2xx',
        }),
      ).toBe(attempt.questions.length);

      expect(gauge(after, 'hoithi_socketio_connections')).toBe(0);
      const a = await connectLive(t);
      const b = await connectLive(t);
      try {
        expect(gauge(await scrape(url, TOKEN), 'hoithi_socketio_connections')).toBe(2);
      } finally {
        a.close();
        b.close();
      }
      const deadline = Date.now() + 5000;
      while (gauge(await scrape(url, TOKEN), 'hoithi_socketio_connections') !== 0) {
        if (Date.now() > deadline) throw new Error('sockets still counted after disconnecting');
        await new Promise((r) => setTimeout(r, 50));
      }
    });
  });

  it('is off without METRICS_TOKEN and METRICS_PORT: /metrics is 404', async () => {
    const t = await createTestApp({ RUN_WORKERS: 'false' });
    try {
      const res = await request(t.baseUrl)
        .get('/metrics')
        .set('Authorization', `Bearer ${TOKEN}`)
        .expect(404);
      expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    } finally {
      await t.close();
    }
  });

  it('serves METRICS_PORT on 127.0.0.1 without a token, and nothing on the main port', async () => {
    const port = await freePort();
    const t = await createTestApp({ METRICS_PORT: String(port), RUN_WORKERS: 'false' });
    try {
      await request(t.baseUrl).get('/metrics').expect(404);
      const families = await scrape(`http://127.0.0.1:${port}/metrics`);
      expect(families.has('hoithi_http_request_duration_seconds')).toBe(true);
      expect(families.has('process_cpu_user_seconds_total')).toBe(true);
      expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(404);
    } finally {
      await t.close();
    }
    // Closed with the app.
    await expect(fetch(`http://127.0.0.1:${port}/metrics`)).rejects.toThrow();
  });
});
