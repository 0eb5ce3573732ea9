import type { OptionInput } from '../question-input';
import { detectLegacyFont } from './core-text';
import {
  formattingSignals,
  lettersOf,
  quote,
  resolveAnswer,
  sameSet,
  type Signal,
} from './docx-answers';
import { mediaWarnings, type QuestionDraft } from './docx-draft';
import type { KeyPair } from './docx-patterns';
import { hasTrueFalseHint, parseTruthList } from './docx-true-false';
import { collapseSpaces } from './plain-text';
import {
  buildChoiceQuestion,
  buildEssayQuestion,
  buildShortTextQuestion,
  letterOf,
  parseTruthValue,
  toItem,
  trueFalseOptions,
  type BuiltQuestion,
} from './question-builder';
import type { ParsedItem, ParseError } from './types';

export interface KeyEntry extends KeyPair {
  where: string;
  /** Number of questions read before this entry. */
  position: number;
}

export interface BuildContext {
  /** Questions in the document (an answer key after all of them is "cuối tài liệu"). */
  draftCount: number;
  mostlyChoice: boolean;
  errors: ParseError[];
}

function recognitionReason(d: QuestionDraft): string {
  if (d.tableRow !== undefined) return `Hàng ${d.tableRow} của bảng câu hỏi (đoạn ${d.paragraph})`;
  if (d.auto) return `Đánh số tự động của Word: "${d.label}" (đoạn ${d.paragraph})`;
  if (d.label) return `Nhận diện câu hỏi từ "${d.label}" (đoạn ${d.paragraph})`;
  return `Đoạn ${d.paragraph} có các phương án A, B… ngay sau nên được coi là câu hỏi`;
}

/**
 * Statements a)–d) with lower-case labels, in a section or under a stem that announces
 * true/false statements, or answered by a line of truth values ("a) Đúng; b) Sai…").
 */
function isTrueFalseGroup(d: QuestionDraft): boolean {
  if (d.options.length < 2 || !d.options.every((o) => o.lowerLabel)) return false;
  if (d.trueFalseHint || d.stem.some(hasTrueFalseHint)) return true;
  return !!d.answer && parseTruthList(d.answer.value, d.options.length) !== null;
}

function trueFalseGroup(
  d: QuestionDraft,
  first: number,
  common: { prompt: string; explanation?: string },
  reasons: string[],
  warnings: string[],
): ParsedItem[] {
  const truths = d.answer ? parseTruthList(d.answer.value, d.options.length) : null;
  const groupWarnings = [...warnings];
  if (d.answer && !truths) {
    groupWarnings.push(`${d.answer.reason} không ghi Đúng/Sai cho từng ý a), b)…`);
  }
  const groupReasons = [
    ...reasons,
    `Câu đúng/sai gồm ${d.options.length} ý: mỗi ý thành một câu đúng/sai, dùng chung phần dẫn`,
    ...(truths && d.answer ? [d.answer.reason] : []),
  ];
  return d.options.map((o, i) => {
    const letter = letterOf(i).toLowerCase();
    const built = buildChoiceQuestion({
      ...common,
      prompt: [common.prompt, `${letter}) ${o.text}`].filter(Boolean).join('\n'),
      options: trueFalseOptions(truths ? truths[i] : null),
      declaredType: 'true_false',
    });
    return toItem(first + i, built, {
      reasons: groupReasons,
      warnings: groupWarnings,
      source: { paragraph: o.line?.paragraph ?? d.paragraph },
    });
  });
}

