import { normalizeForCompare } from '../formats/core-text';
import type { StoredImportItem } from '../entities/question-import.entity';
import type { QuestionInput } from '../question-input';
import { type FieldError, isChoiceType, validateQuestion } from './prepare-question';
import type { QuestionEdit } from './merge-question-edit';

/** A preview item as the organizer sees it: the parser's proposal plus what must be checked. */
export interface ReviewedImportItem {
  index: number;
  question: QuestionInput;
  reasons: string[];
  warnings: string[];
  /** Why the item cannot be imported as it is (empty when it can). */
  problems: FieldError[];
  edited: boolean;
  source?: StoredImportItem['source'];
}

export const DUPLICATE_IN_BANK = 'Trùng với một câu hỏi đã có trong ngân hàng';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** The key two prompts are duplicates under ("Hoà bình" = "hòa  bình"). */
export function promptKey(prompt: unknown): string {
  return typeof prompt === 'string' ? normalizeForCompare(prompt) : '';
}

/**
 * Adds the checks that depend on more than the item itself: the bank's rules
 * (`validateQuestion`, also listed as `problems`), prompts already in the bank, and prompts
 * repeated inside the file (the later item gets the warning). Pure; `bankPrompts` are the
 * prompts of the bank's active questions.
 */
export function reviewImportItems(
  items: readonly StoredImportItem[],
  bankPrompts: Iterable<string>,
): ReviewedImportItem[] {
  const inBank = new Set<string>();
  for (const prompt of bankPrompts) inBank.add(promptKey(prompt));
  const firstInFile = new Map<string, number>();
  return items.map((item) => {
    const problems = validateQuestion(item.question);
    const warnings = item.edited ? [] : [...item.warnings];
    for (const p of problems) warnings.push(`Chưa thể nhập: ${lowerFirst(p.message)}`);
    const key = promptKey(item.question.prompt);
    if (key) {
      if (inBank.has(key)) warnings.push(DUPLICATE_IN_BANK);
      const first = firstInFile.get(key);
      if (first !== undefined) warnings.push(`Trùng với câu ${first + 1} trong tệp`);
      else firstInFile.set(key, item.index);
    }
    return {
      index: item.index,
      question: item.question,
      reasons: item.reasons,
      warnings,
      problems,
      edited: item.edited === true,
      ...(item.source ? { source: item.source } : {}),
    };
  });
}

/**
 * The item's question with the edited fields replaced (`null` removes an optional field).
 * Switching to a type without options (or without accepted answers) drops the ones it no longer
 * uses unless the edit sets them, as editing a stored question does.
 */
export function applyImportEdit(current: QuestionInput, edit: QuestionEdit): QuestionInput {
  const next: QuestionInput = { ...current };
  const fields = next as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(edit)) {
    if (value === undefined) continue;
    if (value === null) delete fields[key];
    else fields[key] = value;
  }
  const typeChanged = edit.type !== undefined && edit.type !== current.type;
  if (typeChanged && edit.options === undefined && !isChoiceType(next.type)) next.options = [];
  if (typeChanged && edit.acceptedAnswers === undefined && next.type !== 'short_text')
    delete next.acceptedAnswers;
  return next;
}
