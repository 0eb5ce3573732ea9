import type { OptionInput } from '../question-input';
import {
  findUnescaped,
  giftText,
  readAnswers,
  readNumeric,
  splitUnescaped,
  stripFormat,
  unescapeGift,
} from './gift-answers';
import { IMPORT_LIMITS } from './limits';
import { cleanMultiline } from './plain-text';
import { tooManyQuestions } from './question-file-error';
import {
  buildChoiceQuestion,
  buildEssayQuestion,
  buildShortTextQuestion,
  parseTruthValue,
  toItem,
  trueFalseOptions,
  type BuiltQuestion,
} from './question-builder';
import type { ParsedItem, ParseError, ParseResult } from './types';

export { unescapeGift } from './gift-answers';

/** True when the text has GIFT answer blocks (`{=…}`, `{~…}`, `{T}`) or `::title::` markers. */
export function looksLikeGift(text: string): boolean {
  // Each character of a title is read one way only (an escape, a plain character or a lone
  // colon), so a line that is not a title fails in time linear in its length.
  if (/^[ \t]*::(?:\\.|[^:\n\\]|:(?!:))+::/m.test(text)) return true;
  return /\{\s*(?:[=~]|#|T\s*\}|F\s*\}|TRUE\s*\}|FALSE\s*\})/i.test(text);
}

interface Block {
  line: number;
  /** The block's lines, comment lines removed, each with its line number. */
  lines: { no: number; text: string }[];
  meta: { tags: string[]; difficulty?: 1 | 2 | 3; points?: number };
}

/** Braces still open after `s` (escaped braces do not count). */
function braceDelta(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '{') n++;
    else if (s[i] === '}') n--;
  }
  return n;
}

/** A `//` comment at the end of a line (after a space, not escaped, not in "http://"). */
function stripTrailingComment(line: string): string {
  for (let i = 0; i + 1 < line.length; i++) {
    if (line[i] === '\\') {
      i++;
      continue;
    }
    if (line[i] === '/' && line[i + 1] === '/' && (i === 0 || /\s/.test(line[i - 1]))) {
      // "~gấp đôi // chú thích}": the brace that ends the line still closes the answers.
      const closes = line.trimEnd().endsWith('}') && !line.trimEnd().endsWith('\\}');
      return `${line.slice(0, i).trimEnd()}${closes ? '}' : ''}`;
    }
  }
  return line;
}

/** The last meaningful part of "$CATEGORY: $course$/top/An toàn điện/Cơ bản" → a tag. */
function categoryTag(path: string): string | null {
  const parts = path
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p && !/^\$\w+\$$/.test(p) && p.toLowerCase() !== 'top');
  const last = parts[parts.length - 1];
  return last && !/^default for /i.test(last) ? last : null;
}

/**
 * Splits the file into question blocks as Moodle does: a blank line ends a question. A blank
 * line inside an open `{…}` does not when the next line continues the answers (`=`, `~`, `#`,
 * `}`), so an unclosed `{` costs only its own block. Comment lines (`//`) are dropped
 * wherever they are; those before a question may carry [tag:…] [difficulty:…] [points:…].
 */
function splitBlocks(text: string): Block[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let current: Block | null = null;
  let pendingMeta: Block['meta'] = { tags: [] };
  let category: string | null = null;
  let open = 0;
  const close = (): void => {
    if (current) blocks.push(current);
    if (blocks.length > IMPORT_LIMITS.maxItems) throw tooManyQuestions(IMPORT_LIMITS.maxItems);
    current = null;
    open = 0;
  };
  const nextFilled = (from: number): string => {
    for (let j = from; j < lines.length; j++) {
      const t = lines[j].trim();
      if (t && !t.startsWith('//')) return t;
    }
    return '';
  };
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed.startsWith('//')) {
      if (!current) {
        for (const m of trimmed.matchAll(/\[tag:([^\]]+)\]/g)) pendingMeta.tags.push(m[1].trim());
        const d = /\[difficulty:([123])\]/.exec(trimmed);
        if (d) pendingMeta.difficulty = parseInt(d[1], 10) as 1 | 2 | 3;
        const p = /\[points:(\d+(?:\.\d+)?)\]/.exec(trimmed);
        if (p) pendingMeta.points = parseFloat(p[1]);
      }
      return;
    }
    if (!current && /^\$CATEGORY:/i.test(trimmed)) {
      category = categoryTag(trimmed.slice('$CATEGORY:'.length));
      return;
    }
    if (!trimmed) {
      if (open > 0 && /^[=~#}]/.test(nextFilled(i + 1))) return;
      close();
      return;
    }
    const line = stripTrailingComment(raw);
    if (!current) {
      const tags = [...pendingMeta.tags];
      if (category && !tags.includes(category)) tags.push(category);
      current = { line: i + 1, lines: [], meta: { ...pendingMeta, tags } };
      pendingMeta = { tags: [] };
    }
    current.lines.push({ no: i + 1, text: line });
    open = Math.max(0, open + braceDelta(line));
  });
  close();
  return blocks;
}

