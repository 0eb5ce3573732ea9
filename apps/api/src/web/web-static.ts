import * as fs from 'node:fs';
import * as path from 'node:path';
import express, {
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * The built web app (Vite output) as an Express handler:
 * - files under `assets/` have content hashes in their names: cached for a year, immutable;
 * - everything else (index.html, favicon) is revalidated on every use (`no-cache` + ETag);
 * - `/` always gets index.html (whatever the Accept header: `curl localhost:3000/` shows the app);
 * - any other GET/HEAD that accepts HTML and is not an API, socket.io or asset path gets
 *   index.html, so that the app's own routes (`/cuoc-thi/…`, `/luot-thi/…`) survive a reload.
 * Compression and security headers come from the global middleware installed before this.
 */
export function createWebHandler(root: string): RequestHandler {
  const assetsDir = path.join(root, 'assets') + path.sep;
  const indexFile = path.join(root, 'index.html');
  const statics = express.static(root, {
    index: false,
    redirect: false,
    fallthrough: true,
    cacheControl: false,
    etag: true,
    lastModified: true,
    dotfiles: 'ignore',
    setHeaders: (res, filePath) => {
      res.setHeader('Cache-Control', filePath.startsWith(assetsDir) ? IMMUTABLE : REVALIDATE);
    },
  });

  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (isServerPath(req.path)) return next();
    statics(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (req.path.startsWith('/assets/')) return next();
      if (req.path !== '/' && !acceptsHtml(req)) return next();
      res.setHeader('Cache-Control', REVALIDATE);
      res.sendFile(indexFile, { cacheControl: false, etag: true, lastModified: true }, (err) => {
        if (err && !res.headersSent) next(err);
      });
    });
  };
}

/** Paths the web app never answers: the API (and its docs) and socket.io. */
export function isServerPath(pathname: string): boolean {
  return (
    pathname === '/api' ||
    pathname.startsWith('/api/') ||
    pathname === '/socket.io' ||
    pathname.startsWith('/socket.io/')
  );
}

/** Browser navigations ask for text/html explicitly; fetch() and curl's `*\/*` do not. */
function acceptsHtml(req: Request): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

/**
 * Where `npm run build:web` writes the app: `apps/web/dist` of the checkout (or of the image),
 * found by walking up from this file (src/ under ts-jest, dist/ when compiled).
 */
export function defaultWebRoot(start: string = __dirname): string {
  let dir = start;
  let firstPackageDir: string | null = null;
  for (;;) {
    const candidate = path.join(dir, 'apps', 'web', 'dist');
    if (fs.existsSync(path.join(candidate, 'index.html'))) return candidate;
    if (!firstPackageDir && fs.existsSync(path.join(dir, 'package.json'))) firstPackageDir = dir;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return path.join(firstPackageDir ?? process.cwd(), 'apps', 'web', 'dist');
}
