import { ErrorBox, Loading } from '../components/ui';
import { api, ApiError } from '../lib/api';
import { formatDateTime, formatNumber } from '../lib/format';
import { Link } from '../lib/router';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { useShareT } from '../sharing/messages';
import { absoluteUrl, ShareSheet } from '../sharing/share-sheet';
import { prizeKey, usePublicT } from './messages';
import type { PublicResults } from '../api/types';
import { endpoints } from '../api/endpoints';

/** `/ket-qua/:roundId` — the official winners of a round, for anyone (no sign-in). */
export function PublicResultsPage({ roundId }: { roundId: string }) {
  const t = usePublicT();
  const st = useShareT();
  const { data, error, loading, reload } = useResource(
    () => api<PublicResults>(endpoints.publicResults(roundId)),
    [roundId],
  );
  if (loading) return <Loading />;
  if (error || !data) {
    const notYet = error instanceof ApiError && error.status === 404;
    return (
      <div className="page">
        <h1>{t('results.title')}</h1>
        {notYet ? (
          <p>{t('results.notYet')}</p>
        ) : (
          <ErrorBox onRetry={reload}>{errorText(error)}</ErrorBox>
        )}
      </div>
    );
  }
  return (
    <div className="page public-results">
      <p className="muted">{data.contestTitle}</p>
      <h1>
        {t('results.title')} — {data.roundTitle}
      </h1>
      <p>
        {t('results.counts', {
          participants: formatNumber(data.participants),
          perfect: formatNumber(data.perfectCount),
        })}
      </p>
      {data.predictionEnabled && (
        <p>{t('results.prediction', { perfect: formatNumber(data.perfectCount) })}</p>
      )}
      <p className="muted">{t('results.finalized', { at: formatDateTime(data.finalizedAt) })}</p>
      {data.winners.length === 0 ? (
        <p>{t('results.none')}</p>
      ) : (
        <ol className="winner-list" aria-label={t('results.title')}>
          {data.winners.map((w) => {
            const prize = prizeKey(w.prize);
            return (
              <li key={`${w.rank}-${w.displayName}`} className="winner-card">
                <span className="winner-card__rank" aria-label={t('results.rank')}>
                  {w.rank}
                </span>
                <span className="winner-card__body">
                  <strong className="winner-card__name">{w.displayName}</strong>
                  {w.unitName && <span className="winner-card__unit">{w.unitName}</span>}
                  {w.phone && (
                    <span className="winner-card__phone">
                      {t('results.phone')}: {w.phone}
                    </span>
                  )}
                </span>
                <span className="winner-card__prize">{prize ? t(prize) : w.prize}</span>
              </li>
            );
          })}
        </ol>
      )}
      <ShareSheet
        url={absoluteUrl(`/ket-qua/${encodeURIComponent(data.roundId)}`)}
        title={`${t('results.title')} — ${data.roundTitle}`}
        text={st('share.resultsText', { round: data.roundTitle, title: data.contestTitle })}
        heading={st('share.results')}
      />
      <p className="public-results__actions">
        <Link className="btn" to={`/cuoc-thi/${encodeURIComponent(data.contestSlug)}`}>
          {t('results.contest')}
        </Link>
      </p>
    </div>
  );
}
