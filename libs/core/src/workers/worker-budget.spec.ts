import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInWorker, WorkerBudgetError, WorkerTaskError } from './worker-budget';

/** A worker script (plain JS, so it starts fast) serving `task` through serveWorkerTask. */
function workerOf(dir: string, name: string, task: string): string {
  const base = join(dir, name);
  writeFileSync(
    `${base}.js`,
    `require(${JSON.stringify(require.resolve('ts-node/register/transpile-only'))});
const { serveWorkerTask } = require(${JSON.stringify(join(__dirname, 'serve-worker-task.ts'))});
serveWorkerTask(${task});
`,
  );
  return base;
}

describe('runInWorker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'worker-budget-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const budget = { timeoutMs: 20_000, maxOldGenerationSizeMb: 64 };

  it('returns what the task returns and reuses the worker for the next task', async () => {
    const base = workerOf(
      dir,
      'echo',
      '(input) => ({ doubled: input.n * 2, thread: require("node:worker_threads").threadId })',
    );
    const first = await runInWorker<{ n: number }, { doubled: number; thread: number }>(
      base,
      { n: 21 },
      budget,
    );
    const second = await runInWorker<{ n: number }, { doubled: number; thread: number }>(
      base,
      { n: 1 },
      budget,
    );
    expect(first.doubled).toBe(42);
    expect(second).toEqual({ doubled: 2, thread: first.thread });
  });

  it('hands back what the task threw, with its name, code, status and details', async () => {
    const base = workerOf(
      dir,
      'thrower',
      `() => { const e = new Error('Tệp hỏng'); e.name = 'QuestionFileError'; e.code = 'CORRUPT_FILE'; e.status = 400; e.details = [{ row: 3 }]; throw e; }`,
    );
    const error = await runInWorker(base, {}, budget).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerTaskError);
    expect((error as WorkerTaskError).failure).toEqual({
      name: 'QuestionFileError',
      message: 'Tệp hỏng',
      code: 'CORRUPT_FILE',
      status: 400,
      details: [{ row: 3 }],
    });
  });

  it('stops a task that runs past its time budget while the event loop keeps serving', async () => {
    const base = workerOf(dir, 'spin', '() => { for (;;) {} }');
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 50);
    const started = Date.now();
    const error = await runInWorker(
      base,
      {},
      { timeoutMs: 1500, maxOldGenerationSizeMb: 64 },
    ).catch((e: unknown) => e);
    clearInterval(ticker);
    expect(error).toBeInstanceOf(WorkerBudgetError);
    expect((error as WorkerBudgetError).reason).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(15_000);
    // The main thread was free the whole time: its timer kept firing.
    expect(ticks).toBeGreaterThan(5);
  });

  it('stops a task that needs more memory than its budget, and the next task still runs', async () => {
    const base = workerOf(
      dir,
      'greedy',
      `(input) => { if (!input.grow) return 'ok'; const keep = []; for (;;) keep.push(new Array(100000).fill({ x: keep.length })); }`,
    );
    const error = await runInWorker(
      base,
      { grow: true },
      { timeoutMs: 60_000, maxOldGenerationSizeMb: 32 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerBudgetError);
    expect((error as WorkerBudgetError).reason).toBe('memory');
    await expect(
      runInWorker(base, { grow: false }, { timeoutMs: 60_000, maxOldGenerationSizeMb: 32 }),
    ).resolves.toBe('ok');
  });
});
