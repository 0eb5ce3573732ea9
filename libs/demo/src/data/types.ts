/**
 * Shapes of the demo content. `QuestionInput` is a structural copy of the question-bank lib's
 * type (docs/api.md, "Question banks") so the demo data does not depend on that lib's index.
 */
export type QuestionType = 'single' | 'multiple' | 'true_false' | 'short_text' | 'essay';

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

export type DemoUnitKind =
  'province_federation' | 'district_federation' | 'sector_union' | 'grassroots';

export interface DemoUnit {
  code: string;
  name: string;
  kind: DemoUnitKind;
  parentCode: string | null;
  memberCount: number;
}

export interface DemoBank {
  title: string;
  theme: string;
  description: string;
  questions: QuestionInput[];
}
