import type { QuestionInput } from '../question-input';
import { isChoiceType, type PreparedQuestion } from './prepare-question';

/**
 * The fields of a question an edit may change (PATCH body): any subset of the authoring shape;
 * `explanation: null` removes the explanation.
 */
export type QuestionEdit = Omit<Partial<QuestionInput>, 'explanation'> & {
  explanation?: string | null;
};

/**
 * The full question an edit describes: the current version with the edited fields replaced.
 * Switching to a type that has no options (or no accepted answers) drops the ones it no longer
 * uses, unless the edit sets them explicitly (then validation says what is wrong).
 */
export function mergeQuestionEdit(current: PreparedQuestion, edit: QuestionEdit): QuestionInput {
  const type = edit.type ?? current.type;
  const typeChanged = edit.type !== undefined && edit.type !== current.type;
  let options = edit.options ?? current.options;
  let acceptedAnswers = edit.acceptedAnswers ?? current.acceptedAnswers ?? undefined;
  if (typeChanged && edit.options === undefined && !isChoiceType(type)) options = [];
  if (typeChanged && edit.acceptedAnswers === undefined && type !== 'short_text')
    acceptedAnswers = undefined;
  return {
    type,
    prompt: edit.prompt ?? current.prompt,
    options,
    acceptedAnswers,
    explanation:
      edit.explanation === null
        ? undefined
        : (edit.explanation ?? current.explanation ?? undefined),
    tags: edit.tags ?? current.tags,
    difficulty: edit.difficulty ?? current.difficulty,
    points: edit.points ?? current.points,
  };
}

/** True when two prepared questions would be stored identically (an edit that changes nothing). */
export function sameQuestionContent(a: PreparedQuestion, b: PreparedQuestion): boolean {
  return (
    a.type === b.type &&
    a.prompt === b.prompt &&
    a.explanation === b.explanation &&
    a.difficulty === b.difficulty &&
    a.points === b.points &&
    sameList(a.tags, b.tags) &&
    sameList(a.acceptedAnswers ?? [], b.acceptedAnswers ?? []) &&
    (a.acceptedAnswers === null) === (b.acceptedAnswers === null) &&
    a.options.length === b.options.length &&
    a.options.every((o, i) => o.text === b.options[i].text && o.correct === b.options[i].correct)
  );
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
