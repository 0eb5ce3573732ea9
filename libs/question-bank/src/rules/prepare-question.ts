import { QUESTION_TYPES, type QuestionInput, type QuestionType } from '../question-input';
import { compareKey } from './search-text';

/** One problem with a question, addressed by field path (`options.2.text`), in Vietnamese. */
export type FieldError = {
  field: string;
  message: string;
};

export const QUESTION_LIMITS = {
  promptMaxLength: 5000,
  optionMaxLength: 1000,
  explanationMaxLength: 5000,
  minOptions: 2,
  maxOptions: 8,
  maxAcceptedAnswers: 20,
  acceptedAnswerMaxLength: 1000,
  maxTags: 20,
  tagMaxLength: 50,
  maxPoints: 100,
  defaultDifficulty: 2,
  defaultPoints: 1,
} as const;

export type Difficulty = 1 | 2 | 3;

/** A question as stored: trimmed, defaults applied, tags normalised. */
export interface PreparedQuestion {
  type: QuestionType;
  prompt: string;
  /** Empty for `short_text` and `essay`. */
  options: Array<{ text: string; correct: boolean }>;
  /** Only for `short_text`; null otherwise. */
  acceptedAnswers: string[] | null;
  explanation: string | null;
  tags: string[];
  difficulty: Difficulty;
  points: number;
}

export interface PrepareResult {
  /** Null when there is at least one error. */
  question: PreparedQuestion | null;
  errors: FieldError[];
}

const CHOICE_TYPES: ReadonlySet<QuestionType> = new Set(['single', 'multiple', 'true_false']);

export function isChoiceType(type: QuestionType): boolean {
  return CHOICE_TYPES.has(type);
}

/** A, B, … as organizers name options; beyond H (never valid) the number. */
export function optionLabel(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}

const fmt = (n: number) => n.toLocaleString('de-DE'); // 5.000 — Vietnamese thousands separator

const isText = (value: unknown): value is string => typeof value === 'string';

