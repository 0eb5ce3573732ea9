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
