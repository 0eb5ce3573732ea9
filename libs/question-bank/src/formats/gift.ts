import type { OptionInput } from '../question-input';
import { IMPORT_LIMITS } from './limits';
import { cleanMultiline, htmlToText } from './plain-text';
import { tooManyQuestions } from './question-file-error';
import {
  buildChoiceQuestion,
  buildEssayQuestion,
  buildShortTextQuestion,
  toItem,
  trueFalseOptions,
  type BuiltQuestion,
} from './question-builder';
import type { ParsedItem, ParseError, ParseResult } from './types';

/** True when the text has GIFT answer blocks (`{=…}`, `{~…}`, `{T}`) or `::title::` markers. */
export function looksLikeGift(text: string): boolean {
  // Each character of a title is read one way only (an escape, a plain character or a lone
  // colon), so a line that is not a title fails in time linear in its length.
  if (/^[ \t]*::(?:\\.|[^:\n\\]|:(?!:))+::/m.test(text)) return true;
  return /\{\s*(?:[=~]|#|T\s*\}|F\s*\}|TRUE\s*\}|FALSE\s*\})/i.test(text);
}

/** Index of the first `ch` at or after `from` that is not escaped with a backslash. */
function findUnescaped(s: string, ch: string, from = 0): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === ch) return i;
  }
  return -1;
}

/** Splits on unescaped occurrences of `sep` (a string). */
function splitUnescaped(s: string, sep: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') {
      i++;
      continue;
    }
    if (s.startsWith(sep, i)) {
      parts.push(s.slice(start, i));
      start = i + sep.length;
      i += sep.length - 1;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

/** GIFT escapes: \: \= \~ \# \{ \} \\ and \n for a line break. */
export function unescapeGift(s: string): string {
  return s.replace(/\\([\s\S])/g, (_, ch: string) => (ch === 'n' ? '\n' : ch));
}

interface Answer {
  kind: '=' | '~';
  weight: number | null;
  text: string;
  feedback: boolean;
}

function readAnswers(body: string): Answer[] {
  const answers: Answer[] = [];
  let current: { kind: '=' | '~'; raw: string } | null = null;
  let buf = '';
  const push = (): void => {
    if (!current) return;
    const raw = current.raw + buf;
    const [main, ...feedback] = splitUnescaped(raw, '#');
    let text = main.trim();
    let weight: number | null = null;
    const w = /^%(-?\d+(?:\.\d+)?)%/.exec(text);
    if (w) {
      weight = parseFloat(w[1]);
      text = text.slice(w[0].length);
    }
    answers.push({
      kind: current.kind,
      weight,
      text: cleanMultiline(unescapeGift(text)),
      feedback: feedback.some((f) => f.trim().length > 0),
    });
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') {
      buf += body.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '=' || ch === '~') {
      push();
      current = { kind: ch, raw: '' };
      buf = '';
      continue;
    }
    buf += ch;
  }
  push();
  return answers;
}

interface Block {
  line: number;
  text: string;
  meta: { tags: string[]; difficulty?: 1 | 2 | 3; points?: number };
}

/** Splits the file into question blocks (blank-line separated; a block with an open `{` continues). */
function splitBlocks(text: string): Block[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let current: Block | null = null;
  let pendingMeta: Block['meta'] = { tags: [] };
  let open = 0;
  const countBraces = (s: string): number => {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '\\') i++;
      else if (s[i] === '{') n++;
      else if (s[i] === '}') n--;
    }
    return n;
  };
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (open === 0 && trimmed.startsWith('//')) {
      for (const m of trimmed.matchAll(/\[tag:([^\]]+)\]/g)) pendingMeta.tags.push(m[1].trim());
      const d = /\[difficulty:([123])\]/.exec(trimmed);
      if (d) pendingMeta.difficulty = parseInt(d[1], 10) as 1 | 2 | 3;
      const p = /\[points:(\d+(?:\.\d+)?)\]/.exec(trimmed);
      if (p) pendingMeta.points = parseFloat(p[1]);
      return;
    }
    if (open === 0 && /^\$CATEGORY:/i.test(trimmed)) return;
    if (!trimmed && open === 0) {
      if (current) blocks.push(current);
      if (blocks.length > IMPORT_LIMITS.maxItems) throw tooManyQuestions(IMPORT_LIMITS.maxItems);
      current = null;
      return;
    }
    if (!current) {
      current = { line: i + 1, text: raw, meta: pendingMeta };
      pendingMeta = { tags: [] };
    } else current.text += `\n${raw}`;
    open = Math.max(0, open + countBraces(raw));
  });
  if (current) blocks.push(current);
  return blocks;
}

function textOf(raw: string, html: boolean): { text: string; hadImage: boolean } {
  const unescaped = unescapeGift(raw);
  return html ? htmlToText(unescaped) : { text: cleanMultiline(unescaped), hadImage: false };
}

