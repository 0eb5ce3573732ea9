import { Inflate } from 'fflate';

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const INFLATE_CHUNK = 16 * 1024;

/** True when the bytes start like a zip archive (local file header). */
export function looksLikeZip(buf: Uint8Array): boolean {
  return (
    buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04
  );
}

/** Why an archive could not be read: broken, or more bytes inside than the budget allows. */
export class ZipReadError extends Error {
  constructor(
    readonly reason: 'corrupt' | 'too_large',
    /** The budget in bytes (for `too_large`). */
    readonly budget: number,
  ) {
    super(reason === 'corrupt' ? 'corrupt zip archive' : `zip content over ${budget} bytes`);
    this.name = 'ZipReadError';
  }
}

function corrupt(): ZipReadError {
  return new ZipReadError('corrupt', 0);
}

export interface ZipLimits {
  /** Bytes all inflated entries together may produce. */
  budget: number;
  /** Entries the central directory may list. */
  maxEntries: number;
}

/**
 * A read-only view of a zip archive (.docx, .xlsx) that inflates only the entries asked for and
 * counts the bytes really produced, so a zip bomb (or an entry whose header lies about its size)
 * stops at the budget instead of filling memory. Errors: ZipReadError; an error thrown by a
 * `stream` sink passes through unchanged.
 */
export class BudgetedZip {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly view: DataView;
  private inflated = 0;

  private constructor(
    private readonly buf: Uint8Array,
    private readonly limits: ZipLimits,
  ) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.readCentralDirectory();
  }

  static open(buf: Uint8Array, limits: ZipLimits): BudgetedZip {
    return new BudgetedZip(buf, limits);
  }

  /** Inflates every entry (discarding the bytes): ZipReadError unless all fit the budget. */
  checkAll(): void {
    for (const name of this.entries.keys()) this.stream(name, () => undefined);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined {
    const chunks: Uint8Array[] = [];
    let length = 0;
    const found = this.stream(name, (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
    });
    if (!found) return undefined;
    if (chunks.length === 1) return chunks[0];
    const out = new Uint8Array(length);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }

  readText(name: string): string | undefined {
    const bytes = this.read(name);
    return bytes === undefined ? undefined : new TextDecoder('utf-8').decode(bytes);
  }

  /**
   * Inflates an entry chunk by chunk into `sink`, so a large part (word/document.xml) never
   * has to sit in memory whole. False when the archive has no such entry.
   */
  stream(name: string, sink: (chunk: Uint8Array) => void): boolean {
    const entry = this.entries.get(name);
    if (!entry) return false;
    const v = this.view;
    const at = entry.localHeaderOffset;
    if (at + 30 > this.buf.length || v.getUint32(at, true) !== LOCAL_SIGNATURE) throw corrupt();
    const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.buf.length) throw corrupt();
    const data = this.buf.subarray(start, end);
    if (entry.method === 0) {
      this.spend(data.length);
      sink(data);
      return true;
    }
    if (entry.method !== 8) throw corrupt();
    let sinkError: { error: unknown } | null = null;
    const inflater = new Inflate((chunk) => {
      this.spend(chunk.length);
      try {
        sink(chunk);
      } catch (error) {
        sinkError = { error };
        throw error;
      }
    });
    try {
      for (let i = 0; i < data.length; i += INFLATE_CHUNK) {
        const stop = Math.min(i + INFLATE_CHUNK, data.length);
        inflater.push(data.subarray(i, stop), stop === data.length);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (err) {
      const fromSink = sinkError as { error: unknown } | null;
      if (fromSink) throw fromSink.error;
      if (err instanceof ZipReadError) throw err;
      throw corrupt();
    }
    return true;
  }

  private spend(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.budget) throw new ZipReadError('too_large', this.limits.budget);
  }

  private readCentralDirectory(): void {
    const v = this.view;
    const n = this.buf.length;
    let eocd = -1;
    for (let i = n - 22; i >= Math.max(0, n - 22 - 0xffff); i--) {
      if (v.getUint32(i, true) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw corrupt();
    const count = v.getUint16(eocd + 10, true);
    let at = v.getUint32(eocd + 16, true);
    if (count > this.limits.maxEntries) throw corrupt();
    const decoder = new TextDecoder('utf-8');
    for (let k = 0; k < count; k++) {
      if (at + 46 > n || v.getUint32(at, true) !== CENTRAL_SIGNATURE) throw corrupt();
      const method = v.getUint16(at + 10, true);
      let compressedSize = v.getUint32(at + 20, true);
      const nameLength = v.getUint16(at + 28, true);
      const extraLength = v.getUint16(at + 30, true);
      const commentLength = v.getUint16(at + 32, true);
      let localHeaderOffset = v.getUint32(at + 42, true);
      const name = decoder.decode(this.buf.subarray(at + 46, at + 46 + nameLength));
      if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
        // ZIP64: the real values are in the extra field 0x0001 (uncompressed size first).
        const uncompressed = v.getUint32(at + 24, true);
        let e = at + 46 + nameLength;
        const extraEnd = e + extraLength;
        while (e + 4 <= extraEnd) {
          const id = v.getUint16(e, true);
          const size = v.getUint16(e + 2, true);
          if (id === 0x0001) {
            let p = e + 4;
            if (uncompressed === 0xffffffff) p += 8;
            if (compressedSize === 0xffffffff) {
              compressedSize = Number(v.getBigUint64(p, true));
              p += 8;
            }
            if (localHeaderOffset === 0xffffffff)
              localHeaderOffset = Number(v.getBigUint64(p, true));
          }
          e += 4 + size;
        }
      }
      this.entries.set(name.replace(/\\/g, '/').replace(/^\//, ''), {
        name,
        method,
        compressedSize,
        localHeaderOffset,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
  }
}
