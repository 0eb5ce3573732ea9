import { useId } from 'react';
import type { AnswerValue, AttemptQuestion } from '../../api/types';
import { useT } from '../../messages';
import type { SaveState } from './answer-grid';

export interface QuestionViewProps {
  question: Pick<AttemptQuestion, 'id' | 'type' | 'prompt' | 'options'>;
  index: number;
  total: number;
  answer: AnswerValue | undefined;
  onChange: (answer: AnswerValue) => void;
  onTextBlur?: () => void;
  saveState?: SaveState;
  disabled?: boolean;
}

const LETTERS = 'ABCDEFGHIJ';

/**
 * One question as the phone shows it: the prompt, then big options (radio buttons for one
 * answer, check boxes for several), or a text box. Question text is always rendered as text.
 * Also used by the organizers' live preview.
 */
export function QuestionView({
  question,
  index,
  total,
  answer,
  onChange,
  onTextBlur,
  saveState,
  disabled,
}: QuestionViewProps) {
  const t = useT();
  const id = useId();
  const promptId = `${id}-prompt`;
  const selected = new Set(answer?.optionIds ?? []);
  const multiple = question.type === 'multiple';

  const toggle = (optionId: string) => {
    if (multiple) {
      const next = new Set(selected);
      if (next.has(optionId)) next.delete(optionId);
      else next.add(optionId);
      onChange({ optionIds: question.options.map((o) => o.id).filter((o) => next.has(o)) });
    } else {
      onChange({ optionIds: [optionId] });
    }
  };

  return (
    <section className="question" aria-labelledby={promptId} data-question-id={question.id}>
      <header className="question__head">
        <span className="question__number">{t('quiz.questionOf', { n: index + 1, total })}</span>
        {saveState && saveState !== 'unanswered' && (
          <span
            className={`save-state save-state--${saveState}`}
            data-testid={`save-state-${index + 1}`}
          >
            {saveState === 'saved'
              ? t('grid.saved')
              : saveState === 'pending'
                ? t('grid.pending')
                : t('grid.error')}
          </span>
        )}
      </header>
      <h2 className="question__prompt" id={promptId}>
        {question.prompt}
      </h2>
      {multiple && <p className="question__hint">{t('quiz.multipleHint')}</p>}

      {question.type === 'short_text' || question.type === 'essay' ? (
        <label className="field">
          <span className="field__label">{t('quiz.yourAnswer')}</span>
          {question.type === 'essay' ? (
            <textarea
              className="input input--area"
              rows={6}
              value={answer?.text ?? ''}
              disabled={disabled}
              onChange={(e) => onChange({ text: e.target.value })}
              onBlur={onTextBlur}
            />
          ) : (
            <input
              className="input"
              type="text"
              autoComplete="off"
              value={answer?.text ?? ''}
              disabled={disabled}
              onChange={(e) => onChange({ text: e.target.value })}
              onBlur={onTextBlur}
            />
          )}
        </label>
      ) : (
        <fieldset className="options" aria-labelledby={promptId}>
          {question.options.map((option, i) => {
            const checked = selected.has(option.id);
            return (
              <label key={option.id} className={`option${checked ? ' option--checked' : ''}`}>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`${id}-q`}
                  value={option.id}
                  checked={checked}
                  disabled={disabled}
                  onChange={() => toggle(option.id)}
                />
                <span className="option__letter" aria-hidden="true">
                  {LETTERS[i] ?? i + 1}
                </span>
                <span className="option__text">{option.text}</span>
              </label>
            );
          })}
        </fieldset>
      )}
    </section>
  );
}
