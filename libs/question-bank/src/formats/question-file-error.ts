export type QuestionFileErrorCode =
  'EMPTY_FILE' | 'FILE_TOO_LARGE' | 'UNRECOGNIZED_FORMAT' | 'CORRUPT_FILE' | 'NOT_UTF8';

/**
 * A file that cannot be read as questions at all (empty, too large, unknown or broken format).
 * The message is plain Vietnamese meant for the organizer; the service maps this error to
 * `IMPORT_FAILED` (400).
 */
export class QuestionFileError extends Error {
  constructor(
    readonly code: QuestionFileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'QuestionFileError';
  }
}

/**
 * Thrown as soon as a parser proposes one question more than IMPORT_LIMITS.maxItems, so a file
 * of a million tiny questions stops early instead of filling memory.
 */
export function tooManyQuestions(max: number): QuestionFileError {
  return new QuestionFileError(
    'FILE_TOO_LARGE',
    `Tệp có hơn ${max.toLocaleString('vi-VN')} câu hỏi, vượt quá giới hạn mỗi lần nhập; hãy chia thành nhiều tệp.`,
  );
}
