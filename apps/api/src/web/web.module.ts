import * as fs from 'node:fs';
import * as path from 'node:path';
import { Inject, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@app/core';
import type { Application } from 'express';
import { createWebHandler, defaultWebRoot } from './web-static';

/**
 * Serves the web app (apps/web, built by `npm run build:web`) on the API's port. Registered
 * when the module initialises: after setupApp()'s global middleware (security headers,
 * compression) and Nest's routes, before Nest's 404 handler — so /api/* never reaches it.
 */
@Module({})
export class WebModule implements OnModuleInit {
  private readonly logger = new Logger('WebApp');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    const root = this.config.webRoot ?? defaultWebRoot();
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      this.logger.warn(
        `web app not built (no ${path.join(root, 'index.html')}): run "npm run build:web" — the API works without it`,
      );
      return;
    }
    const app = this.adapterHost.httpAdapter.getInstance<Application>();
    app.use(createWebHandler(root));
    this.logger.log(`serving the web app from ${root}`);
  }
}
