import type { OptionDraft } from './docx-answers';
import type { DocLine, DocMedia } from './docx-reader';

export interface AnswerNote {
  value: string;
  /** How the reason names it: "Dòng 'Đáp án: B'". */
  reason: string;
}

/** A question as read so far from a Word document, before its answer is decided. */
export interface QuestionDraft {
  number: number | null;
  label: string;
  auto: boolean;
  paragraph: number;
  tableRow?: number;
  stem: string[];
  multiHint: boolean;
  sectionMulti: boolean;
  /** The section or the stem says its statements a)–d) are each true or false. */
  trueFalseHint: boolean;
  options: OptionDraft[];
  answer?: AnswerNote;
  explanation: string[];
  legacyFonts: Set<string>;
  media: DocMedia;
}

export function newDraft(
  fields: Pick<QuestionDraft, 'number' | 'label' | 'auto' | 'paragraph' | 'stem'> &
    Partial<QuestionDraft>,
): QuestionDraft {
  return {
    multiHint: false,
    sectionMulti: false,
    trueFalseHint: false,
    options: [],
    explanation: [],
    legacyFonts: new Set(),
    media: { images: 0, equations: 0, objects: 0 },
    ...fields,
  };
}

/** Records what a line brings to its question besides text: its legacy font and its media. */
export function absorbLine(draft: QuestionDraft, line: DocLine): void {
  if (line.legacyFont) draft.legacyFonts.add(line.legacyFont);
  if (line.media) {
    draft.media.images += line.media.images;
    draft.media.equations += line.media.equations;
    draft.media.objects += line.media.objects;
  }
}

/** The warnings that name what the question's text could not carry (issue 17). */
export function mediaWarnings(media: DocMedia): string[] {
  const warnings: string[] = [];
  if (media.images > 0) {
    warnings.push(
      `Câu hỏi có ${media.images} hình ảnh trong tệp Word; ảnh chưa được nhập, cần thêm lại sau khi nhập`,
    );
  }
  if (media.equations > 0) {
    warnings.push(
      `Câu hỏi có ${media.equations} công thức (Equation); công thức được nhập thành chữ thường, cần kiểm tra lại`,
    );
  }
  if (media.objects > 0) {
    warnings.push(
      `Câu hỏi có ${media.objects} đối tượng nhúng (công thức MathType, hình vẽ…) không được nhập, cần kiểm tra lại`,
    );
  }
  return warnings;
}
