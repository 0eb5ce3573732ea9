import type { OptionInput } from '../question-input';
import { cleanMultiline } from './plain-text';
import { buildChoiceQuestion, toItem } from './question-builder';
import { cellAt, headerKey, parseIndexList } from './sheet-cells';
import type { ParsedItem, ParseError, ParseResult } from './types';
import { readXlsx, type SheetData, type SheetRow } from './xlsx-reader';
import { ZipArchive } from './zip';

/** Column positions in Kahoot's quiz template ("Question - max 120 characters", "Answer 1 …"). */
export interface KahootColumns {
  question: number;
  answers: number[];
  correct: number;
}

/** Rows searched for the header (Kahoot puts a title and instructions above it). */
const HEADER_SEARCH_ROWS = 25;

export function matchKahootHeader(cells: string[]): KahootColumns | null {
  let question = -1;
  let correct = -1;
  const answers: number[] = [];
  cells.forEach((cell, col) => {
    const key = headerKey(cell);
    const answer = /^answer (\d)\b/.exec(key);
    if (answer) answers[parseInt(answer[1], 10) - 1] = col;
    else if (/^correct answer/.test(key)) correct = col;
    else if (/^question\b/.test(key) && !/^question (type|text)\b/.test(key) && question < 0) {
      question = col;
    }
  });
  const found = answers.filter((a) => a !== undefined);
  if (question < 0 || correct < 0 || found.length < 2) return null;
  return { question, answers: found, correct };
}

/** The header row of a Kahoot sheet, searched among its first rows. */
export function findKahootHeader(rows: SheetRow[]): { at: number; columns: KahootColumns } | null {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const columns = matchKahootHeader(rows[i].cells);
    if (columns) return { at: i, columns };
  }
  return null;
}

function parseRow(row: SheetRow, columns: KahootColumns, index: number): ParsedItem | null {
  const prompt = cleanMultiline(cellAt(row, columns.question));
  const answers = columns.answers.map((col) => cleanMultiline(cellAt(row, col)));
  if (!prompt && answers.every((a) => !a)) return null;
  const correctCell = cellAt(row, columns.correct);
  const warnings: string[] = [];
  const picked = parseIndexList(correctCell);
  if (picked === null)
    warnings.push(`Ô đáp án đúng "${correctCell}" không phải số thứ tự phương án`);
  const options: OptionInput[] = [];
  answers.forEach((text, i) => {
    if (text) options.push({ text, correct: (picked ?? []).includes(i + 1) });
  });
  for (const n of picked ?? []) {
    if (n < 1 || n > answers.length || !answers[n - 1]) {
      warnings.push(`Đáp án đúng số ${n} trỏ tới phương án trống`);
    }
  }
  const correctCount = options.filter((o) => o.correct).length;
  if (correctCount > 1) {
    warnings.push(
      'Kahoot tính điểm khi chọn một trong các đáp án đúng; ở HoiThi câu nhiều đáp án yêu cầu chọn đủ tất cả',
    );
  }
  const built = buildChoiceQuestion({ prompt, options, declaredMultiple: correctCount > 1 });
  const reasons = [`Dòng ${row.row} của mẫu Kahoot`];
  if (correctCell) reasons.push(`Cột "Correct answer(s)" của Kahoot: ${correctCell}`);
  return toItem(index, built, { reasons, warnings, source: { row: row.row } });
}

export function parseKahootSheets(sheets: SheetData[]): ParseResult {
  const items: ParsedItem[] = [];
  const errors: ParseError[] = [];
  for (const sheet of sheets) {
    const header = findKahootHeader(sheet.rows);
    if (!header) continue;
    for (const row of sheet.rows.slice(header.at + 1)) {
      const item = parseRow(row, header.columns, items.length);
      if (item) items.push(item);
    }
    break;
  }
  if (items.length === 0) {
    errors.push({ message: 'Không tìm thấy câu hỏi nào trong mẫu Kahoot.' });
  }
  return { format: 'kahoot', items, errors };
}

/** Reads a quiz written in Kahoot's spreadsheet template. */
export function parseKahoot(buffer: Uint8Array): ParseResult {
  return parseKahootSheets(readXlsx(ZipArchive.open(buffer)));
}
