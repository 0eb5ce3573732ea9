import { Inject, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '@app/core';
import { ContestReachService, EmbedService, PublicPagesService, SharingModule } from '@app/sharing';
import type { Application } from 'express';
import { builtWebRoot, createPublicPagesHandler } from './public-pages';
import { createWebHandler, defaultWebRoot } from './web-static';

/**
 * Serves the web app (apps/web, built by `npm run build:web`) on the API's port, and the public
 * pages' server side (link previews, short links, the embeddable widget: see public-pages.ts).
 * Registered when the module initialises: after setupApp()'s global middleware (security
 * headers, compression) and Nest's routes, before Nest's 404 handler — so /api/* never reaches it.
 */
@Module({ imports: [SharingModule] })
export class WebModule implements OnModuleInit {
  private readonly logger = new Logger('WebApp');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly pages: PublicPagesService,
    private readonly reach: ContestReachService,
    private readonly embed: EmbedService,
  ) {}

  onModuleInit(): void {
    const root = this.config.webRoot ?? defaultWebRoot();
    const webRoot = builtWebRoot(root);
    const app = this.adapterHost.httpAdapter.getInstance<Application>();
    app.use(
      createPublicPagesHandler({
        config: this.config,
        pages: this.pages,
        reach: this.reach,
        embed: this.embed,
        webRoot,
      }),
    );
    if (!webRoot) {
      this.logger.warn(
        `web app not built (no index.html in ${root}): run "npm run build:web" — the API works without it`,
      );
      return;
    }
    app.use(createWebHandler(webRoot));
    this.logger.log(`serving the web app from ${webRoot}`);
  }
}
