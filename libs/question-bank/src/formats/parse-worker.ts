/**
 * Worker thread entry: reads one uploaded question file (see parse-in-worker.ts). Runs
 * `parseQuestionFile` away from the event loop, under the caller's time and memory budget.
 */
import { serveWorkerTask } from '@app/core';
import { detectSpreadsheet } from '../rules/spreadsheet-kind';
import { parseQuestionFile } from './parse-any';
import type { ParseInput } from './parse-in-worker';
import { QuestionFileError } from './question-file-error';
import { parseTemplateCsv, parseTemplateXlsx } from './template';
import type { ParseResult } from './types';

/** HoiThi's XLSX/CSV template only (the all-or-nothing import); anything else is refused. */
function parseTemplateFile(buffer: Uint8Array): ParseResult {
  const kind = detectSpreadsheet(buffer);
  if (kind.kind === 'rejected') throw new QuestionFileError('UNRECOGNIZED_FORMAT', kind.message);
  return kind.kind === 'xlsx' ? parseTemplateXlsx(buffer) : parseTemplateCsv(buffer);
}

serveWorkerTask((input: ParseInput) =>
  input.templateOnly
    ? parseTemplateFile(input.buffer)
    : parseQuestionFile(input.buffer, input.filename),
);
