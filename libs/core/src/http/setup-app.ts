import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { AppConfig } from '../config/app-config';
import { AllExceptionsFilter, toErrorBody } from '../errors/all-exceptions.filter';
import { MetricsService } from '../metrics/metrics.service';
import { createOpenApiDocument } from './openapi';
import { requestIdMiddleware } from './request-id.middleware';
import { createValidationPipe } from './validation';

export const API_PREFIX = 'api';

/**
 * Everything that makes a Nest application a HoiThi API: used by main.ts and by every e2e test,
 * so that tests exercise exactly what runs in production. The app must be created with
 * `bodyParser: false` (the parsers are installed here, with the contract's error format).
 */
export function setupApp(app: NestExpressApplication, config: AppConfig): void {
  app.set('trust proxy', config.http.trustProxy);
  app.set('etag', false);
  app.disable('x-powered-by');
  const metrics = app.get(MetricsService);
  app.use(metrics.httpMiddleware());
  app.use(requestIdMiddleware);

  const strictHelmet = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", 'ws:', 'wss:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // Swagger UI needs inline scripts; it gets the other headers but a relaxed CSP.
  const docsHelmet = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) =>
    req.path.startsWith(`/${API_PREFIX}/docs`)
      ? docsHelmet(req, res, next)
      : strictHelmet(req, res, next),
  );
  app.use(compression({ threshold: 1024 }));
  app.use(metrics.scrapeMiddleware());
  app.use(express.json({ limit: '1mb' }));
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!error) return next();
    const errorBody = toErrorBody(error);
    res.status(errorBody.statusCode).json(errorBody);
  });
  app.enableCors({
    origin: config.http.corsOrigins,
    exposedHeaders: ['X-Request-Id', 'Retry-After', 'Content-Disposition', 'X-Content-SHA256'],
    maxAge: 600,
  });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());

  const document = createOpenApiDocument(app);
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs-json`,
    customSiteTitle: 'HoiThi API',
  });
}
