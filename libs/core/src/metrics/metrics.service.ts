import { createHash, timingSafeEqual } from 'node:crypto';
import * as http from 'node:http';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { AppException } from '../errors/app.exception';
import { toErrorBody } from '../errors/all-exceptions.filter';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * The label of a request: the route template Express matched (`/api/contests/:contestId`), never
 * the raw path, so the number of series stays bounded whatever clients send.
 */
function routeLabel(req: Request): string {
  const path: unknown = (req as { route?: { path?: unknown } }).route?.path;
  if (typeof path === 'string') return `${req.baseUrl ?? ''}${path}`;
  if (req.path === '/metrics') return '/metrics';
  return req.path.startsWith('/api/') || req.path === '/api' ? 'unmatched' : 'web';
}

/** Constant-time comparison of two secrets of any length. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Prometheus metrics of this instance (docs/operations.md): one registry per application (tests
 * run several in one process), the default process/Node.js collectors and the HTTP request
 * duration histogram. Other parts of HoiThi register their own metrics on `registry` when
 * `enabled`. Nothing is measured unless METRICS_TOKEN or METRICS_PORT is set.
 */
@Injectable()
export class MetricsService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly registry = new Registry();
  readonly enabled: boolean;
  private readonly logger = new Logger('Metrics');
  private readonly httpDuration?: Histogram<'method' | 'route' | 'status_class'>;
  private readonly httpRequests?: Counter<'method' | 'route' | 'status_class'>;
  private server?: http.Server;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.enabled = config.metrics.token !== undefined || config.metrics.port !== undefined;
    if (!this.enabled) return;
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'hoithi_http_request_duration_seconds',
      help: 'HTTP request duration by method, route template and status class',
      labelNames: ['method', 'route', 'status_class'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    this.httpRequests = new Counter({
      name: 'hoithi_http_requests_total',
      help: 'HTTP requests answered, by method, route template and status class',
      labelNames: ['method', 'route', 'status_class'],
      registers: [this.registry],
    });
  }

  /** Times every request until its response is sent (installed first by setupApp()). */
  httpMiddleware(): RequestHandler {
    const histogram = this.httpDuration;
    const counter = this.httpRequests;
    if (!histogram || !counter) return (_req, _res, next) => next();
    return (req: Request, res: Response, next: NextFunction) => {
      const started = process.hrtime.bigint();
      res.once('finish', () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const labels = {
          method: METHODS.has(req.method) ? req.method : 'OTHER',
          route: routeLabel(req),
          status_class: `${Math.floor(res.statusCode / 100)}xx`,
        };
        histogram.observe(labels, seconds);
        counter.inc(labels);
      });
      next();
    };
  }

  /**
   * `GET /metrics` on the main port: with METRICS_TOKEN, only for `Authorization: Bearer <token>`
   * (401 otherwise); without it, 404 — also when the metrics are on METRICS_PORT instead.
   */
  scrapeMiddleware(): RequestHandler {
    return (req: Request, res: Response, next: NextFunction) => {
      if (req.path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
        return next();
      }
      const token = this.config.metrics.token;
      if (token === undefined) {
        const error = toErrorBody(AppException.notFound('Không tìm thấy đường dẫn này'));
        res.status(error.statusCode).json(error);
        return;
      }
      const header = req.headers.authorization ?? '';
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match || !sameSecret(match[1], token)) {
        const error = toErrorBody(AppException.unauthorized('Cần mã truy cập số liệu'));
        res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
        res.status(error.statusCode).json(error);
        return;
      }
      void this.send(res);
    };
  }

  private async send(res: http.ServerResponse): Promise<void> {
    try {
      const text = await this.registry.metrics();
      res.statusCode = 200;
      res.setHeader('Content-Type', this.registry.contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.end(text);
    } catch (error) {
      this.logger.error(`collecting metrics failed: ${String(error)}`);
      res.statusCode = 500;
      res.end();
    }
  }

  /** METRICS_PORT: a listener on 127.0.0.1 only, serving GET /metrics and nothing else. */
  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.metrics.port;
    if (port === undefined) return;
    const server = http.createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0];
      if (path === '/metrics' && (req.method === 'GET' || req.method === 'HEAD')) {
        void this.send(res);
        return;
      }
      res.statusCode = 404;
      res.end();
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRINUSE'
            ? new Error(`METRICS_PORT ${port} is already in use on 127.0.0.1`)
            : error,
        ),
      );
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.logger.log(`metrics on http://127.0.0.1:${port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
