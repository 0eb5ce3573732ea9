import { BudgetedZip, ZipReadError } from '@app/core';
import { IMPORT_LIMITS, MB } from './limits';
import { QuestionFileError } from './question-file-error';

export { looksLikeZip } from '@app/core';

function translated<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ZipReadError)) throw error;
    if (error.reason === 'too_large') {
      throw new QuestionFileError(
        'FILE_TOO_LARGE',
        `Nội dung tệp sau khi giải nén vượt quá ${Math.round(error.budget / MB)} MB; hãy chia tệp thành nhiều tệp nhỏ hơn.`,
      );
    }
    throw new QuestionFileError(
      'CORRUPT_FILE',
      'Tệp bị hỏng hoặc không phải tệp Word/Excel hợp lệ (không đọc được nội dung nén).',
    );
  }
}

/**
 * A question file's zip archive (.docx, .xlsx) read within IMPORT_LIMITS (the budgeted reader
 * of @app/core), its errors told as QuestionFileError in Vietnamese.
 */
export class ZipArchive {
  private constructor(private readonly zip: BudgetedZip) {}

  static open(buf: Uint8Array, budget: number = IMPORT_LIMITS.maxUncompressedBytes): ZipArchive {
    return new ZipArchive(
      translated(() => BudgetedZip.open(buf, { budget, maxEntries: IMPORT_LIMITS.maxZipEntries })),
    );
  }

  names(): string[] {
    return this.zip.names();
  }

  has(name: string): boolean {
    return this.zip.has(name);
  }

  /** The entry's bytes, or undefined when the archive has no such entry. */
  read(name: string): Uint8Array | undefined {
    return translated(() => this.zip.read(name));
  }

  readText(name: string): string | undefined {
    return translated(() => this.zip.readText(name));
  }

  /** Inflates an entry chunk by chunk into `sink`; false when the archive has no such entry. */
  stream(name: string, sink: (chunk: Uint8Array) => void): boolean {
    return translated(() => this.zip.stream(name, sink));
  }
}