/** Tags are labels, not prose: trimmed, inner spaces collapsed, lower-case, without repeats. */
export function normalizeTags(tags: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    if (!isText(tag)) continue;
    const t = tag.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('vi');
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

/**
 * Checks a question against the rules of its type and returns it as it will be stored.
 * Defensive about shapes, because inputs also come from parsed files, not only from validated
 * request bodies. Text is stored as written (only the ends are trimmed): it is plain text,
 * never HTML, and clients render it as text.
 */
export function prepareQuestion(input: QuestionInput): PrepareResult {
  const errors: FieldError[] = [];
  const err = (field: string, message: string) => errors.push({ field, message });
  const raw = (input ?? {}) as Partial<Record<keyof QuestionInput, unknown>>;

  const type = raw.type as QuestionType;
  const knownType = (QUESTION_TYPES as readonly unknown[]).includes(raw.type);
  if (!knownType) {
    err(
      'type',
      `Loại câu hỏi không hợp lệ: dùng một trong ${QUESTION_TYPES.join(', ')} ` +
        '(một đáp án, nhiều đáp án, đúng/sai, trả lời ngắn, tự luận)',
    );
  }

  const prompt = isText(raw.prompt) ? raw.prompt.trim() : '';
  if (!prompt) err('prompt', 'Nội dung câu hỏi không được để trống');
  else if (prompt.length > QUESTION_LIMITS.promptMaxLength)
    err('prompt', `Nội dung câu hỏi dài quá ${fmt(QUESTION_LIMITS.promptMaxLength)} ký tự`);

  const rawOptions = Array.isArray(raw.options) ? (raw.options as unknown[]) : [];
  if (raw.options !== undefined && raw.options !== null && !Array.isArray(raw.options))
    err('options', 'Danh sách phương án không hợp lệ');
  const options = rawOptions.map((o) => {
    const opt = (o ?? {}) as { text?: unknown; correct?: unknown };
    return { text: isText(opt.text) ? opt.text.trim() : '', correct: opt.correct === true };
  });

  const rawAccepted = Array.isArray(raw.acceptedAnswers) ? (raw.acceptedAnswers as unknown[]) : [];
  const acceptedAnswers: string[] = [];
  for (const a of rawAccepted) {
    const t = isText(a) ? a.trim() : '';
    if (t && !acceptedAnswers.includes(t)) acceptedAnswers.push(t);
  }

  if (knownType && isChoiceType(type)) {
    checkOptions(type, options, err);
    if (acceptedAnswers.length)
      err(
        'acceptedAnswers',
        'Câu hỏi trắc nghiệm chấm theo phương án đúng, không dùng danh sách đáp án chấp nhận',
      );
  } else if (knownType && type === 'short_text') {
    if (options.length)
      err('options', 'Câu trả lời ngắn không có phương án lựa chọn (dùng đáp án chấp nhận)');
    if (!acceptedAnswers.length)
      err('acceptedAnswers', 'Câu trả lời ngắn cần ít nhất 1 đáp án được chấp nhận');
    if (acceptedAnswers.length > QUESTION_LIMITS.maxAcceptedAnswers)
      err('acceptedAnswers', `Tối đa ${QUESTION_LIMITS.maxAcceptedAnswers} đáp án được chấp nhận`);
    acceptedAnswers.forEach((a, i) => {
      if (a.length > QUESTION_LIMITS.acceptedAnswerMaxLength)
        err(
          `acceptedAnswers.${i}`,
          `Đáp án chấp nhận thứ ${i + 1} dài quá ${fmt(QUESTION_LIMITS.acceptedAnswerMaxLength)} ký tự`,
        );
    });
  } else if (knownType && type === 'essay') {
    if (options.length) err('options', 'Câu tự luận không có phương án lựa chọn');
    if (acceptedAnswers.length)
      err(
        'acceptedAnswers',
        'Câu tự luận do ban giám khảo chấm, không có đáp án chấp nhận (ghi hướng dẫn chấm vào phần giải thích)',
      );
  }

  let explanation: string | null = null;
  if (raw.explanation !== undefined && raw.explanation !== null) {
    if (!isText(raw.explanation)) err('explanation', 'Giải thích phải là văn bản');
    else {
      explanation = raw.explanation.trim() || null;
      if (explanation && explanation.length > QUESTION_LIMITS.explanationMaxLength)
        err('explanation', `Giải thích dài quá ${fmt(QUESTION_LIMITS.explanationMaxLength)} ký tự`);
    }
  }

  let tags: string[] = [];
  if (raw.tags !== undefined && raw.tags !== null) {
    if (!Array.isArray(raw.tags)) err('tags', 'Thẻ phải là một danh sách');
    else {
      tags = normalizeTags(raw.tags as unknown[]);
      if (tags.length > QUESTION_LIMITS.maxTags)
        err(
          'tags',
          `Tối đa ${QUESTION_LIMITS.maxTags} thẻ cho một câu hỏi (đang có ${tags.length})`,
        );
      tags.forEach((t, i) => {
        if (t.length > QUESTION_LIMITS.tagMaxLength)
          err(
            `tags.${i}`,
            `Thẻ "${t.slice(0, 20)}…" dài quá ${QUESTION_LIMITS.tagMaxLength} ký tự`,
          );
      });
    }
  }

  let difficulty: Difficulty = QUESTION_LIMITS.defaultDifficulty;
  if (raw.difficulty !== undefined && raw.difficulty !== null) {
    if (raw.difficulty === 1 || raw.difficulty === 2 || raw.difficulty === 3)
      difficulty = raw.difficulty;
    else err('difficulty', 'Độ khó phải là 1 (dễ), 2 (trung bình) hoặc 3 (khó)');
  }

  let points: number = QUESTION_LIMITS.defaultPoints;
  if (raw.points !== undefined && raw.points !== null) {
    const p = raw.points;
    if (typeof p !== 'number' || !Number.isFinite(p) || p <= 0 || p > QUESTION_LIMITS.maxPoints)
      err('points', `Điểm phải lớn hơn 0 và không quá ${QUESTION_LIMITS.maxPoints}`);
    else if (Math.abs(p * 100 - Math.round(p * 100)) > 1e-9)
      err('points', 'Điểm có tối đa 2 chữ số thập phân');
    else points = p;
  }

  if (errors.length) return { question: null, errors };
  const choice = isChoiceType(type);
  return {
    question: {
      type,
      prompt,
      options: choice ? options : [],
      acceptedAnswers: type === 'short_text' ? acceptedAnswers : null,
      explanation,
      tags,
      difficulty,
      points,
    },
    errors,
  };
}

/** The rules of issue 4 as a list of problems; empty when the question can be saved. */
export function validateQuestion(input: QuestionInput): FieldError[] {
  return prepareQuestion(input).errors;
}

function checkOptions(
  type: QuestionType,
  options: Array<{ text: string; correct: boolean }>,
  err: (field: string, message: string) => void,
): void {
  const { minOptions, maxOptions, optionMaxLength } = QUESTION_LIMITS;
  if (type === 'true_false') {
    if (options.length !== 2)
      err('options', `Câu hỏi đúng/sai cần đúng 2 phương án (đang có ${options.length})`);
  } else if (options.length < minOptions || options.length > maxOptions) {
    err(
      'options',
      `Câu hỏi trắc nghiệm cần từ ${minOptions} đến ${maxOptions} phương án (đang có ${options.length})`,
    );
  }

  const seen = new Map<string, number>();
  options.forEach((o, i) => {
    const label = optionLabel(i);
    if (!o.text) {
      err(`options.${i}.text`, `Phương án ${label} không được để trống`);
      return;
    }
    if (o.text.length > optionMaxLength)
      err(`options.${i}.text`, `Phương án ${label} dài quá ${fmt(optionMaxLength)} ký tự`);
    const key = compareKey(o.text);
    const first = seen.get(key);
    if (first !== undefined)
      err(`options.${i}.text`, `Phương án ${label} trùng với phương án ${optionLabel(first)}`);
    else seen.set(key, i);
  });

  if (!options.length) return;
  const correct = options.filter((o) => o.correct).length;
  if (type === 'single' && correct !== 1)
    err(
      'options',
      correct === 0
        ? 'Câu hỏi một đáp án phải có 1 phương án đúng (chưa đánh dấu phương án đúng nào)'
        : `Câu hỏi một đáp án chỉ được có 1 phương án đúng (đang có ${correct}); dùng loại "multiple" nếu có nhiều đáp án đúng`,
    );
  if (type === 'multiple' && correct < 1)
    err('options', 'Câu hỏi nhiều đáp án phải có ít nhất 1 phương án đúng');
  if (type === 'true_false' && correct !== 1)
    err('options', `Câu hỏi đúng/sai phải có đúng 1 phương án đúng (đang có ${correct})`);
}
