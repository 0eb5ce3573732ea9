import { parse as parseCsvText } from 'csv-parse/sync';
import type { OptionInput, QuestionInput, QuestionType } from '../question-input';
import { normalizeForCompare } from './core-text';
import { cleanMultiline } from './plain-text';
import { QuestionFileError } from './question-file-error';
import { decodeText } from './text-encoding';
import {
  OPTION_LETTERS,
  optionWarnings,
  parseTruthValue,
  TRUE_FALSE_TEXTS,
} from './question-builder';
import { cellAt, headerKey, parseDecimal } from './sheet-cells';
import {
  DIFFICULTY_BY_KEY,
  matchTemplateHeader,
  parseTemplateType,
  TEMPLATE_MAX_QUESTIONS,
  TEMPLATE_OPTION_LETTERS,
  TEMPLATE_TYPE_LABELS,
  type TemplateColumns,
  type TemplateField,
} from './template-columns';
import type { ParsedItem, ParseError, ParseResult } from './types';

export { decodeText, hasUtf16Bom } from './text-encoding';
import { readXlsx, type SheetRow } from './xlsx-reader';
import { ZipArchive } from './zip';

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

function splitLetters(s: string): string[] | null {
  const parts = s
    .split(/[\s,;/&+]+/)
    .map((p) => p.trim().replace(/[.)]$/, ''))
    .filter((p) => p.length > 0 && !/^(và|and)$/iu.test(p));
  if (parts.length === 1 && /^[A-Ha-h]{2,8}$/.test(parts[0])) return parts[0].split('');
  return parts.every((p) => /^[A-Ha-h]$/.test(p)) ? parts : null;
}

interface RowOutcome {
  question: QuestionInput;
  problems: string[];
  reasons: string[];
}

function parseRow(row: SheetRow, columns: TemplateColumns): RowOutcome {
  const get = (field: TemplateField): string => cellAt(row, columns[field]);
  const problems: string[] = [];
  const reasons: string[] = [];
  const prompt = cleanMultiline(get('prompt'));
  if (!prompt) problems.push('thiếu nội dung câu hỏi');

  const letters = TEMPLATE_OPTION_LETTERS.filter((l) => columns[`option${l}`] !== undefined);
  const optionCells = letters.map((l) => ({ letter: l, text: cleanMultiline(get(`option${l}`)) }));
  let lastFilled = -1;
  optionCells.forEach((o, i) => {
    if (o.text) lastFilled = i;
  });
  for (let i = 0; i < lastFilled; i++) {
    if (!optionCells[i].text) {
      problems.push(
        `phương án ${optionCells[i].letter} trống nhưng phương án ${optionCells[lastFilled].letter} có nội dung`,
      );
    }
  }
  const options = optionCells.slice(0, lastFilled + 1);
  const correctCell = get('correct');

  const typeCell = get('type');
  let type: QuestionType;
  if (typeCell) {
    const parsed = parseTemplateType(typeCell);
    if (parsed === 'choice') {
      const count = splitLetters(correctCell)?.length ?? 0;
      type = count > 1 ? 'multiple' : 'single';
      reasons.push(
        `Loại "${typeCell}" với ${count > 1 ? `${count} đáp án đúng` : 'một đáp án đúng'}: câu ${TEMPLATE_TYPE_LABELS[type].toLowerCase()}`,
      );
    } else if (parsed) type = parsed;
    else {
      problems.push(
        `loại câu hỏi "${typeCell}" không hợp lệ (dùng: Một đáp án, Nhiều đáp án, Đúng/Sai, Điền từ, Tự luận)`,
      );
      type = options.length > 0 ? 'single' : 'essay';
    }
  } else {
    const count = splitLetters(correctCell)?.length ?? 0;
    type =
      options.length > 0
        ? count > 1
          ? 'multiple'
          : 'single'
        : correctCell
          ? 'short_text'
          : 'essay';
    reasons.push(`Không ghi loại câu hỏi: đề xuất "${TEMPLATE_TYPE_LABELS[type]}"`);
  }

  const question: QuestionInput = { type, prompt };
  if (type === 'single' || type === 'multiple' || type === 'true_false') {
    let texts = options.map((o) => o.text);
    if (type === 'true_false' && texts.length === 0) texts = [...TRUE_FALSE_TEXTS];
    const correct = new Set<number>();
    if (!correctCell) {
      problems.push('thiếu đáp án đúng');
    } else {
      const fromLetters = splitLetters(correctCell);
      const truth = type === 'true_false' ? parseTruthValue(correctCell, true) : null;
      if (type === 'true_false' && truth !== null && !/^[AaBb]$/.test(correctCell)) {
        const idx = texts.findIndex((t) => parseTruthValue(t) === truth);
        if (idx >= 0) correct.add(idx);
        else problems.push(`đáp án đúng "${correctCell}" không khớp phương án nào`);
      } else if (fromLetters) {
        for (const l of fromLetters) {
          const idx = OPTION_LETTERS.indexOf(l.toUpperCase());
          if (idx >= texts.length || !texts[idx]) {
            problems.push(
              `đáp án đúng là ${l.toUpperCase()} nhưng phương án ${l.toUpperCase()} trống`,
            );
          } else correct.add(idx);
        }
      } else {
        const key = normalizeForCompare(correctCell);
        const matches = texts.flatMap((t, i) => (normalizeForCompare(t) === key ? [i] : []));
        if (matches.length === 1) correct.add(matches[0]);
        else {
          problems.push(
            `đáp án đúng "${correctCell}" không hợp lệ (ghi chữ cái của phương án, ví dụ B hoặc A,C)`,
          );
        }
      }
    }
    const opts: OptionInput[] = texts.map((text, i) => ({ text, correct: correct.has(i) }));
    question.options = opts;
    // Empty options inside the range are gaps, already reported above.
    for (const w of optionWarnings(prompt || '-', opts)) {
      if (!w.endsWith('không có nội dung')) problems.push(lowerFirst(w));
    }
    if (type === 'single' && correct.size > 1) {
      problems.push(`câu một đáp án chỉ được có 1 đáp án đúng (đang có ${correct.size})`);
    }
    if (type === 'true_false' && opts.length !== 2) {
      problems.push('câu đúng/sai cần đúng 2 phương án');
    }
    if (type === 'true_false' && correct.size > 1) {
      problems.push('câu đúng/sai chỉ được có 1 đáp án đúng');
    }
  } else {
    if (options.length > 0) {
      problems.push(
        `câu ${TEMPLATE_TYPE_LABELS[type].toLowerCase()} không dùng phương án A–F (hãy để trống)`,
      );
    }
    if (type === 'short_text') {
      const answers = correctCell
        .split('|')
        .map((a) => a.trim())
        .filter((a) => a.length > 0);
      if (answers.length === 0) {
        problems.push('thiếu đáp án chấp nhận (ghi ở cột Đáp án đúng, cách nhau bởi dấu |)');
      }
      question.acceptedAnswers = answers;
    }
  }

  const explanation = cleanMultiline(get('explanation'));
  if (explanation) question.explanation = explanation;
  const tags = get('tags')
    .split(/[,;]/)
    .map((t) => t.trim())
    .filter((t, i, all) => t.length > 0 && all.indexOf(t) === i);
  if (tags.length > 0) question.tags = tags;
  const difficultyCell = get('difficulty');
  if (difficultyCell) {
    const d = DIFFICULTY_BY_KEY.get(headerKey(difficultyCell));
    if (d === undefined) {
      problems.push(
        `mức độ "${difficultyCell}" không hợp lệ (ghi 1, 2, 3 hoặc Dễ, Trung bình, Khó)`,
      );
    } else question.difficulty = d;
  }
  const pointsCell = get('points');
  if (pointsCell) {
    const p = parseDecimal(pointsCell);
    if (p === null || p <= 0 || p > 1000) {
      problems.push(`điểm "${pointsCell}" không hợp lệ (ghi một số lớn hơn 0)`);
    } else question.points = p;
  }
  return { question, problems, reasons };
}