/** The items one draft gives: usually one, a true/false group gives one per statement. */
export function buildDraftItems(
  d: QuestionDraft,
  key: KeyEntry | undefined,
  index: number,
  ctx: BuildContext,
): ParsedItem[] {
  const prompt = d.stem.map(collapseSpaces).filter(Boolean).join('\n');
  const reasons = [recognitionReason(d)];
  const warnings: string[] = mediaWarnings(d.media);
  for (const font of d.legacyFonts) {
    const enc = detectLegacyFont(font) === 'vni' ? 'VNI' : 'TCVN3';
    reasons.push(`Đã chuyển phông ${font} (${enc}) sang Unicode`);
  }
  const explanation = d.explanation.join('\n').trim();
  const common = { prompt, ...(explanation ? { explanation } : {}) };
  const keyWhere = (k: KeyEntry): string =>
    `Bảng đáp án${k.position >= ctx.draftCount ? ' cuối tài liệu' : ''}, ${k.where}`;
  let built: BuiltQuestion;

  if (d.options.length === 0) {
    if (d.answer) {
      const truth = parseTruthValue(d.answer.value);
      if (truth !== null) {
        built = buildChoiceQuestion({
          ...common,
          options: trueFalseOptions(truth),
          declaredType: 'true_false',
        });
        reasons.push(d.answer.reason, 'Không có phương án, đáp án Đúng/Sai: câu hỏi đúng/sai');
      } else {
        const answers = d.answer.value.split(/\s*[|;]\s*/).filter(Boolean);
        built = buildShortTextQuestion({ ...common, acceptedAnswers: answers });
        reasons.push(d.answer.reason, 'Không có phương án: câu điền từ với đáp án trên');
      }
    } else if (!ctx.mostlyChoice || key) {
      built = buildEssayQuestion(common);
      warnings.push('Không có phương án và đáp án: đề xuất câu tự luận');
      if (key)
        warnings.push(
          `${keyWhere(key)} ghi ${key.letters.join(', ')} nhưng câu hỏi không có phương án`,
        );
    } else {
      ctx.errors.push({
        row: d.paragraph,
        message: `Đoạn ${d.paragraph}: "${quote(`${d.label} ${prompt}`)}" không có phương án nên được coi là tiêu đề, không nhập.`,
      });
      return [];
    }
    return [toItem(index, built, { reasons, warnings, source: { paragraph: d.paragraph } })];
  }

  if (isTrueFalseGroup(d)) return trueFalseGroup(d, index, common, reasons, warnings);

  const options = d.options;
  const sources: Signal[] = [];
  if (d.answer) {
    const set = resolveAnswer(d.answer.value, options);
    if (set) sources.push({ set, reason: d.answer.reason, name: 'dòng đáp án', explicit: true });
    else warnings.push(`${d.answer.reason} không khớp phương án nào`);
  }
  if (key) {
    const set = new Set<number>();
    const missing: string[] = [];
    for (const l of key.letters) {
      const at = options.findIndex((o) => o.letter === l);
      if (at >= 0) set.add(at);
      else missing.push(l);
    }
    if (missing.length > 0) {
      warnings.push(
        `${keyWhere(key)} ghi ${missing.join(', ')} nhưng câu hỏi không có phương án này`,
      );
    } else sources.push({ set, reason: keyWhere(key), name: 'bảng đáp án', explicit: true });
  }
  const starred = new Set(options.flatMap((o, i) => (o.star ? [i] : [])));
  if (starred.size > 0) {
    sources.push({
      set: starred,
      reason: `Dấu * đánh dấu phương án ${lettersOf(starred)}`,
      name: 'dấu *',
      explicit: false,
    });
  }
  sources.push(...formattingSignals(options));

  const chosen = sources[0];
  if (chosen) {
    reasons.push(chosen.reason);
    const seen = new Set<string>();
    for (const other of sources.slice(1)) {
      if (sameSet(other.set, chosen.set) || seen.has(other.name)) continue;
      seen.add(other.name);
      warnings.push(
        `Đánh dấu khác nhau: ${other.name} chỉ phương án ${lettersOf(other.set)}, đã chọn ${lettersOf(chosen.set)} theo ${chosen.name}`,
      );
    }
  }
  const opts: OptionInput[] = options.map((o, i) => ({
    text: o.text,
    correct: !!chosen?.set.has(i),
  }));
  options.forEach((o, i) => {
    if (o.letter !== letterOf(i) && !o.bullet) {
      warnings.push(`Nhãn phương án ${o.letter} không theo thứ tự (mong đợi ${letterOf(i)})`);
    }
  });
  // An answer line or table naming several letters states a multiple-answer question;
  // several formatting marks only suggest one (and get a warning).
  const stated = !!chosen && chosen.explicit && chosen.set.size > 1;
  built = buildChoiceQuestion({
    ...common,
    options: opts,
    declaredMultiple: d.multiHint || d.sectionMulti || stated,
  });
  if (stated) reasons.push(`Đáp án ghi ${chosen.set.size} phương án: câu nhiều đáp án`);
  return [toItem(index, built, { reasons, warnings, source: { paragraph: d.paragraph } })];
}
