import { isChoiceType } from './prepare-question';
import type { ReviewedImportItem } from './review-import-items';

/** The preview in numbers, and the sentence the console shows ("390 câu, 385 có đáp án, …"). */
export interface ImportCounts {
  questions: number;
  /** Items whose answer is known: a correct option, an accepted answer; essays need none. */
  withAnswer: number;
  /** Items with at least one warning or problem for the organizer to look at. */
  needsReview: number;
  /** Problems of the file or of blocks that gave no question. */
  fileErrors: number;
  text: string;
}

const number = (n: number): string => n.toLocaleString('vi-VN');

function hasAnswer(item: ReviewedImportItem): boolean {
  const q = item.question;
  if (isChoiceType(q.type)) return (q.options ?? []).some((o) => o.correct);
  if (q.type === 'short_text') return (q.acceptedAnswers ?? []).some((a) => a.trim() !== '');
  return true;
}

/** Counts a reviewed preview; pure. */
export function countImport(
  items: readonly ReviewedImportItem[],
  fileErrors: number,
): ImportCounts {
  const withAnswer = items.filter(hasAnswer).length;
  const needsReview = items.filter((i) => i.warnings.length > 0 || i.problems.length > 0).length;
  const parts = [
    `${number(items.length)} câu`,
    `${number(withAnswer)} có đáp án`,
    `${number(needsReview)} cần kiểm tra`,
  ];
  if (fileErrors > 0) parts.push(`${number(fileErrors)} lỗi không thành câu hỏi`);
  return { questions: items.length, withAnswer, needsReview, fileErrors, text: parts.join(', ') };
}
