import type { QuestionInput } from '../question-input';
import { collapseSpaces } from './plain-text';
import { letterOf } from './question-builder';

export interface TextExport {
  text: string;
  /** Questions the format cannot hold, by their 0-based position in the input. */
  skipped: { index: number; reason: string }[];
}

/**
 * Moodle's Aiken format. It holds only questions with exactly one correct option (single, and
 * true/false written as two options); the others are listed in `skipped`.
 */
export function exportAiken(questions: QuestionInput[]): TextExport {
  const blocks: string[] = [];
  const skipped: TextExport['skipped'] = [];
  questions.forEach((q, index) => {
    const options = q.options ?? [];
    const correct = options.filter((o) => o.correct).length;
    if ((q.type !== 'single' && q.type !== 'true_false') || correct !== 1 || options.length < 2) {
      skipped.push({
        index,
        reason: 'Định dạng Aiken chỉ chứa câu hỏi một đáp án đúng',
      });
      return;
    }
    const lines = [collapseSpaces(q.prompt)];
    options.forEach((o, i) => lines.push(`${letterOf(i)}. ${collapseSpaces(o.text)}`));
    lines.push(`ANSWER: ${letterOf(options.findIndex((o) => o.correct))}`);
    blocks.push(lines.join('\n'));
  });
  return { text: blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '', skipped };
}
