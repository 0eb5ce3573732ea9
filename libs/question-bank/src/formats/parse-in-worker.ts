import { join } from 'node:path';
import { runInWorker, WorkerBudgetError, WorkerTaskError, type WorkerBudget } from '@app/core';
import { QuestionFileError, type QuestionFileErrorCode } from './question-file-error';
import type { ParseResult } from './types';

export interface ParseInput {
  buffer: Uint8Array;
  filename?: string;
  /** Read the file as HoiThi's XLSX/CSV template only (the all-or-nothing import). */
  templateOnly?: boolean;
}

/**
 * Time and memory one question file may cost (docs/imports.md, "Parser safety"). Every real
 * file tried parses in a few seconds within a few hundred MB; the budget is several times that.
 */
export const PARSE_BUDGET: WorkerBudget = { timeoutMs: 30_000, maxOldGenerationSizeMb: 768 };

const WORKER = join(__dirname, 'parse-worker');

/** The Vietnamese sentence for a file that ran out of its budget. */
export function budgetMessage(error: WorkerBudgetError, budget: WorkerBudget): string {
  if (error.reason === 'timeout') {
    return `Đọc tệp mất quá ${Math.round(budget.timeoutMs / 1000)} giây nên đã dừng (tệp quá lớn hoặc có nội dung bất thường). Hãy chia tệp thành nhiều tệp nhỏ hơn hoặc lưu lại tệp rồi tải lên lại.`;
  }
  if (error.reason === 'memory') {
    return `Đọc tệp cần quá ${budget.maxOldGenerationSizeMb} MB bộ nhớ nên đã dừng (tệp quá lớn hoặc có nội dung bất thường). Hãy chia tệp thành nhiều tệp nhỏ hơn rồi tải lên lại.`;
  }
  return 'Không đọc được tệp (trình đọc tệp dừng bất thường). Hãy lưu lại tệp rồi tải lên lại.';
}

/**
 * `parseQuestionFile` in a worker thread within `budget`: the same result or QuestionFileError,
 * plus FILE_TOO_LARGE when the file costs more time or memory than the budget allows.
 */
export function parseQuestionFileInWorker(
  buffer: Uint8Array,
  filename?: string,
  budget: WorkerBudget = PARSE_BUDGET,
): Promise<ParseResult> {
  return parseInWorker({ buffer, filename }, budget);
}

/** The XLSX/CSV template parsers in a worker thread, as `parseQuestionFileInWorker`. */
export function parseTemplateFileInWorker(
  buffer: Uint8Array,
  budget: WorkerBudget = PARSE_BUDGET,
): Promise<ParseResult> {
  return parseInWorker({ buffer, templateOnly: true }, budget);
}

async function parseInWorker(input: ParseInput, budget: WorkerBudget): Promise<ParseResult> {
  try {
    return await runInWorker<ParseInput, ParseResult>(WORKER, input, budget);
  } catch (error) {
    if (error instanceof WorkerTaskError && error.failure.name === 'QuestionFileError') {
      throw new QuestionFileError(
        error.failure.code as QuestionFileErrorCode,
        error.failure.message,
      );
    }
    if (error instanceof WorkerBudgetError) {
      throw new QuestionFileError('FILE_TOO_LARGE', budgetMessage(error, budget));
    }
    throw error;
  }
}
