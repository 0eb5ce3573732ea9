import type { ParseResult } from '../formats/types';
import { type PreparedQuestion, prepareQuestion } from './prepare-question';

export interface ImportRowError {
  /** Spreadsheet row (header = row 1); absent for a problem with the whole file. */
  row?: number;
  message: string;
}

export interface ImportReport {
  /** The questions that pass every rule, in file order. */
  questions: PreparedQuestion[];
  /** Every problem, by row; a row may have several. Empty when the file can be imported. */
  errors: ImportRowError[];
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/**
 * Joins what the template parser found with the bank's own rules (`prepareQuestion`), so the
 * organizer gets every bad row of the file in one report. A row the parser already complained
 * about is not checked again (its question is a guess and would repeat the same problem).
 */
export function buildImportReport(parsed: ParseResult): ImportReport {
  const errors: ImportRowError[] = parsed.errors.map((e) =>
    e.row === undefined ? { message: e.message } : { row: e.row, message: e.message },
  );
  const badRows = new Set(parsed.errors.map((e) => e.row));
  const questions: PreparedQuestion[] = [];
  for (const item of parsed.items) {
    const row = item.source?.row;
    const result = prepareQuestion(item.question);
    if (row !== undefined && badRows.has(row)) continue;
    if (result.question) {
      questions.push(result.question);
      continue;
    }
    const where = row !== undefined ? `Dòng ${row}` : `Câu ${item.index + 1}`;
    for (const e of result.errors) {
      const message = `${where}: ${lowerFirst(e.message)}.`;
      errors.push(row === undefined ? { message } : { row, message });
    }
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { questions, errors };
}
