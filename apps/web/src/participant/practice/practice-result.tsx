import { Link } from '../../lib/router';
import type { Attempt } from '../../api/types';
import { formatDuration, formatNumber } from '../../lib/format';
import { useT } from '../../messages';
import { usePracticeT } from './messages';
import { answerText, PracticeFeedbackBox } from './practice-feedback';

/** The end of a practice attempt: score (never counted) and every question's right answer. */
export function PracticeResult({ attempt }: { attempt: Attempt }) {
  const t = useT();
  const pt = usePracticeT();
  const r = attempt.result;
  if (!r) return null;
  const contestLink = attempt.contestId ? `/cuoc-thi/${attempt.contestId}` : '/';
  return (
    <div className="page" data-testid="practice-result">
      <h1>{pt('practice.resultTitle')}</h1>
      <p className="muted">{pt('practice.resultNote')}</p>
      <dl className="result" data-testid="result">
        <div className="result__item result__item--big">
          <dt>{t('result.score')}</dt>
          <dd data-testid="result-score">
            {formatNumber(r.score)}/{formatNumber(r.maxScore)}
          </dd>
        </div>
        <div className="result__item result__item--big">
          <dt>{t('result.correct')}</dt>
          <dd data-testid="result-correct">
            {r.correctCount}/{r.questionCount}
          </dd>
        </div>
        <div className="result__item">
          <dt>{t('result.time')}</dt>
          <dd>{formatDuration(r.durationMs)}</dd>
        </div>
      </dl>
      <section aria-labelledby="review-title">
        <h2 id="review-title">{pt('practice.review')}</h2>
        <ol className="practice-review">
          {attempt.questions.map((q) => {
            const feedback = attempt.feedback?.[q.id];
            const mine = answerText(q, attempt.answers[q.id]);
            return (
              <li key={q.id}>
                <p className="strong">{q.prompt}</p>
                <p>
                  {mine ? pt('practice.yourAnswer', { answer: mine }) : pt('practice.noAnswer')}
                </p>
                {feedback && <PracticeFeedbackBox question={q} feedback={feedback} />}
              </li>
            );
          })}
        </ol>
      </section>
      <div className="stack">
        <Link className="btn btn--primary btn--block" to={contestLink}>
          {pt('practice.again')}
        </Link>
        <Link className="btn btn--block" to="/">
          {t('nav.contests')}
        </Link>
      </div>
    </div>
  );
}
