import type { AnswerValue, AttemptQuestion, PracticeFeedback } from '../../api/types';
import { usePracticeT } from './messages';

const LETTERS = 'ABCDEFGHIJ';

/** Option ids as the person saw them: "B. Text", joined; in the order shown. */
export function optionsText(
  question: Pick<AttemptQuestion, 'options'>,
  optionIds: readonly string[],
): string {
  const chosen = new Set(optionIds);
  return question.options
    .map((o, i) => (chosen.has(o.id) ? `${LETTERS[i] ?? i + 1}. ${o.text}` : null))
    .filter((s): s is string => s !== null)
    .join('; ');
}

/** The right answer as text: the correct options, or the accepted answers of a short text. */
export function rightAnswerText(
  question: Pick<AttemptQuestion, 'options' | 'type'>,
  feedback: PracticeFeedback,
): string {
  if (question.type === 'short_text') return (feedback.acceptedAnswers ?? []).join(' / ');
  return optionsText(question, feedback.correctOptionIds);
}

export function answerText(
  question: Pick<AttemptQuestion, 'options' | 'type'>,
  answer: AnswerValue | undefined,
): string {
  if (!answer) return '';
  if (question.type === 'short_text' || question.type === 'essay') return answer.text ?? '';
  return optionsText(question, answer.optionIds ?? []);
}

/** Practice only: whether the answer was right, the right answer and its explanation. */
export function PracticeFeedbackBox({
  question,
  feedback,
}: {
  question: Pick<AttemptQuestion, 'options' | 'type'>;
  feedback: PracticeFeedback;
}) {
  const pt = usePracticeT();
  return (
    <div
      className={`alert ${feedback.correct ? 'alert--success' : 'alert--warn'} practice-feedback`}
      role="status"
      data-testid="practice-feedback"
    >
      <p className="strong">{feedback.correct ? pt('practice.right') : pt('practice.wrong')}</p>
      <p>{pt('practice.answerIs', { answer: rightAnswerText(question, feedback) })}</p>
      {feedback.explanation && (
        <p className="pre">{pt('practice.explanation', { text: feedback.explanation })}</p>
      )}
    </div>
  );
}
