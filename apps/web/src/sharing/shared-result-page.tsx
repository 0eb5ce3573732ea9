import { ErrorBox, Loading } from '../components/ui';
import { api, ApiError } from '../lib/api';
import { formatNumber } from '../lib/format';
import { Link } from '../lib/router';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { useShareT } from './messages';
import { absoluteUrl, ShareSheet } from './share-sheet';
import type { SharedResult } from '../api/types';
import { endpoints } from '../api/endpoints';

/** `/thanh-tich/:code` — a result its owner chose to share: first name, score, rank. */
export function SharedResultPage({ code }: { code: string }) {
  const t = useShareT();
  const { data, error, loading, reload } = useResource(
    () => api<SharedResult>(endpoints.sharedResult(code)),
    [code],
  );
  if (loading) return <Loading />;
  if (error || !data) {
    const missing = error instanceof ApiError && error.status === 404;
    return (
      <div className="page">
        {missing ? (
          <p role="alert">{t('shared.notFound')}</p>
        ) : (
          <ErrorBox onRetry={reload}>{errorText(error)}</ErrorBox>
        )}
      </div>
    );
  }
  const contestPath = `/cuoc-thi/${encodeURIComponent(data.contestSlug)}?src=thanh-tich`;
  return (
    <article className="page shared-result">
      <h1>
        {t('shared.title', {
          name: data.firstName,
          score: formatNumber(data.score),
          max: formatNumber(data.maxScore),
        })}
      </h1>
      {data.rank != null && (
        <p className="shared-result__rank">{t('shared.rank', { rank: formatNumber(data.rank) })}</p>
      )}
      <p className="lead">
        {t('shared.round', { round: data.roundTitle, title: data.contestTitle })}
      </p>
      <Link className="btn btn--primary btn--block btn--big" to={contestPath}>
        {t('shared.join')}
      </Link>
      <ShareSheet
        url={absoluteUrl(`/thanh-tich/${encodeURIComponent(data.code)}`)}
        title={data.contestTitle}
        text={t('share.contestText', { title: data.contestTitle })}
      />
    </article>
  );
}
