import type { OptionInput } from '../question-input';
import { cleanMultiline } from './plain-text';
import {
  buildChoiceQuestion,
  buildEssayQuestion,
  buildShortTextQuestion,
  toItem,
  type BuiltQuestion,
} from './question-builder';
import { cellAt, headerKey, parseIndexList } from './sheet-cells';
import type { ParsedItem, ParseError, ParseResult } from './types';
import { readXlsx, type SheetData, type SheetRow } from './xlsx-reader';
import { ZipArchive } from './zip';

/** Column positions in Quizizz's spreadsheet template. */
export interface QuizizzColumns {
  question: number;
  type: number;
  options: number[];
  correct: number;
  image?: number;
  explanation?: number;
}

const HEADER_SEARCH_ROWS = 10;

export function matchQuizizzHeader(cells: string[]): QuizizzColumns | null {
  const found: Partial<QuizizzColumns> = {};
  const options: number[] = [];
  cells.forEach((cell, col) => {
    const key = headerKey(cell);
    const option = /^option (\d)$/.exec(key);
    if (option) options[parseInt(option[1], 10) - 1] = col;
    else if (key === 'question text') found.question = col;
    else if (key === 'question type') found.type = col;
    else if (key === 'correct answer' || key === 'correct answers') found.correct = col;
    else if (key === 'image link') found.image = col;
    else if (key === 'answer explanation' || key === 'explanation') found.explanation = col;
  });
  const opts = options.filter((o) => o !== undefined);
  if (found.question === undefined || found.type === undefined || found.correct === undefined) {
    return null;
  }
  if (opts.length < 2) return null;
  return {
    question: found.question,
    type: found.type,
    correct: found.correct,
    options: opts,
    image: found.image,
    explanation: found.explanation,
  };
}

export function findQuizizzHeader(
  rows: SheetRow[],
): { at: number; columns: QuizizzColumns } | null {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const columns = matchQuizizzHeader(rows[i].cells);
    if (columns) return { at: i, columns };
  }
  return null;
}

type QuizizzType =
  'multiple choice' | 'checkbox' | 'fill in the blank' | 'open ended' | 'poll' | 'draw';
const QUIZIZZ_TYPES: QuizizzType[] = [
  'multiple choice',
  'checkbox',
  'fill in the blank',
  'open ended',
  'poll',
  'draw',
];

/** The row under the header in Quizizz's file explains each column; it is not a question. */
function isDescriptionRow(row: SheetRow, c: QuizizzColumns): boolean {
  const q = cellAt(row, c.question);
  const t = headerKey(cellAt(row, c.type));
  return (
    /^text of the question/i.test(q) ||
    /\((required|optional)/i.test(q) ||
    t.startsWith('question type')
  );
}

function parseRow(row: SheetRow, c: QuizizzColumns, index: number): ParsedItem | null {
  const prompt = cleanMultiline(cellAt(row, c.question));
  const texts = c.options.map((col) => cleanMultiline(cellAt(row, col)));
  if (!prompt && texts.every((t) => !t)) return null;
  const typeCell = cellAt(row, c.type);
  const typeKey = (headerKey(typeCell) || 'multiple choice') as QuizizzType;
  const warnings: string[] = [];
  const reasons = [`Dòng ${row.row} của mẫu Quizizz`];
  let qType: QuizizzType = typeKey;
  if (!QUIZIZZ_TYPES.includes(typeKey)) {
    warnings.push(`Loại câu hỏi Quizizz "${typeCell}" không được hỗ trợ; đọc như câu trắc nghiệm`);
    qType = 'multiple choice';
  }
  reasons.push(`Loại câu hỏi Quizizz: ${typeCell || 'Multiple Choice'}`);
  const explanation = c.explanation !== undefined ? cleanMultiline(cellAt(row, c.explanation)) : '';
  const extra = explanation ? { explanation } : {};
  if (c.image !== undefined && cellAt(row, c.image)) {
    warnings.push('Câu hỏi có ảnh (Image Link); ảnh không được nhập, cần thêm lại nếu cần');
  }

  let built: BuiltQuestion;
  switch (qType) {
    case 'fill in the blank':
      built = buildShortTextQuestion({ prompt, acceptedAnswers: texts, ...extra });
      reasons.push('Các ô Option là những câu trả lời được chấp nhận');
      break;
    case 'open ended':
      built = buildEssayQuestion({ prompt, ...extra });
      break;
    case 'draw':
      built = buildEssayQuestion({ prompt, ...extra });
      warnings.push('Câu hỏi vẽ hình (Draw) được chuyển thành câu tự luận');
      break;
    case 'multiple choice':
    case 'checkbox':
    case 'poll': {
      const correctCell = cellAt(row, c.correct);
      const picked = parseIndexList(correctCell);
      if (picked === null) {
        warnings.push(`Ô đáp án đúng "${correctCell}" không phải số thứ tự phương án`);
      }
      const options: OptionInput[] = [];
      texts.forEach((text, i) => {
        if (text)
          options.push({ text, correct: qType !== 'poll' && (picked ?? []).includes(i + 1) });
      });
      for (const n of picked ?? []) {
        if (n < 1 || n > texts.length || !texts[n - 1]) {
          warnings.push(`Đáp án đúng số ${n} trỏ tới phương án trống`);
        }
      }
      const correctCount = options.filter((o) => o.correct).length;
      if (qType === 'poll') {
        warnings.push(
          'Câu thăm dò ý kiến (Poll) không có đáp án đúng: hãy chọn đáp án hoặc bỏ câu này',
        );
      } else if (qType === 'multiple choice' && correctCount > 1) {
        warnings.push(
          'Quizizz tính điểm khi chọn một trong các đáp án đúng; ở HoiThi câu nhiều đáp án yêu cầu chọn đủ tất cả',
        );
      }
      built = buildChoiceQuestion({
        prompt,
        options,
        ...extra,
        ...(qType === 'checkbox' ? { declaredType: 'multiple' as const } : {}),
        declaredMultiple: correctCount > 1,
      });
      if (correctCell && qType !== 'poll')
        reasons.push(`Cột "Correct Answer" của Quizizz: ${correctCell}`);
      break;
    }
  }
  return toItem(index, built, { reasons, warnings, source: { row: row.row } });
}

export function parseQuizizzSheets(sheets: SheetData[]): ParseResult {
  const items: ParsedItem[] = [];
  const errors: ParseError[] = [];
  for (const sheet of sheets) {
    const header = findQuizizzHeader(sheet.rows);
    if (!header) continue;
    for (const row of sheet.rows.slice(header.at + 1)) {
      if (isDescriptionRow(row, header.columns)) continue;
      const item = parseRow(row, header.columns, items.length);
      if (item) items.push(item);
    }
    break;
  }
  if (items.length === 0) {
    errors.push({ message: 'Không tìm thấy câu hỏi nào trong mẫu Quizizz.' });
  }
  return { format: 'quizizz', items, errors };
}

/** Reads a quiz written in Quizizz's spreadsheet template. */
export function parseQuizizz(buffer: Uint8Array): ParseResult {
  return parseQuizizzSheets(readXlsx(ZipArchive.open(buffer)));
}
