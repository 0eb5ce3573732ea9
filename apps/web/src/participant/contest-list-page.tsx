import { ErrorBox, Loading } from '../components/ui';
import { api, type Page } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { Link } from '../lib/router';
import type { ContestSummary } from '../api/types';
import { useResource } from '../lib/use-resource';
import { errorText, useT } from '../messages';
import { currentRound, roundStatus } from './round-status';
import { endpoints } from '../api/endpoints';

export function ContestListPage() {
  const t = useT();
  const contests = useResource(
    () => api<Page<ContestSummary>>(endpoints.contests, { query: { pageSize: 50 } }),
    [],
  );
  return (
    <div className="page">
      <h1>{t('contests.title')}</h1>
      {contests.loading && <Loading />}
      {contests.error !== null && (
        <ErrorBox onRetry={contests.reload}>{errorText(contests.error)}</ErrorBox>
      )}
      {contests.data && contests.data.items.length === 0 && <p>{t('contests.empty')}</p>}
      <ul className="cards">
        {contests.data?.items.map((contest) => {
          const now = contest.serverNow ? Date.parse(contest.serverNow) : Date.now();
          const round = currentRound(contest.rounds, now);
          const status = round ? roundStatus(round, now) : 'closed';
          return (
            <li key={contest.id} className="card">
              <h2 className="card__title">
                <Link to={`/cuoc-thi/${contest.slug}`}>{contest.title}</Link>
              </h2>
              {round && (
                <p className="card__meta">
                  <span className={`badge badge--${status}`}>{t(`contests.${status}`)}</span>{' '}
                  {t('contests.nextRound', {
                    title: round.title,
                    opens: formatDateTime(round.opensAt),
                    closes: formatDateTime(round.closesAt),
                  })}
                </p>
              )}
              {contest.description && <p className="card__text clamp">{contest.description}</p>}
              <p className="card__meta">
                {t('contests.questions', { n: contest.questionCount })} ·{' '}
                {t('contests.minutes', { n: Math.round(contest.timeLimitSec / 60) })} ·{' '}
                {t('contests.attempts', { n: contest.attemptsPerRound })}
              </p>
              <Link className="btn btn--primary btn--block" to={`/cuoc-thi/${contest.slug}`}>
                {t('contests.view')}
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
