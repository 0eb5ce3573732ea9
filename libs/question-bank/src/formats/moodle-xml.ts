import { XMLParser } from 'fast-xml-parser';
import type { OptionInput } from '../question-input';
import { cleanMultiline, htmlToText } from './plain-text';
import {
  buildChoiceQuestion,
  buildEssayQuestion,
  buildShortTextQuestion,
  toItem,
  trueFalseOptions,
  type BuiltQuestion,
} from './question-builder';
import { QuestionFileError } from './question-file-error';
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

type XmlValue = string | number | boolean | XmlNode | XmlValue[] | undefined;
interface XmlNode {
  [key: string]: XmlValue;
}

function isNode(v: XmlValue): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: XmlValue): XmlValue[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** The text of `<x><text>…</text></x>`, `<text>…</text>` or a plain value. */
function textOf(v: XmlValue): string {
  if (v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map(textOf).join('');
  if (v.text !== undefined) return textOf(v.text);
  if (v['#text'] !== undefined) return textOf(v['#text']);
  return '';
}

/** An attribute value (attributes are always strings here; anything else counts as absent). */
function attr(node: XmlNode, name: string): string | undefined {
  const v = node[`@_${name}`];
  return typeof v === 'string' ? v : undefined;
}

function formatted(v: XmlValue): { text: string; hadImage: boolean } {
  const format = isNode(v) ? (attr(v, 'format') ?? 'html') : 'html';
  const raw = textOf(v);
  if (format === 'plain_text' || format === 'markdown') {
    return { text: cleanMultiline(raw), hadImage: false };
  }
  return htmlToText(raw);
}

const SUPPORTED = new Set(['multichoice', 'truefalse', 'shortanswer', 'numerical', 'essay']);
const IGNORED = new Set(['category', 'description']);

/** Moodle XML: multichoice (single or multiple), truefalse, shortanswer, numerical, essay. */
export function parseMoodleXml(text: string): ParseResult {
  if (/<!ENTITY/i.test(text)) {
    throw new QuestionFileError(
      'CORRUPT_FILE',
      'Tệp XML chứa khai báo ENTITY, không được chấp nhận.',
    );
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    htmlEntities: true,
    isArray: (name) => name === 'question' || name === 'answer' || name === 'tag',
  });
  let doc: XmlValue;
  try {
    doc = parser.parse(text) as XmlValue;
  } catch {
    throw new QuestionFileError('CORRUPT_FILE', 'Tệp XML bị lỗi cú pháp, không đọc được.');
  }
  const quiz = isNode(doc) ? doc.quiz : undefined;
  const questions = isNode(quiz) ? asArray(quiz.question) : [];
  // Line of each <question> in the file, for the preview.
  const lines: number[] = [];
  const re = /<question[\s>]/g;
  let m: RegExpExecArray | null;
  let line = 1;
  let last = 0;
  while ((m = re.exec(text)) !== null) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    lines.push(line);
  }

  const items: ParsedItem[] = [];
  const errors: ParseError[] = [];
  questions.forEach((q, qi) => {
    if (!isNode(q)) return;
    const type = attr(q, 'type') ?? '';
    const at = lines[qi];
    if (IGNORED.has(type)) return;
    const name = textOf(q.name).trim();
    if (!SUPPORTED.has(type)) {
      errors.push({
        row: at,
        message: `Dòng ${at}: câu hỏi "${name}" thuộc loại "${type}" chưa được hỗ trợ; đã bỏ qua.`,
      });
      return;
    }
    const stem = formatted(q.questiontext);
    const prompt = stem.text || name;
    const explanation = formatted(q.generalfeedback).text;
    const tags = isNode(q.tags)
      ? asArray(q.tags.tag)
          .map((t) => textOf(t).trim())
          .filter(Boolean)
      : [];
    const grade = parseFloat(textOf(q.defaultgrade));
    const common = {
      prompt,
      tags,
      ...(explanation ? { explanation } : {}),
      ...(Number.isFinite(grade) && grade > 0 && grade !== 1 ? { points: grade } : {}),
    };
    const reasons = [`Câu hỏi Moodle loại "${type}"${name ? ` (${name})` : ''}`];
    const warnings: string[] = [];
    if (stem.hadImage) warnings.push('Câu hỏi có hình ảnh; ảnh không được nhập, cần kiểm tra lại');
    const answers = asArray(q.answer).filter(isNode);
    const fraction = (a: XmlNode): number => parseFloat(attr(a, 'fraction') ?? '0') || 0;
    if (answers.some((a) => textOf(a.feedback).trim())) {
      warnings.push('Phản hồi riêng của từng phương án không được nhập');
    }
    let built: BuiltQuestion;
    switch (type) {
      case 'multichoice': {
        const single = !/^(false|0)$/i.test(textOf(q.single).trim());
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
          warnings.push('Câu hỏi dạng số được chuyển thành câu điền từ; sai số cho phép bị bỏ qua');
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
    items.push(toItem(items.length, built, { reasons, warnings, source: { line: at } }));
  });
  if (items.length === 0 && errors.length === 0) {
    errors.push({ message: 'Không tìm thấy câu hỏi nào trong tệp Moodle XML.' });
  }
  return { format: 'moodle_xml', items, errors };
}
