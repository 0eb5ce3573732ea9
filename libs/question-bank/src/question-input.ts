/**
 * The shape of a question as authors write it (docs/api.md, "Question banks"): the body of
 * `POST /api/banks/:bankId/questions`, a row of the Excel template, an item of an import preview.
 */
export const QUESTION_TYPES = ['single', 'multiple', 'true_false', 'short_text', 'essay'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface OptionInput {
  text: string;
  correct: boolean;
}

export interface QuestionInput {
  type: QuestionType;
  prompt: string;
  options?: OptionInput[];
  acceptedAnswers?: string[];
  explanation?: string;
  tags?: string[];
  difficulty?: 1 | 2 | 3;
  points?: number;
}
