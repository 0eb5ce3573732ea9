/** Worker thread entry: reads one uploaded unit list (see read-unit-sheet-in-worker.ts). */
import { serveWorkerTask } from '@app/core';
import { readUnitSheet } from './read-unit-sheet';

serveWorkerTask((input: { buffer: Uint8Array }) =>
  readUnitSheet(Buffer.from(input.buffer.buffer, input.buffer.byteOffset, input.buffer.byteLength)),
);
