import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

/**
 * Running an untrusted file's parser in a worker thread with a time and memory budget
 * (docs/imports.md, "Parser safety"): a file that makes a parser slow or greedy costs its
 * uploader a clear error and never blocks the event loop that serves everyone else.
 */

export interface WorkerBudget {
  /** Wall-clock time from the worker's start; the worker is terminated after it. */
  timeoutMs: number;
  /** V8 old-generation heap of the worker (`resourceLimits.maxOldGenerationSizeMb`). */
  maxOldGenerationSizeMb: number;
  /** V8 young generation (`resourceLimits.maxYoungGenerationSizeMb`); default 32. */
  maxYoungGenerationSizeMb?: number;
}

/** An error the task threw inside the worker, as plain data (classes do not cross threads). */
export interface WorkerFailure {
  name: string;
  message: string;
  code?: string;
  status?: number;
  details?: unknown;
}

export type WorkerReply<O> = { ok: true; value: O } | { ok: false; error: WorkerFailure };

/** The task threw: `failure` says what, for the caller to turn back into its own error. */
export class WorkerTaskError extends Error {
  constructor(readonly failure: WorkerFailure) {
    super(failure.message);
    this.name = 'WorkerTaskError';
  }
}

/** The worker ran out of its budget (time or memory) or died without answering. */
export class WorkerBudgetError extends Error {
  constructor(
    readonly reason: 'timeout' | 'memory' | 'crash',
    message: string,
  ) {
    super(message);
    this.name = 'WorkerBudgetError';
  }
}

/** Tasks running at once in this process (per script); more wait their turn. */
const MAX_CONCURRENT = 2;
/** An idle worker is kept this long for the next task, then stopped. */
const IDLE_MS = 60_000;

type TaskMessage = { id: number; input: unknown };
type ReplyMessage = { id: number } & WorkerReply<unknown>;

/**
 * The worker script for `base` (a path without extension): the compiled `.js` next to it, or,
 * when running from TypeScript sources (unit tests, bench), the `.ts` file loaded through
 * ts-node with the project's path aliases.
 */
function workerScript(base: string): { file: string; execArgv: string[] } {
  if (existsSync(`${base}.js`)) return { file: `${base}.js`, execArgv: [] };
  return {
    file: `${base}.ts`,
    execArgv: [
      '--require',
      'ts-node/register/transpile-only',
      '--require',
      'tsconfig-paths/register',
    ],
  };
}

interface PooledWorker {
  worker: Worker;
  idleTimer?: NodeJS.Timeout;
}

/**
 * Workers of one script and budget. A worker is started on demand (starting one costs more
 * than most parses), kept for the next task while idle, and terminated the moment a task runs
 * out of budget, so its heap goes with it.
 */
class WorkerPool {
  private readonly idle: PooledWorker[] = [];
  private readonly waiting: (() => void)[] = [];
  private running = 0;
  private nextId = 1;

  constructor(
    private readonly base: string,
    private readonly budget: WorkerBudget,
  ) {}

  async run<O>(input: unknown, timeoutMs: number): Promise<O> {
    if (this.running >= MAX_CONCURRENT) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else this.running++;
    try {
      const pooled = this.idle.pop() ?? (await this.start());
      clearTimeout(pooled.idleTimer);
      pooled.worker.ref();
      const reply = await this.send(pooled, input, timeoutMs);
      this.park(pooled);
      if (!reply.ok) throw new WorkerTaskError(reply.error);
      return reply.value as O;
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }

  /** A new worker, once it has loaded its script (start-up is not charged to the task). */
  private async start(): Promise<PooledWorker> {
    const script = workerScript(this.base);
    const worker = new Worker(script.file, {
      execArgv: script.execArgv,
      resourceLimits: {
        maxOldGenerationSizeMb: this.budget.maxOldGenerationSizeMb,
        maxYoungGenerationSizeMb: this.budget.maxYoungGenerationSizeMb ?? 32,
      },
    });
    const pooled: PooledWorker = { worker };
    worker.on('exit', () => this.forget(pooled));
    worker.on('error', () => this.forget(pooled));
    await new Promise<void>((resolve, reject) => {
      const onMessage = (m: { ready?: boolean }): void => {
        if (!m.ready) return;
        worker.off('message', onMessage);
        worker.off('error', onError);
        resolve();
      };
      const onError = (error: Error): void => {
        worker.off('message', onMessage);
        reject(new WorkerBudgetError('crash', `worker failed to start: ${error.message}`));
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
    });
    return pooled;
  }

  private send(
    pooled: PooledWorker,
    input: unknown,
    timeoutMs: number,
  ): Promise<WorkerReply<unknown>> {
    const { worker } = pooled;
    const id = this.nextId++;
    const { maxOldGenerationSizeMb } = this.budget;
    return new Promise((resolve, reject) => {
      const done = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const fail = (error: WorkerBudgetError): void => {
        done();
        this.forget(pooled);
        void worker.terminate();
        reject(error);
      };
      const onMessage = (reply: ReplyMessage): void => {
        if (reply.id !== id) return;
        done();
        resolve(reply);
      };
      const onError = (error: Error & { code?: string }): void => {
        fail(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new WorkerBudgetError(
                'memory',
                `worker needed more than ${maxOldGenerationSizeMb} MB`,
              )
            : new WorkerBudgetError('crash', `worker failed: ${error.message}`),
        );
      };
      const onExit = (code: number): void => {
        fail(new WorkerBudgetError('crash', `worker exited with code ${code} before answering`));
      };
      const timer = setTimeout(
        () => fail(new WorkerBudgetError('timeout', `worker took longer than ${timeoutMs} ms`)),
        timeoutMs,
      );
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      const message: TaskMessage = { id, input };
      worker.postMessage(message);
    });
  }

  private park(pooled: PooledWorker): void {
    pooled.worker.unref();
    pooled.idleTimer = setTimeout(() => {
      this.forget(pooled);
      void pooled.worker.terminate();
    }, IDLE_MS);
    pooled.idleTimer.unref();
    this.idle.push(pooled);
  }

  private forget(pooled: PooledWorker): void {
    clearTimeout(pooled.idleTimer);
    const at = this.idle.indexOf(pooled);
    if (at >= 0) this.idle.splice(at, 1);
  }
}

const pools = new Map<string, WorkerPool>();

/**
 * Runs the task of the worker script `base` (see `serveWorkerTask`) on `input` within the
 * budget. Resolves with the task's value; rejects with WorkerTaskError when the task threw and
 * WorkerBudgetError when the budget ran out (that worker is terminated). The time budget
 * counts from the task's start; a new worker's start-up is not charged to it.
 */
export function runInWorker<I, O>(base: string, input: I, budget: WorkerBudget): Promise<O> {
  // Workers are shared by tasks with the same memory limits (fixed when a worker starts).
  const key = `${base}|${budget.maxOldGenerationSizeMb}|${budget.maxYoungGenerationSizeMb ?? ''}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = new WorkerPool(base, budget);
    pools.set(key, pool);
  }
  return pool.run<O>(input, budget.timeoutMs);
}
