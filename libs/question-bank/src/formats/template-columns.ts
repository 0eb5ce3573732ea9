import type { QuestionType } from '../question-input';
import { OPTION_LETTERS } from './question-builder';
import { headerKey, headerKeys } from './sheet-cells';

/**
 * The columns of HoiThi's question template (XLSX and CSV): header names in Vietnamese and
 * English, type names, difficulty names.
 */

/** Questions one template file may hold (issue 4: files up to 5,000 questions). */
export const TEMPLATE_MAX_QUESTIONS = 5000;

/** Template option columns: A–F as the template shows them, G–H when a question needs them. */
export const TEMPLATE_OPTION_LETTERS = OPTION_LETTERS.split('');

export type TemplateField =
  | 'type'
  | 'prompt'
  | 'correct'
  | 'explanation'
  | 'tags'
  | 'difficulty'
  | 'points'
  | `option${string}`;

/** Header names the template writes (Vietnamese), in column order; options are inserted after prompt. */
export const TEMPLATE_HEADERS = {
  type: 'Loại câu hỏi',
  prompt: 'Nội dung câu hỏi',
  option: (letter: string): string => `Phương án ${letter}`,
  correct: 'Đáp án đúng',
  explanation: 'Giải thích',
  tags: 'Chủ đề',
  difficulty: 'Mức độ',
  points: 'Điểm',
} as const;

const FIELD_ALIASES: Record<Exclude<TemplateField, `option${string}`>, string[]> = {
  type: ['type', 'question type', 'loai', 'loai cau hoi', 'kieu', 'kieu cau hoi', 'dang cau hoi'],
  prompt: [
    'prompt',
    'question',
    'question text',
    'cau hoi',
    'noi dung',
    'noi dung cau hoi',
    'de bai',
  ],
  correct: [
    'correct',
    'correct answer',
    'correct answers',
    'answer',
    'answers',
    'accepted answers',
    'dap an',
    'dap an dung',
    'dap an chinh xac',
  ],
  explanation: ['explanation', 'giai thich', 'loi giai'],
  tags: ['tags', 'tag', 'chu de', 'the', 'nhan', 'linh vuc'],
  difficulty: ['difficulty', 'level', 'muc do', 'do kho', 'cap do'],
  points: ['points', 'point', 'score', 'diem', 'so diem'],
};

function optionAliases(letter: string): string[] {
  const l = letter.toLowerCase();
  return [
    `option ${l}`,
    `phuong an ${l}`,
    `dap an ${l}`,
    `lua chon ${l}`,
    `answer ${l}`,
    `choice ${l}`,
    `pa ${l}`,
    l,
  ];
}

const ALIAS_TO_FIELD = new Map<string, TemplateField>();
for (const [field, aliases] of Object.entries(FIELD_ALIASES)) {
  for (const a of aliases) ALIAS_TO_FIELD.set(a, field as TemplateField);
}
for (const letter of TEMPLATE_OPTION_LETTERS) {
  for (const a of optionAliases(letter)) ALIAS_TO_FIELD.set(a, `option${letter}`);
}

export type TemplateColumns = Partial<Record<TemplateField, number>>;

/** Maps a header row to template fields; null unless it has a prompt column and one more field. */
export function matchTemplateHeader(cells: string[]): TemplateColumns | null {
  const columns: TemplateColumns = {};
  cells.forEach((cell, col) => {
    for (const key of headerKeys(cell)) {
      const field = ALIAS_TO_FIELD.get(key);
      if (field && columns[field] === undefined) {
        columns[field] = col;
        break;
      }
    }
  });
  if (columns.prompt === undefined) return null;
  return Object.keys(columns).length >= 2 ? columns : null;
}

/**
 * A type cell as organizers write it. "Multiple choice" and "Trắc nghiệm" mean a choice
 * question as Quizizz, Google Forms and Moodle do: one answer or several, decided by how many
 * are marked correct ('choice'); "Checkbox" always several.
 */
export type TemplateType = QuestionType | 'choice';

const TYPE_ALIASES: Record<TemplateType, string[]> = {
  single: [
    'single',
    'single choice',
    'single answer',
    'one answer',
    'radio',
    'mot dap an',
    '1 dap an',
    'mot lua chon',
    'trac nghiem mot dap an',
    'trac nghiem 1 dap an',
    'chon mot',
    'chon 1',
  ],
  choice: ['multiple choice', 'mcq', 'choice', 'quiz', 'trac nghiem', 'trac nghiem khach quan'],
  multiple: [
    'multiple',
    'checkbox',
    'checkboxes',
    'multiple answer',
    'multiple answers',
    'multiple response',
    'multi select',
    'multiple select',
    'nhieu dap an',
    'nhieu lua chon',
    'trac nghiem nhieu dap an',
    'chon nhieu',
  ],
  true_false: ['true false', 'true or false', 'tf', 'dung sai', 'dung hay sai', 'dung hoac sai'],
  short_text: [
    'short text',
    'short answer',
    'fill in the blank',
    'fill in the blanks',
    'fill in blank',
    'type answer',
    'tu luan ngan',
    'dien tu',
    'dien khuyet',
    'dien vao cho trong',
    'tra loi ngan',
    'cau tra loi ngan',
  ],
  essay: ['essay', 'open ended', 'open ended question', 'paragraph', 'tu luan', 'tu luan dai'],
};
const TYPE_BY_KEY = new Map<string, TemplateType>();
for (const [type, aliases] of Object.entries(TYPE_ALIASES)) {
  for (const a of aliases) TYPE_BY_KEY.set(a, type as TemplateType);
}

/**
 * A type cell ("Một đáp án", "Đúng/Sai", "Multiple-choice", "Checkbox", "short_text") → the
 * type; 'choice' when the count of correct answers decides; null when unknown.
 */
export function parseTemplateType(s: string): TemplateType | null {
  return TYPE_BY_KEY.get(headerKey(s)) ?? null;
}

/** Type names the template writes. */
export const TEMPLATE_TYPE_LABELS: Record<QuestionType, string> = {
  single: 'Một đáp án',
  multiple: 'Nhiều đáp án',
  true_false: 'Đúng/Sai',
  short_text: 'Điền từ',
  essay: 'Tự luận',
};

/** Difficulty cells: 1–3 or their Vietnamese and English names. */
export const DIFFICULTY_BY_KEY = new Map<string, 1 | 2 | 3>([
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['de', 1],
  ['co ban', 1],
  ['easy', 1],
  ['trung binh', 2],
  ['medium', 2],
  ['kho', 3],
  ['nang cao', 3],
  ['hard', 3],
]);
