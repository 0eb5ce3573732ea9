import { parentPort } from 'node:worker_threads';
import type { WorkerFailure } from './worker-budget';

function describe(error: unknown): WorkerFailure {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const e = error as Error & { code?: unknown; status?: unknown; details?: unknown };
  return {
    name: e.name,
    message: e.message,
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
    ...(e.details !== undefined ? { details: e.details } : {}),
  };
}

/**
 * The worker side of `runInWorker`: says it is ready, then runs `task` on each input it is
 * sent, one at a time, and posts the value or the error it threw as plain data. Call it once
 * at the top level of a worker script.
 */
export function serveWorkerTask<I, O>(task: (input: I) => O | Promise<O>): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorkerTask must run in a worker thread');
  port.on('message', (message: { id: number; input: I }) => {
    Promise.resolve()
      .then(() => task(message.input))
      .then(
        (value) => port.postMessage({ id: message.id, ok: true, value }),
        (error: unknown) => port.postMessage({ id: message.id, ok: false, error: describe(error) }),
      );
  });
  port.postMessage({ ready: true });
}
