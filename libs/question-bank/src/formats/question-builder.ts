import type { OptionInput, QuestionInput, QuestionType } from '../question-input';
import { normalizeForCompare } from './core-text';
import { IMPORT_LIMITS } from './limits';
import { tooManyQuestions } from './question-file-error';
import type { ItemSource, ParsedItem } from './types';

/** Option labels in order: A … H (at most 8 options). */
export const OPTION_LETTERS = 'ABCDEFGH';
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 8;

/** The option texts a true/false question gets. */
export const TRUE_FALSE_TEXTS: readonly [string, string] = ['Đúng', 'Sai'];

const TRUE_WORDS = new Set(['dung', 'true']);
const FALSE_WORDS = new Set(['sai', 'false']);
/** One-letter forms, accepted where a cell can only hold a truth value. */
const TRUE_LETTERS = new Set(['t', 'd']);
const FALSE_LETTERS = new Set(['f', 's']);

function tfKey(s: string): string {
  return normalizeForCompare(s, { toneInsensitive: true }).replace(/[.!;:,]+$/, '');
}

/**
 * "Đúng", "TRUE" → true; "Sai", "false" → false; anything else → null. With `letters`, also
 * "T"/"Đ" and "F"/"S" (where nothing else could be meant, e.g. a true/false answer cell).
 */
export function parseTruthValue(s: string, letters = false): boolean | null {
  const key = tfKey(s);
  if (TRUE_WORDS.has(key) || (letters && TRUE_LETTERS.has(key))) return true;
  if (FALSE_WORDS.has(key) || (letters && FALSE_LETTERS.has(key))) return false;
  return null;
}

/** Two options reading true and false ("Đúng"/"Sai", "True"/"False"), in either order. */
export function looksLikeTrueFalse(texts: string[]): boolean {
  if (texts.length !== 2) return false;
  const va = parseTruthValue(texts[0]);
  const vb = parseTruthValue(texts[1]);
  return va !== null && vb !== null && va !== vb;
}

export function letterOf(index: number): string {
  return OPTION_LETTERS[index] ?? String(index + 1);
}

/** "B" → 1, "c" → 2; null for anything that is not a label A–H. */
export function indexOfLetter(letter: string): number | null {
  const i = OPTION_LETTERS.indexOf(letter.trim().toUpperCase());
  return letter.trim().length === 1 && i >= 0 ? i : null;
}

export interface ChoiceDraft {
  prompt: string;
  options: OptionInput[];
  /** The type the source states (template column, Quizizz type, Moodle `<single>`), if any. */
  declaredType?: QuestionType;
  /** The source says several answers may be correct ("chọn nhiều đáp án", GIFT weights). */
  declaredMultiple?: boolean;
  explanation?: string;
  tags?: string[];
  difficulty?: 1 | 2 | 3;
  points?: number;
}

export interface BuiltQuestion {
  question: QuestionInput;
  reasons: string[];
  warnings: string[];
}

/** Problems of a prompt and its options that every format reports the same way. */
export function optionWarnings(prompt: string, options: OptionInput[]): string[] {
  const warnings: string[] = [];
  if (!prompt.trim()) warnings.push('Thiếu nội dung câu hỏi');
  if (options.length < MIN_OPTIONS) {
    warnings.push(`Câu hỏi chỉ có ${options.length} phương án (cần ít nhất ${MIN_OPTIONS})`);
  }
  if (options.length > MAX_OPTIONS) {
    warnings.push(`Câu hỏi có ${options.length} phương án (nhiều nhất ${MAX_OPTIONS})`);
  }
  const seen = new Map<string, number>();
  options.forEach((o, i) => {
    const key = normalizeForCompare(o.text);
    if (!key) {
      warnings.push(`Phương án ${letterOf(i)} không có nội dung`);
      return;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      warnings.push(`Phương án ${letterOf(i)} trùng với phương án ${letterOf(first)}`);
    } else seen.set(key, i);
  });
  return warnings;
}

function withOptionalFields(q: QuestionInput, d: ChoiceDraft): QuestionInput {
  if (d.explanation) q.explanation = d.explanation;
  if (d.tags && d.tags.length > 0) q.tags = d.tags;
  if (d.difficulty !== undefined) q.difficulty = d.difficulty;
  if (d.points !== undefined) q.points = d.points;
  return q;
}