/** Moodle's GIFT format: single, multiple (weights), true/false, short answer, essay. */
export function parseGift(text: string): ParseResult {
  const items: ParsedItem[] = [];
  const errors: ParseError[] = [];
  for (const block of splitBlocks(text)) {
    let rest = block.text.trim();
    let title = '';
    const t = /^::((?:\\[\s\S]|[^:\\]|:(?!:))*)::/.exec(rest);
    if (t) {
      title = cleanMultiline(unescapeGift(t[1]));
      rest = rest.slice(t[0].length).trim();
    }
    let html = false;
    const markup = /^\[(html|plain|markdown|moodle)\]/i.exec(rest);
    if (markup) {
      html = markup[1].toLowerCase() === 'html';
      rest = rest.slice(markup[0].length);
    }
    const open = findUnescaped(rest, '{');
    const close = open >= 0 ? findUnescaped(rest, '}', open + 1) : -1;
    if (open < 0 || close < 0) {
      errors.push({
        row: block.line,
        message: `Dòng ${block.line}: đoạn văn không có phần đáp án {…}, không phải câu hỏi GIFT; đã bỏ qua.`,
      });
      continue;
    }
    const before = rest.slice(0, open).trim();
    const after = rest.slice(close + 1).trim();
    const stem = textOf(after ? `${before} _____ ${after}` : before, html);
    const prompt = stem.text || title;
    const [answerPart, ...general] = splitUnescaped(rest.slice(open + 1, close), '####');
    const body = answerPart.trim();
    const explanation = general.length > 0 ? textOf(general.join('####'), html).text : '';
    const common = {
      prompt,
      tags: block.meta.tags,
      ...(explanation ? { explanation } : {}),
      ...(block.meta.difficulty ? { difficulty: block.meta.difficulty } : {}),
      ...(block.meta.points ? { points: block.meta.points } : {}),
    };
    const reasons = [`Câu hỏi GIFT ở dòng ${block.line}${title ? ` (${title})` : ''}`];
    const warnings: string[] = [];
    if (stem.hadImage) warnings.push('Câu hỏi có hình ảnh; ảnh không được nhập, cần kiểm tra lại');
    let built: BuiltQuestion;

    const tf = /^(T|TRUE|F|FALSE)\s*(?:#|$)/i.exec(body);
    if (!body) {
      built = buildEssayQuestion(common);
      reasons.push('Phần đáp án rỗng {}: câu tự luận');
    } else if (tf) {
      const value = tf[1].toUpperCase().startsWith('T');
      built = buildChoiceQuestion({
        ...common,
        options: trueFalseOptions(value),
        declaredType: 'true_false',
      });
      reasons.push(`Đáp án {${tf[1]}}: câu đúng/sai, đáp án ${value ? 'Đúng' : 'Sai'}`);
    } else if (body.startsWith('#')) {
      const values = readAnswers(
        body.slice(1).startsWith('=') ? body.slice(1) : `=${body.slice(1)}`,
      )
        .map((a) => a.text.split(':')[0].split('..')[0].trim())
        .filter((v) => v.length > 0);
      built = buildShortTextQuestion({ ...common, acceptedAnswers: values });
      warnings.push('Câu hỏi dạng số được chuyển thành câu điền từ; sai số cho phép bị bỏ qua');
    } else {
      const answers = readAnswers(body);
      if (answers.length === 0 || answers.some((a) => /\s->\s/.test(a.text))) {
        errors.push({
          row: block.line,
          message: `Dòng ${block.line}: dạng câu hỏi GIFT này (ghép cặp hoặc không có phương án) chưa được hỗ trợ; đã bỏ qua.`,
        });
        continue;
      }
      if (answers.some((a) => a.feedback)) {
        warnings.push('Phản hồi riêng của từng phương án (#…) không được nhập');
      }
      const hasWrong = answers.some((a) => a.kind === '~');
      if (!hasWrong) {
        const full = answers.filter((a) => a.weight === null || a.weight >= 100);
        if (full.length < answers.length) {
          warnings.push('Câu trả lời được điểm một phần (=%…%) không được nhập');
        }
        built = buildShortTextQuestion({ ...common, acceptedAnswers: full.map((a) => a.text) });
        reasons.push('Chỉ có phương án "=": câu điền từ, các câu trả lời "=" được chấp nhận');
      } else {
        const equals = answers.filter((a) => a.kind === '=');
        let options: OptionInput[];
        let declaredMultiple = false;
        if (equals.length > 0) {
          options = answers.map((a) => ({ text: a.text, correct: a.kind === '=' }));
          if (answers.some((a) => a.kind === '~' && (a.weight ?? 0) > 0)) {
            warnings.push('Phương án được điểm một phần (~%…%) được coi là sai');
          }
          reasons.push('Phương án bắt đầu bằng "=" là đáp án đúng');
        } else {
          options = answers.map((a) => ({ text: a.text, correct: (a.weight ?? 0) > 0 }));
          const positive = answers.filter((a) => (a.weight ?? 0) > 0);
          // Several positive weights, or negative ones for wrong options: a multiple-answer question.
          declaredMultiple = positive.length > 1 || answers.some((a) => (a.weight ?? 0) < 0);
          reasons.push('Phương án có trọng số dương (~%…%) là đáp án đúng');
        }
        built = buildChoiceQuestion({ ...common, options, declaredMultiple });
      }
    }
    items.push(toItem(items.length, built, { reasons, warnings, source: { line: block.line } }));
  }
  if (items.length === 0 && errors.length === 0) {
    errors.push({ message: 'Không tìm thấy câu hỏi GIFT nào trong tệp.' });
  }
  return { format: 'gift', items, errors };
}
