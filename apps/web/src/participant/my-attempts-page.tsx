import { useState } from 'react';
import { ErrorBox, Loading, Pager } from '../components/ui';
import { api, type Page } from '../lib/api';
import { formatDateTime, formatDuration, formatNumber } from '../lib/format';
import { Link } from '../lib/router';
import { useSession } from '../lib/session';
import type { MyAttempt } from '../api/types';
import { useResource } from '../lib/use-resource';
import { errorText, useT } from '../messages';
import { endpoints } from '../api/endpoints';

const PAGE_SIZE = 20;

export function MyAttemptsPage() {
  const t = useT();
  const { status } = useSession();
  const [page, setPage] = useState(1);
  const attempts = useResource(
    () =>
      status === 'loading'
        ? new Promise<Page<MyAttempt>>(() => undefined)
        : api<Page<MyAttempt>>(endpoints.myAttempts, { query: { page, pageSize: PAGE_SIZE } }),
    [page, status],
  );
  if (status === 'anonymous') {
    return (
      <div className="page">
        <h1>{t('history.title')}</h1>
        <Link className="btn btn--primary btn--block" to="/dang-nhap?next=%2Flich-su">
          {t('nav.login')}
        </Link>
      </div>
    );
  }
  return (
    <div className="page">
      <h1>{t('history.title')}</h1>
      {attempts.loading && <Loading />}
      {attempts.error !== null && (
        <ErrorBox onRetry={attempts.reload}>{errorText(attempts.error)}</ErrorBox>
      )}
      {attempts.data?.items.length === 0 && <p>{t('history.empty')}</p>}
      <ul className="cards">
        {attempts.data?.items.map((a) => (
          <li key={a.id} className="card">
            <h2 className="card__title">
              {a.contestTitle ?? ''}
              {a.roundTitle ? ` — ${a.roundTitle}` : ''}
            </h2>
            <p className="card__meta">
              {a.attemptNo ? `${t('history.attemptNo', { n: a.attemptNo })} · ` : ''}
              {t('history.started', { time: formatDateTime(a.startedAt) })}
            </p>
            {a.status === 'submitted' && a.result ? (
              <>
                <p className="card__text">
                  {t('history.result', {
                    correct: a.result.correctCount,
                    total: a.result.questionCount,
                    score: formatNumber(a.result.score),
                    time: formatDuration(a.result.durationMs),
                  })}
                </p>
                <Link className="btn btn--block" to={`/luot-thi/${a.id}/ket-qua`}>
                  {t('quiz.viewResult')}
                </Link>
              </>
            ) : (
              <Link className="btn btn--primary btn--block" to={`/luot-thi/${a.id}`}>
                {t('history.inProgress')} — {t('result.continue')}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {attempts.data && (
        <Pager page={page} pageSize={PAGE_SIZE} total={attempts.data.total} onPage={setPage} />
      )}
    </div>
  );
}
