import { join } from 'node:path';
import {
  AppException,
  ErrorCode,
  runInWorker,
  WorkerBudgetError,
  WorkerTaskError,
  type WorkerBudget,
} from '@app/core';
import type { UnitImportRow } from '../rules/plan-unit-import';

/** Time and memory one unit list may cost (docs/imports.md, "Parser safety"). */
export const UNIT_SHEET_BUDGET: WorkerBudget = { timeoutMs: 30_000, maxOldGenerationSizeMb: 768 };

const WORKER = join(__dirname, 'unit-sheet-worker');

function budgetExceeded(error: WorkerBudgetError, budget: WorkerBudget): AppException {
  const message =
    error.reason === 'timeout'
      ? `Đọc tệp mất quá ${Math.round(budget.timeoutMs / 1000)} giây nên đã dừng: hãy chia danh sách thành nhiều tệp nhỏ hơn hoặc lưu lại thành CSV`
      : error.reason === 'memory'
        ? `Đọc tệp cần quá ${budget.maxOldGenerationSizeMb} MB bộ nhớ nên đã dừng: hãy chia danh sách thành nhiều tệp nhỏ hơn hoặc lưu lại thành CSV`
        : 'Không đọc được tệp (trình đọc tệp dừng bất thường): hãy lưu lại tệp rồi tải lên lại';
  return new AppException(400, ErrorCode.IMPORT_FAILED, message, [{ row: 1, message }]);
}

/**
 * `readUnitSheet` in a worker thread within `budget`: the same rows or the same AppException,
 * plus 400 IMPORT_FAILED when the file costs more time or memory than the budget allows.
 */
export async function readUnitSheetInWorker(
  buffer: Buffer,
  budget: WorkerBudget = UNIT_SHEET_BUDGET,
): Promise<UnitImportRow[]> {
  try {
    return await runInWorker<{ buffer: Uint8Array }, UnitImportRow[]>(WORKER, { buffer }, budget);
  } catch (error) {
    if (error instanceof WorkerTaskError && error.failure.name === 'AppException') {
      const f = error.failure;
      throw new AppException(f.status ?? 400, f.code as ErrorCode, f.message, f.details);
    }
    if (error instanceof WorkerBudgetError) throw budgetExceeded(error, budget);
    throw error;
  }
}
