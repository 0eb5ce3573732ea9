import type { OptionInput } from '../question-input';
import {
  attrOf,
  child,
  childrenNamed,
  filesUnder,
  readMoodleQuestions,
  textOf,
  type MoodleNode,
} from './moodle-xml-reader';
import { cleanMultiline, htmlToText } from './plain-text';
import {
  buildChoiceQuestion,
  buildEssayQuestion,
  buildShortTextQuestion,
  toItem,
  trueFalseOptions,
  type BuiltQuestion,
} from './question-builder';
import type { ParsedItem, ParseError, ParseResult } from './types';

/** True when the text is a Moodle XML quiz (`<quiz>` root). */
export function looksLikeMoodleXml(text: string): boolean {
  let i = text.length - text.trimStart().length;
  if (text.startsWith('<?xml', i)) {
    const end = text.indexOf('?>', i);
    if (end < 0) return false;
    i = end + 2;
  }
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (!text.startsWith('<!--', i)) break;
    const end = text.indexOf('-->', i + 4);
    if (end < 0) return false;
    i = end + 3;
  }
  return /^<quiz[\s>]/.test(text.slice(i, i + 6));
}

/** Question types HoiThi cannot hold yet, as the preview names them. */
const UNSUPPORTED_NAMES: Record<string, string> = {
  matching: 'câu ghép cặp',
  randomsamatch: 'câu ghép cặp ngẫu nhiên',
  ddwtos: 'câu kéo thả từ vào văn bản',
  gapselect: 'câu chọn từ điền vào chỗ trống',
  ddimageortext: 'câu kéo thả vào ảnh',
  ddmarker: 'câu kéo thả điểm đánh dấu',
  calculated: 'câu tính toán',
  calculatedsimple: 'câu tính toán đơn giản',
  calculatedmulti: 'câu tính toán nhiều lựa chọn',
  ordering: 'câu sắp xếp thứ tự',
  cloze: 'câu Cloze (nhiều chỗ trống)',
  multianswer: 'câu Cloze (nhiều chỗ trống)',
  random: 'câu ngẫu nhiên',
  gapfill: 'câu điền chỗ trống (gapfill)',
};

function formatted(node: MoodleNode | undefined): { text: string; hadImage: boolean } {
  const format = attrOf(node, 'format') ?? 'html';
  const raw = textOf(node);
  if (format === 'plain_text' || format === 'markdown') {
    return { text: cleanMultiline(raw), hadImage: false };
  }
  return htmlToText(raw);
}

function fraction(a: MoodleNode): number {
  return parseFloat(attrOf(a, 'fraction') ?? '0') || 0;
}

interface Context {
  items: ParsedItem[];
  errors: ParseError[];
}