/** Where the answer part of a block is: one `{…}`, or why there is none. */
type AnswerSpan =
  | { kind: 'ok'; open: number; close: number }
  | { kind: 'none' }
  | { kind: 'unclosed'; at: number }
  | { kind: 'several'; cloze: boolean };

function findAnswerSpan(rest: string): AnswerSpan {
  const open = findUnescaped(rest, '{');
  if (open < 0) return { kind: 'none' };
  const close = findUnescaped(rest, '}', open + 1);
  if (close < 0) return { kind: 'unclosed', at: open };
  const again = findUnescaped(rest, '{', close + 1);
  const inner = findUnescaped(rest, '{', open + 1);
  if (again >= 0 || (inner >= 0 && inner < close)) {
    return { kind: 'several', cloze: /\{\s*\d*\s*:\s*[A-Z_]+\s*:/.test(rest) };
  }
  return { kind: 'ok', open, close };
}

function lineOf(block: Block, text: string, at: number): number {
  const before = text.slice(0, at).split('\n').length - 1;
  return block.lines[Math.min(before, block.lines.length - 1)]?.no ?? block.line;
}

/** Moodle's GIFT format: single, multiple (weights), true/false, short answer, numerical, essay. */
export function parseGift(text: string): ParseResult {
  const items: ParsedItem[] = [];
  const errors: ParseError[] = [];
  const skip = (line: number, what: string): void => {
    errors.push({ row: line, message: `Dòng ${line}: ${what}; đã bỏ qua.` });
  };
  for (const block of splitBlocks(text)) {
    const joined = block.lines.map((l) => l.text).join('\n');
    let rest = joined.trim();
    const lead = joined.length - joined.trimStart().length;
    let title = '';
    const t = /^::((?:\\[\s\S]|[^:\\]|:(?!:))*)::/.exec(rest);
    if (t) {
      title = cleanMultiline(unescapeGift(t[1]));
      rest = rest.slice(t[0].length).trim();
    }
    const format = stripFormat(rest, false);
    const html = format.html;
    rest = format.rest;
    const span = findAnswerSpan(rest);
    if (span.kind === 'none') {
      skip(
        block.line,
        'đoạn văn không có phần đáp án {…} (mô tả hoặc văn bản thường), không phải câu hỏi GIFT',
      );
      continue;
    }
    if (span.kind === 'unclosed') {
      const at = lineOf(block, joined, lead + joined.trim().length - rest.length + span.at);
      skip(
        at,
        'dấu { mở phần đáp án nhưng không có dấu } đóng (nếu { là chữ trong câu hỏi, hãy viết \\{)',
      );
      continue;
    }
    if (span.kind === 'several') {
      skip(
        block.line,
        span.cloze
          ? 'câu Cloze (nhiều chỗ trống) chưa được hỗ trợ'
          : 'câu hỏi có nhiều phần đáp án {…}; câu nhiều chỗ trống chưa được hỗ trợ (nếu { là chữ trong câu hỏi, hãy viết \\{)',
      );
      continue;
    }
    const before = rest.slice(0, span.open).trim();
    const after = rest.slice(span.close + 1).trim();
    const stem = giftText(after ? `${before} _____ ${after}` : before, html);
    const prompt = stem.text || title;
    const [answerPart, ...general] = splitUnescaped(rest.slice(span.open + 1, span.close), '####');
    const body = answerPart.trim();
    const explanation = general.length > 0 ? giftText(general.join('####'), html).text : '';
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
      const value = parseTruthValue(tf[1], true) ?? false;
      built = buildChoiceQuestion({
        ...common,
        options: trueFalseOptions(value),
        declaredType: 'true_false',
      });
      reasons.push(`Đáp án {${tf[1]}}: câu đúng/sai, đáp án ${value ? 'Đúng' : 'Sai'}`);
    } else if (body.startsWith('#')) {
      const numeric = readNumeric(body);
      built = buildShortTextQuestion({ ...common, acceptedAnswers: numeric.accepted });
      reasons.push('Câu dạng số {#…}: nhập thành câu điền từ với các giá trị đúng');
      warnings.push(...numeric.warnings);
    } else if (findUnescaped(body, '=') < 0 && findUnescaped(body, '~') < 0) {
      // Moodle reads "{Hà Nội}" as a short answer with that one accepted answer.
      built = buildShortTextQuestion({ ...common, acceptedAnswers: [giftText(body, html).text] });
      reasons.push('Phần đáp án không có "=" hay "~": câu điền từ với đáp án đó');
    } else {
      const answers = readAnswers(body, html);
      const hasWrong = answers.some((a) => a.kind === '~');
      if (!hasWrong && answers.length > 0 && answers.every((a) => /->/.test(a.raw))) {
        skip(block.line, 'câu ghép cặp chưa được hỗ trợ');
        continue;
      }
      if (answers.some((a) => a.feedback)) {
        warnings.push('Phản hồi riêng của từng phương án (#…) không được nhập');
      }
      if (answers.some((a) => a.hadImage)) {
        warnings.push('Phương án có hình ảnh; ảnh không được nhập, cần kiểm tra lại');
      }
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