/**
 * Decides the type of a question with options from how many are correct, what the source
 * declares and whether the options read Đúng/Sai, and says why.
 */
export function buildChoiceQuestion(d: ChoiceDraft): BuiltQuestion {
  const reasons: string[] = [];
  const warnings = optionWarnings(d.prompt, d.options);
  const correct = d.options.filter((o) => o.correct).length;
  let type: QuestionType;
  if (
    d.declaredType === 'true_false' ||
    (!d.declaredType && looksLikeTrueFalse(d.options.map((o) => o.text)))
  ) {
    type = 'true_false';
    if (!d.declaredType) reasons.push('Hai phương án Đúng/Sai: câu hỏi đúng/sai');
    if (d.options.length !== 2) warnings.push('Câu hỏi đúng/sai cần đúng 2 phương án');
    if (correct > 1) warnings.push(`Câu hỏi đúng/sai nhưng có ${correct} đáp án được đánh dấu`);
  } else if (d.declaredType === 'multiple' || d.declaredMultiple) {
    type = 'multiple';
    if (!d.declaredType) reasons.push('Tài liệu ghi câu hỏi có nhiều đáp án đúng');
  } else if (correct > 1) {
    type = 'multiple';
    warnings.push(`Câu hỏi một đáp án nhưng có ${correct} đáp án được đánh dấu`);
    reasons.push(`${correct} phương án được đánh dấu đúng: đề xuất câu nhiều đáp án`);
  } else {
    type = 'single';
  }
  if (correct === 0) warnings.push('Không tìm thấy đáp án');
  const question = withOptionalFields(
    {
      type,
      prompt: d.prompt,
      options: d.options.map((o) => ({ text: o.text, correct: o.correct })),
    },
    d,
  );
  return { question, reasons, warnings };
}

/** A short-text question: answers compared with the bank's normalisation. */
export function buildShortTextQuestion(
  d: Omit<ChoiceDraft, 'options' | 'declaredType' | 'declaredMultiple'> & {
    acceptedAnswers: string[];
  },
): BuiltQuestion {
  const warnings: string[] = [];
  if (!d.prompt.trim()) warnings.push('Thiếu nội dung câu hỏi');
  const answers = d.acceptedAnswers.map((a) => a.trim()).filter((a) => a.length > 0);
  if (answers.length === 0) warnings.push('Không tìm thấy đáp án chấp nhận cho câu trả lời ngắn');
  const question = withOptionalFields(
    { type: 'short_text', prompt: d.prompt, acceptedAnswers: answers },
    { ...d, options: [] },
  );
  return { question, reasons: [], warnings };
}

/** An essay question (scored by a judge). */
export function buildEssayQuestion(
  d: Omit<ChoiceDraft, 'options' | 'declaredType' | 'declaredMultiple'>,
): BuiltQuestion {
  const warnings: string[] = [];
  if (!d.prompt.trim()) warnings.push('Thiếu nội dung câu hỏi');
  const question = withOptionalFields({ type: 'essay', prompt: d.prompt }, { ...d, options: [] });
  return { question, reasons: [], warnings };
}

/** Options for a true/false question whose answer is `value`. */
export function trueFalseOptions(value: boolean | null): OptionInput[] {
  return [
    { text: TRUE_FALSE_TEXTS[0], correct: value === true },
    { text: TRUE_FALSE_TEXTS[1], correct: value === false },
  ];
}

/** Turns a built question into a preview item; past the item limit the parse stops here. */
export function toItem(
  index: number,
  built: BuiltQuestion,
  extra: { reasons?: string[]; warnings?: string[]; source?: ItemSource } = {},
): ParsedItem {
  if (index >= IMPORT_LIMITS.maxItems) throw tooManyQuestions(IMPORT_LIMITS.maxItems);
  const item: ParsedItem = {
    index,
    question: built.question,
    reasons: [...(extra.reasons ?? []), ...built.reasons],
    warnings: [...built.warnings, ...(extra.warnings ?? [])],
  };
  if (extra.source) item.source = extra.source;
  return item;
}