function readQuestion(q: MoodleNode, at: number, ctx: Context): void {
  const type = attrOf(q, 'type') ?? '';
  if (type === 'category') return;
  const name = cleanMultiline(textOf(child(q, 'name')));
  const skip = (what: string): void => {
    ctx.errors.push({ row: at, message: `Dòng ${at}: ${what}; đã bỏ qua.` });
  };
  if (type === 'description') {
    skip(`đoạn mô tả "${name}" (description) không phải câu hỏi`);
    return;
  }
  const SUPPORTED = ['multichoice', 'truefalse', 'shortanswer', 'numerical', 'essay'];
  if (!SUPPORTED.includes(type)) {
    const known = Object.prototype.hasOwnProperty.call(UNSUPPORTED_NAMES, type)
      ? UNSUPPORTED_NAMES[type]
      : 'loại câu hỏi lạ';
    skip(`câu hỏi "${name}" là ${known}, loại "${type}" chưa được hỗ trợ`);
    return;
  }
  const stem = formatted(child(q, 'questiontext'));
  const prompt = stem.text || name;
  const explanation = formatted(child(q, 'generalfeedback')).text;
  const tags = childrenNamed(child(q, 'tags'), 'tag')
    .map((t) => cleanMultiline(textOf(t)))
    .filter(Boolean);
  const grade = parseFloat(textOf(child(q, 'defaultgrade')));
  const common = {
    prompt,
    tags,
    ...(explanation ? { explanation } : {}),
    ...(Number.isFinite(grade) && grade > 0 && grade !== 1 ? { points: grade } : {}),
  };
  const reasons = [`Câu hỏi Moodle loại "${type}"${name ? ` (${name})` : ''}`];
  const warnings: string[] = [];
  const answers = childrenNamed(q, 'answer');
  const files = filesUnder(q);
  const oldImage = cleanMultiline(textOf(child(q, 'image')));
  if (stem.hadImage || files > 0 || oldImage || answers.some((a) => formatted(a).hadImage)) {
    const count = files > 0 ? ` (${files} tệp đính kèm)` : '';
    warnings.push(`Câu hỏi có hình ảnh${count}; ảnh không được nhập, cần kiểm tra lại`);
  }
  if (answers.some((a) => cleanMultiline(textOf(child(a, 'feedback'))))) {
    warnings.push('Phản hồi riêng của từng phương án không được nhập');
  }
  let built: BuiltQuestion;
  switch (type) {
    case 'multichoice': {
      const single = !/^(false|0)$/i.test(textOf(child(q, 'single')).trim());
      const best = Math.max(0, ...answers.map(fraction));
      const options: OptionInput[] = answers.map((a) => ({
        text: formatted(a).text,
        correct: single ? fraction(a) > 0 && fraction(a) === best : fraction(a) > 0,
      }));
      if (single && answers.some((a) => fraction(a) > 0 && fraction(a) < best)) {
        warnings.push('Phương án được điểm một phần được coi là sai');
      }
      built = buildChoiceQuestion({ ...common, options, declaredMultiple: !single });
      reasons.push(
        single
          ? '<single>true</single>: câu một đáp án'
          : '<single>false</single>: câu nhiều đáp án',
        'Phương án có fraction > 0 là đáp án đúng',
      );
      break;
    }
    case 'truefalse': {
      const right = answers.find((a) => fraction(a) > 0);
      const value = right ? /^(true|đúng)$/i.test(textOf(right).trim()) : null;
      built = buildChoiceQuestion({
        ...common,
        options: trueFalseOptions(value),
        declaredType: 'true_false',
      });
      break;
    }
    case 'shortanswer':
    case 'numerical': {
      const full = answers.filter((a) => fraction(a) >= 100);
      if (full.length < answers.filter((a) => fraction(a) > 0).length) {
        warnings.push('Câu trả lời được điểm một phần không được nhập');
      }
      if (type === 'numerical') {
        reasons.push('Câu dạng số (numerical): nhập thành câu điền từ với các giá trị đúng');
        for (const a of full) {
          const tol = parseFloat(textOf(child(a, 'tolerance')));
          if (Number.isFinite(tol) && tol > 0) {
            warnings.push(
              `Sai số cho phép ±${tol} của đáp án ${cleanMultiline(textOf(a))} chưa được hỗ trợ; chỉ chấp nhận đúng giá trị này`,
            );
          }
        }
      }
      if (type === 'shortanswer' && textOf(child(q, 'usecase')).trim() === '1') {
        warnings.push(
          'Moodle phân biệt chữ hoa/thường ở câu này (usecase); HoiThi so đáp án không phân biệt chữ hoa/thường',
        );
      }
      built = buildShortTextQuestion({
        ...common,
        acceptedAnswers: full.map((a) => cleanMultiline(textOf(a))),
      });
      break;
    }
    default:
      built = buildEssayQuestion(common);
  }
  ctx.items.push(toItem(ctx.items.length, built, { reasons, warnings, source: { line: at } }));
}

/**
 * Moodle XML: multichoice (single or multiple), truefalse, shortanswer, numerical, essay;
 * other types and descriptions named with their line. Read one question at a time
 * (moodle-xml-reader.ts), so memory follows the largest question, not the file.
 */
export function parseMoodleXml(text: string): ParseResult {
  const ctx: Context = { items: [], errors: [] };
  readMoodleQuestions(text, (q, line) => readQuestion(q, line, ctx));
  if (ctx.items.length === 0 && ctx.errors.length === 0) {
    ctx.errors.push({ message: 'Không tìm thấy câu hỏi nào trong tệp Moodle XML.' });
  }
  return { format: 'moodle_xml', items: ctx.items, errors: ctx.errors };
}
