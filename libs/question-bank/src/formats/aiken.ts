import type { OptionInput } from '../question-input';
import { collapseSpaces } from './plain-text';
import { buildChoiceQuestion, indexOfLetter, toItem } from './question-builder';
import type { ParsedItem, ParseError, ParseResult } from './types';

/** "A. Text", "A) Text", "A )Text", "A.Text": Moodle writes and reads all of them. */
const OPTION = /^([A-Za-z])[ \t]*[.)][ \t]*(\S.*)$/;
const ANSWER = /^(?:ANSWER|ĐÁP ÁN)\s*:\s*(.*)$/iu;

/** True when the text has Aiken's "ANSWER: X" lines after lettered options. */
export function looksLikeAiken(text: string): boolean {
  const answers = text.match(/^[ \t]*ANSWER[ \t]*:[ \t]*[A-Z][ \t]*\r?$/gim)?.length ?? 0;
  const options = text.match(/^[ \t]*[A-Z][ \t]*[.)][ \t]*\S/gm)?.length ?? 0;
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
    // Blocks Moodle refuses are named with their line, never imported as something else.
    if (d.promptLines.length === 0) {
      errors.push({
        row: d.line,
        message: `Dòng ${d.line}: phương án "${d.options[0]?.letter ?? ''}" không có câu hỏi phía trước; đã bỏ qua.`,
      });
      return;
    }
    if (d.options.length < 2) {
      errors.push({
        row: d.line,
        message: `Dòng ${d.line}: câu hỏi "${prompt.slice(0, 60)}" chỉ có ${d.options.length} phương án (cần ít nhất 2); đã bỏ qua.`,
      });
      return;
    }
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

  /** "A) …" with no question before it, followed by "B) …" or "ANSWER:" (not a prompt "A.I …"). */
  const orphanOption = (at: number): boolean => {
    for (let j = at + 1; j < lines.length; j++) {
      const next = lines[j].trim();
      if (!next) continue;
      const o = OPTION.exec(next);
      return ANSWER.test(next) || (!!o && o[1].toUpperCase() === 'B');
    }
    return false;
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
    if (option && !draft && option[1] === 'A' && orphanOption(i)) {
      // Options with no question before them: kept as a block so its error names it once.
      draft = { line: lineNo, promptLines: [], options: [] };
    }
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
