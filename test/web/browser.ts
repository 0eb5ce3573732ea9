import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';

/** Debian's Chromium (apt), never a browser downloaded by playwright. */
export const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(__dirname, '../..');
const WEB = path.join(ROOT, 'apps', 'web');
const DIST_INDEX = path.join(WEB, 'dist', 'index.html');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts', 'web');

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules' || name === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

function isFresh(): boolean {
  if (!fs.existsSync(DIST_INDEX)) return false;
  const sources = Math.max(
    ...['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((e) =>
      newestMtime(path.join(WEB, e)),
    ),
  );
  return fs.statSync(DIST_INDEX).mtimeMs >= sources;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * The server serves apps/web/dist: build it when it is missing or older than its sources.
 * `npm test` builds it first anyway; this keeps `jest test/web/…` honest on its own. A lock
 * directory keeps two spec files (two jest workers) from building at the same time.
 */
export function ensureWebBuild(): void {
  if (isFresh()) return;
  const lock = path.join(os.tmpdir(), 'hoithi-web-build.lock');
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (fs.existsSync(lock) && Date.now() - fs.statSync(lock).mtimeMs > 180_000) {
        fs.rmSync(lock, { recursive: true, force: true }); // left by a crashed run
        continue;
      }
      if (Date.now() > deadline) throw new Error(`waited too long for ${lock}`);
      sleep(500);
    }
  }
  try {
    if (isFresh()) return; // built by the worker that held the lock
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', WEB],
      {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Chromium must be installed; the browser tests fail (never skip) when it is not. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}. The browser tests drive Debian's Chromium: ` +
        'install it with `.ci/browser` (apt-get update && apt-get install -y chromium).',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A cheap Android phone: 360×740, touch. The phone's own clock zone is deliberately not
 * Vietnam's: every time on screen must still be Vietnam time.
 */
export function phoneContext(
  browser: Browser,
  baseURL: string,
  extra: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Europe/Paris',
    userAgent:
      'Mozilla/5.0 (Linux; Android 11; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
    ...extra,
  });
}

export function laptopContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL,
    viewport: { width: 1366, height: 800 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    acceptDownloads: true,
  });
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Browser console errors and failed page requests, to explain a failure. */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`);
  });
  return problems;
}

type WebStorage = { getItem(key: string): string | null };

/** localStorage of the page (the test code itself is compiled without DOM types). */
export function readStorage(page: Page, key: string): Promise<string | null> {
  return page.evaluate(
    (k) => (globalThis as unknown as { localStorage: WebStorage }).localStorage.getItem(k),
    key,
  );
}

/** Waits until the page's localStorage no longer holds `key`. */
export async function waitForStorageCleared(page: Page, key: string): Promise<void> {
  await page.waitForFunction(
    (k) => (globalThis as unknown as { localStorage: WebStorage }).localStorage.getItem(k) === null,
    key,
  );
}

/** "21:00 28/07/2026" in Vietnam time, computed independently of the app's code. */
export function vietnamDateTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 7 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCHours())}:${p(d.getUTCMinutes())} ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}