function parseRows(rows: SheetRow[], format: 'xlsx' | 'csv'): ParseResult {
  const errors: ParseError[] = [];
  const items: ParsedItem[] = [];
  const header = rows[0];
  const columns = header ? matchTemplateHeader(header.cells) : null;
  if (!header || !columns) {
    errors.push({
      row: header?.row ?? 1,
      message: `Dòng ${header?.row ?? 1}: không tìm thấy dòng tiêu đề của mẫu (cần ít nhất cột "Nội dung câu hỏi" và các cột phương án/đáp án). Hãy tải mẫu nhập câu hỏi và giữ nguyên dòng tiêu đề.`,
    });
    return { format, items, errors };
  }
  const dataRows = rows.slice(1);
  if (dataRows.length > TEMPLATE_MAX_QUESTIONS) {
    errors.push({
      message: `Tệp có ${dataRows.length} dòng câu hỏi, vượt quá giới hạn ${TEMPLATE_MAX_QUESTIONS} câu mỗi lần nhập; hãy chia thành nhiều tệp.`,
    });
    return { format, items, errors };
  }
  for (const row of dataRows) {
    const outcome = parseRow(row, columns);
    for (const p of outcome.problems) {
      errors.push({ row: row.row, message: `Dòng ${row.row}: ${p}.` });
    }
    if (!outcome.question.prompt) continue;
    items.push({
      index: items.length,
      question: outcome.question,
      reasons: [`Dòng ${row.row} của bảng tính`, ...outcome.reasons],
      warnings: outcome.problems.map((p) => p.charAt(0).toUpperCase() + p.slice(1)),
      source: { row: row.row },
    });
  }
  return { format, items, errors };
}

/** Reads HoiThi's XLSX template: the first sheet whose first row is a template header. */
export function parseTemplateXlsx(buffer: Uint8Array): ParseResult {
  const sheets = readXlsx(ZipArchive.open(buffer));
  const sheet = sheets.find((s) => s.rows[0] && matchTemplateHeader(s.rows[0].cells)) ?? sheets[0];
  return parseRows(sheet?.rows ?? [], 'xlsx');
}

/** Comma, semicolon or tab: whichever occurs most outside quotes in the header line. */
export function sniffCsvDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** Records of a CSV text, each with its row number as a spreadsheet would show it. */
export function readCsvRows(text: string): SheetRow[] {
  const body = text.replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parseCsvText(body, {
      delimiter: sniffCsvDelimiter(body),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new QuestionFileError(
      'CORRUPT_FILE',
      `Tệp CSV sai định dạng${line ? ` ở dòng ${line}` : ''} (thường do dấu ngoặc kép không đóng).`,
    );
  }
  return records
    .map((cells, i) => ({ row: i + 1, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
}

/** Reads HoiThi's CSV template (UTF-8 with or without BOM; comma or semicolon). */
export function parseTemplateCsv(buffer: Uint8Array): ParseResult {
  return parseTemplateCsvText(decodeText(buffer));
}

/** Reads HoiThi's CSV template from its decoded text. */
export function parseTemplateCsvText(text: string): ParseResult {
  return parseRows(readCsvRows(text), 'csv');
}
