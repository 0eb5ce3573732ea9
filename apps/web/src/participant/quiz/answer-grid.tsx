import { useT } from '../../messages';

export type SaveState = 'unanswered' | 'saved' | 'pending' | 'error';

export interface AnswerGridProps {
  /** One state per question, in question order. */
  states: SaveState[];
  current: number;
  onJump: (index: number) => void;
  /** The prediction question, shown as an extra cell when the contest asks it. */
  prediction?: { answered: boolean; onJump: () => void; current?: boolean };
}

/**
 * The numbered grid: which questions are answered (and saved on the server), which are not.
 * Each cell says its state in words for screen readers, not only in colour.
 */
export function AnswerGrid({ states, current, onJump, prediction }: AnswerGridProps) {
  const t = useT();
  const answered = states.filter((s) => s !== 'unanswered').length;
  const label = (s: SaveState) =>
    s === 'unanswered'
      ? t('grid.unanswered')
      : s === 'saved'
        ? t('grid.saved')
        : s === 'pending'
          ? t('grid.pending')
          : t('grid.error');
  return (
    <nav className="answer-grid" aria-label={t('grid.title')}>
      <p className="answer-grid__summary">
        {t('grid.summary', { answered, total: states.length })}
      </p>
      <ol className="answer-grid__cells">
        {states.map((state, i) => (
          <li key={i}>
            <button
              type="button"
              className={`grid-cell grid-cell--${state}${i === current ? ' grid-cell--current' : ''}`}
              aria-current={i === current ? 'step' : undefined}
              aria-label={t('grid.cell', { n: i + 1, state: label(state) })}
              onClick={() => onJump(i)}
            >
              {i + 1}
            </button>
          </li>
        ))}
        {prediction && (
          <li>
            <button
              type="button"
              className={`grid-cell grid-cell--wide grid-cell--${prediction.answered ? 'saved' : 'unanswered'}${prediction.current ? ' grid-cell--current' : ''}`}
              aria-current={prediction.current ? 'step' : undefined}
              aria-label={`${t('quiz.predictionShort')}: ${
                prediction.answered ? t('grid.answered') : t('grid.unanswered')
              }`}
              onClick={prediction.onJump}
            >
              {t('quiz.predictionShort')}
            </button>
          </li>
        )}
      </ol>
      <ul className="answer-grid__legend" aria-hidden="true">
        <li>
          <span className="grid-dot grid-dot--saved" /> {t('grid.saved')}
        </li>
        <li>
          <span className="grid-dot grid-dot--pending" /> {t('grid.pending')}
        </li>
        <li>
          <span className="grid-dot grid-dot--unanswered" /> {t('grid.unanswered')}
        </li>
      </ul>
    </nav>
  );
}
