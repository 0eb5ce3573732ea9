import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import compression from 'compression';
import express from 'express';
import request from 'supertest';
import { createWebHandler, defaultWebRoot, isServerPath } from './web-static';

describe('createWebHandler', () => {
  let root: string;
  let app: express.Express;

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'hoithi-web-'));
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>HoiThi</title>');
    fs.writeFileSync(
      path.join(root, 'assets', 'index-abc123.js'),
      `console.log(${'1'.repeat(4000)});`,
    );
    fs.writeFileSync(path.join(root, 'favicon.svg'), '<svg/>');
    app = express();
    app.use(compression({ threshold: 1024 }));
    app.use(createWebHandler(root));
    app.use((_req, res) => res.status(404).json({ code: 'NOT_FOUND' }));
  });

  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('serves hashed assets with a one-year immutable cache, compressed', async () => {
    const res = await request(app)
      .get('/assets/index-abc123.js')
      .set('Accept-Encoding', 'gzip')
      .expect(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('serves index.html and other files to be revalidated', async () => {
    const fav = await request(app).get('/favicon.svg').expect(200);
    expect(fav.headers['cache-control']).toBe('no-cache');
    const index = await request(app).get('/').set('Accept', 'text/html').expect(200);
    expect(index.headers['cache-control']).toBe('no-cache');
    expect(index.text).toContain('<title>HoiThi</title>');
  });

  it('serves the app at / whatever the Accept header (curl, link checkers)', async () => {
    const res = await request(app).get('/').set('Accept', '*/*').expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('<title>HoiThi</title>');
  });

  it('falls back to index.html for app routes asked by a browser', async () => {
    const res = await request(app)
      .get('/luot-thi/8e0c2f5e-1111-4b4b-9999-000000000000')
      .set('Accept', 'text/html,application/xhtml+xml')
      .expect(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('leaves the API, socket.io, missing assets and non-HTML requests alone', async () => {
    await request(app).get('/api/nothing').set('Accept', 'text/html').expect(404);
    await request(app).get('/socket.io/').set('Accept', 'text/html').expect(404);
    await request(app).get('/assets/missing-123.js').set('Accept', 'text/html').expect(404);
    await request(app).get('/cuoc-thi/abc').set('Accept', 'application/json').expect(404);
    await request(app).post('/cuoc-thi/abc').set('Accept', 'text/html').expect(404);
  });

  it('recognises server paths', () => {
    expect(isServerPath('/api')).toBe(true);
    expect(isServerPath('/api/health')).toBe(true);
    expect(isServerPath('/apis')).toBe(false);
    expect(isServerPath('/socket.io/')).toBe(true);
  });

  it('finds apps/web/dist by walking up from a nested directory', () => {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'hoithi-repo-'));
    const dist = path.join(repo, 'apps', 'web', 'dist');
    const nested = path.join(repo, 'dist', 'apps', 'api', 'src', 'web');
    fs.mkdirSync(dist, { recursive: true });
    fs.mkdirSync(nested, { recursive: true });
    fs.writeFileSync(path.join(dist, 'index.html'), '');
    try {
      expect(defaultWebRoot(nested)).toBe(dist);
    } finally {
      fs.rmSync(repo, { recursive: true, force: true });
    }
  });
});
