import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';

export interface WrittenFile {
  sha256: string;
  size: number;
}

/**
 * A stream into a file that hashes what passes through (SHA-256), so that the digest is known
 * the moment the file is complete, without reading it again.
 */
export class HashedFileSink {
  readonly stream = new PassThrough();
  private readonly hash = createHash('sha256');
  private size = 0;
  private readonly done: Promise<void>;

  constructor(path: string) {
    const file = createWriteStream(path);
    this.stream.on('data', (chunk: Buffer) => {
      this.hash.update(chunk);
      this.size += chunk.length;
    });
    this.stream.pipe(file);
    this.done = finished(file);
    this.done.catch(() => undefined); // observed by close() or abort()
    this.stream.on('error', (error) => file.destroy(error));
  }

  /** Writes honouring back-pressure. */
  async write(chunk: string | Buffer): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Gives up after a failed write: the file is left incomplete (the caller removes it); rethrows. */
  async abort(error: unknown): Promise<never> {
    this.stream.destroy(error instanceof Error ? error : new Error(String(error)));
    await this.done.catch(() => undefined);
    throw error;
  }

  /** Ends the stream (unless the writer already did) and waits for the file to be on disk. */
  async close(): Promise<WrittenFile> {
    if (!this.stream.writableEnded) this.stream.end();
    await this.done;
    return { sha256: this.hash.digest('hex'), size: this.size };
  }
}
