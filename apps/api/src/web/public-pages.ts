import * as fs from 'node:fs';
import * as path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { AppConfig } from '@app/core';
import {
  type ContestReachService,
  EMBED_CSS,
  EMBED_WIDGET_JS,
  embedFrameAncestors,
  EMBED_LOADER_JS,
  type EmbedService,
  injectMeta,
  matchPublicPage,
  type PublicPagesService,
} from '@app/sharing';

/** When the web app is not built: enough HTML for link previews (crawlers run no script). */
const FALLBACK_INDEX = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>HoiThi — Cuộc thi trực tuyến</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

/** Link-preview crawlers (their page views are not counted as visits from a channel). */
const CRAWLER =
  /facebookexternalhit|facebot|zalo|twitterbot|slackbot|telegrambot|bot\b|crawler|spider|preview/i;

export interface PublicPagesDeps {
  config: AppConfig;
  pages: PublicPagesService;
  reach: ContestReachService;
  embed: EmbedService;
  /** The built web app's directory (index.html), when there is one. */
  webRoot: string | null;
}

/**
 * The server side of the public pages (docs/sharing.md), installed before the web app:
 * - `/cuoc-thi/:slug`, a round, `/bang-xep-hang/:roundId`, `/ket-qua/:roundId`, shared results
 *   and `/chung-nhan/:code` get the app's HTML with the page's title and Open Graph tags, for
 *   any user agent and Accept header (crawlers send `*\/*` and run no JavaScript);
 * - `/c/:code[/:round]` redirects (302) to the contest, keeping `?src=`;
 * - `/nhung/…` is the embeddable widget, framable only by EMBED_ORIGINS.
 */
export function createPublicPagesHandler(deps: PublicPagesDeps): RequestHandler {
  const indexFile = deps.webRoot ? path.join(deps.webRoot, 'index.html') : null;
  let cached: { mtimeMs: number; html: string } | null = null;
  const indexHtml = (): string => {
    if (!indexFile) return FALLBACK_INDEX;
    try {
      const { mtimeMs } = fs.statSync(indexFile);
      if (!cached || cached.mtimeMs !== mtimeMs) {
        cached = { mtimeMs, html: fs.readFileSync(indexFile, 'utf8') };
      }
      return cached.html;
    } catch {
      return FALLBACK_INDEX;
    }
  };
  const frameAncestors = embedFrameAncestors(deps.config.sharing.embedOrigins);

  const handle = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const p = req.path;
    const short = p.match(/^\/c\/([^/]+)(?:\/(\d{1,3}))?\/?$/);
    if (short) {
      const target = await deps.reach.shortLinkTarget(short[1], req.query.src, short[2]);
      if (!target) return next();
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, target);
      return;
    }
    if (p === '/nhung/nhung.js') return sendAsset(res, 'text/javascript', EMBED_LOADER_JS, true);
    if (p === '/nhung/widget.js') return sendAsset(res, 'text/javascript', EMBED_WIDGET_JS);
    if (p === '/nhung/nhung.css') return sendAsset(res, 'text/css', EMBED_CSS);
    const embed = p.match(/^\/nhung\/cuoc-thi\/([A-Za-z0-9-]{1,200})\/?$/);
    if (embed) {
      const html = await deps.embed.page(embed[1]);
      if (!html) return next();
      // The strict policy of every other page, except who may frame this one.
      const csp = String(res.getHeader('Content-Security-Policy') ?? '').replace(
        /frame-ancestors [^;]*/,
        `frame-ancestors ${frameAncestors}`,
      );
      res.setHeader('Content-Security-Policy', csp);
      res.removeHeader('X-Frame-Options');
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(html);
      return;
    }
    const page = matchPublicPage(p);
    if (!page) return next();
    const meta = await deps.pages.meta(page);
    if (page.kind === 'contest' && !CRAWLER.test(req.get('user-agent') ?? '')) {
      await deps.reach.countPageVisit(page.slug, req.query.src);
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    res.type('html');
    res.send(meta ? injectMeta(indexHtml(), meta) : indexHtml());
  };

  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    handle(req, res, next).catch(next);
  };
}

function sendAsset(res: Response, type: string, body: string, crossOrigin = false): void {
  res.setHeader('Content-Type', `${type}; charset=utf-8`);
  res.setHeader('Cache-Control', 'public, max-age=3600');
  if (crossOrigin) res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  res.send(body);
}

/** The web root when it holds a built app, else null. */
export function builtWebRoot(root: string): string | null {
  return fs.existsSync(path.join(root, 'index.html')) ? root : null;
}
