import type { QuestionInput } from '../question-input';
import type { TextExport } from './aiken-export';
import { parseTruthValue } from './question-builder';

/** Escapes GIFT's special characters (~ = # { } : and \) and writes line breaks as \n. */
export function escapeGift(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/([~=#{}:])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Moodle's accepted weights are percentages with up to 5 decimals ("33.33333"). */
function weight(n: number): string {
  return String(parseFloat(n.toFixed(5)));
}

function answerBlock(q: QuestionInput): string[] {
  const options = q.options ?? [];
  switch (q.type) {
    case 'essay':
      return [];
    case 'short_text':
      return (q.acceptedAnswers ?? []).map((a) => `=${escapeGift(a)}`);
    case 'true_false': {
      const correct = options.find((o) => o.correct);
      const value = correct ? parseTruthValue(correct.text) : null;
      if (value !== null) return [value ? 'TRUE' : 'FALSE'];
      return options.map((o) => `${o.correct ? '=' : '~'}${escapeGift(o.text)}`);
    }
    case 'single':
      return options.map((o) => `${o.correct ? '=' : '~'}${escapeGift(o.text)}`);
    case 'multiple': {
      const count = options.filter((o) => o.correct).length;
      return options.map(
        (o) => `~%${o.correct ? weight(100 / Math.max(1, count)) : '-100'}%${escapeGift(o.text)}`,
      );
    }
  }
}

/**
 * Moodle's GIFT format, every type. Tags (and HoiThi's difficulty and points) go in a comment
 * line before the question (`// [tag:…]`), which Moodle reads for tags and ignores otherwise.
 */
export function exportGift(questions: QuestionInput[]): TextExport {
  const blocks = questions.map((q, i) => {
    const lines: string[] = [];
    const meta = [
      ...(q.tags ?? []).filter((t) => !/[\]\r\n]/.test(t)).map((t) => `[tag:${t}]`),
      ...(q.difficulty ? [`[difficulty:${q.difficulty}]`] : []),
      ...(q.points !== undefined ? [`[points:${q.points}]`] : []),
    ];
    if (meta.length > 0) lines.push(`// ${meta.join(' ')}`);
    const answers = answerBlock(q);
    const feedback = q.explanation ? [`####${escapeGift(q.explanation)}`] : [];
    const head = `::Câu ${i + 1}:: ${escapeGift(q.prompt)}`;
    if (answers.length === 1 && (answers[0] === 'TRUE' || answers[0] === 'FALSE')) {
      lines.push(`${head} {${answers[0]}${feedback.join('')}}`);
    } else if (answers.length === 0 && feedback.length === 0) {
      lines.push(`${head} {}`);
    } else {
      lines.push(`${head} {`, ...[...answers, ...feedback].map((a) => `\t${a}`), '}');
    }
    return lines.join('\n');
  });
  return { text: blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '', skipped: [] };
}
