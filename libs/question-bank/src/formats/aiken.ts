import type { OptionInput } from '../question-input';
import { collapseSpaces } from './plain-text';
import { buildChoiceQuestion, indexOfLetter, toItem } from './question-builder';
import type { ParsedItem, ParseError, ParseResult } from './types';

const OPTION = /^([A-Za-z])\s*[.)]\s+(.*)$/;
const ANSWER = /^(?:ANSWER|ĐÁP ÁN)\s*:\s*(.*)$/iu;

/** True when the text has Aiken's "ANSWER: X" lines after lettered options. */
export function looksLikeAiken(text: string): boolean {
  const answers = text.match(/^[ \t]*ANSWER[ \t]*:[ \t]*[A-Z][ \t]*\r?$/gim)?.length ?? 0;
  const options = text.match(/^[ \t]*[A-Z][ \t]*[.)][ \t]+\S/gm)?.length ?? 0;
  return answers > 0 && options >= answers * 2;
}

interface Draft {
  line: number;
  promptLines: string[];
  options: { letter: string; text: string }[];
}

/** Moodle's Aiken format: one single-answer question per block, ended by "ANSWER: X". */
export function parseAiken(text: string): ParseResult {
  const items: ParsedItem[] = [];
  const errors: ParseError[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let draft: Draft | null = null;

  const finish = (answerValue: string | null, answerLine: number | null): void => {
    if (!draft) return;
    const d = draft;
    draft = null;
    const prompt = collapseSpaces(d.promptLines.join(' '));
    const warnings: string[] = [];
    const reasons = [`Câu hỏi Aiken bắt đầu ở dòng ${d.line}`];
    let correctIndex: number | null = null;
    if (answerValue === null) {
      warnings.push('Thiếu dòng "ANSWER:" sau các phương án');
    } else {
      const letter = answerValue.trim().replace(/[.)]$/, '').toUpperCase();
      const at = d.options.findIndex((o) => o.letter === letter);
      if (at >= 0) {
        correctIndex = at;
        reasons.push(`Dòng "ANSWER: ${letter}" (dòng ${answerLine})`);
      } else {
        warnings.push(`Dòng "ANSWER: ${answerValue.trim()}" không khớp phương án nào`);
      }
    }
    d.options.forEach((o, i) => {
      const expected = String.fromCharCode(65 + i);
      if (o.letter !== expected) {
        warnings.push(`Nhãn phương án ${o.letter} không theo thứ tự (mong đợi ${expected})`);
      }
    });
    const options: OptionInput[] = d.options.map((o, i) => ({
      text: o.text,
      correct: i === correctIndex,
    }));
    const built = buildChoiceQuestion({ prompt, options });
    items.push(toItem(items.length, built, { reasons, warnings, source: { line: d.line } }));
  };

  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.trim();
    if (!line) return;
    const answer = ANSWER.exec(line);
    if (answer) {
      if (!draft) {
        errors.push({
          row: lineNo,
          message: `Dòng ${lineNo}: dòng "ANSWER:" không thuộc câu hỏi nào.`,
        });
        return;
      }
      finish(answer[1], lineNo);
      return;
    }
    const option = OPTION.exec(line);
    if (option && draft && (draft.options.length > 0 || indexOfLetter(option[1]) === 0)) {
      draft.options.push({ letter: option[1].toUpperCase(), text: collapseSpaces(option[2]) });
      return;
    }
    if (draft && draft.options.length > 0) {
      // A new question started without the previous one's ANSWER line.
      finish(null, null);
    }
    if (!draft) draft = { line: lineNo, promptLines: [], options: [] };
    draft.promptLines.push(line);
  });
  finish(null, null);
  if (items.length === 0) errors.push({ message: 'Không tìm thấy câu hỏi Aiken nào trong tệp.' });
  return { format: 'aiken', items, errors };
}
