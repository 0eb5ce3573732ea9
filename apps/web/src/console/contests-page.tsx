import { ErrorBox, Loading } from '../components/ui';
import { api, type Page } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { Link } from '../lib/router';
import { hasRole, useSession } from '../lib/session';
import type { ContestSummary } from '../api/types';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { roundStatus } from '../participant/round-status';
import { useCT } from './messages';
import { useSendOutT } from './send-out-messages';
import { endpoints } from '../api/endpoints';

export function ContestsPage() {
  const ct = useCT();
  const so = useSendOutT();
  const { user } = useSession();
  const authoring = hasRole(user, 'admin', 'organizer');
  const judging = hasRole(user, 'admin', 'judge', 'organizer');
  const contests = useResource(
    () =>
      api<Page<ContestSummary>>(endpoints.contests, {
        query: { includeDrafts: true, pageSize: 100 },
      }),
    [],
  );
  return (
    <div>
      <h1>{ct('contests.title')}</h1>
      {authoring && (
        <Link className="btn btn--primary" to="/quan-tri/cuoc-thi/moi">
          + {ct('nav.newContest')}
        </Link>
      )}
      {contests.loading && <Loading />}
      {contests.error !== null && (
        <ErrorBox onRetry={contests.reload}>{errorText(contests.error)}</ErrorBox>
      )}
      {contests.data?.items.length === 0 && <p>{ct('contests.empty')}</p>}
      <ul className="cards">
        {contests.data?.items.map((c) => {
          const now = c.serverNow ? Date.parse(c.serverNow) : Date.now();
          return (
            <li key={c.id} className="card">
              <h2 className="card__title">
                {c.title}{' '}
                <span className={`badge badge--${c.status ?? 'published'}`}>
                  {ct(`status.${c.status ?? 'published'}`)}
                </span>
              </h2>
              <p className="card__meta">/{c.slug}</p>
              <div className="row">
                {authoring && (
                  <Link className="btn btn--small" to={`/quan-tri/cuoc-thi/${c.id}`}>
                    {ct('contests.edit')}
                  </Link>
                )}
                <Link className="btn btn--small" to={`/quan-tri/cuoc-thi/${c.id}/theo-doi`}>
                  {ct('contests.dashboard')}
                </Link>
                {c.status !== 'draft' && (
                  <Link className="btn btn--small" to={`/quan-tri/cuoc-thi/${c.id}/gui-di`}>
                    {so('sendOut.nav')}
                  </Link>
                )}
                <Link className="btn btn--small" to={`/quan-tri/cuoc-thi/${c.id}/thong-ke`}>
                  {ct('contests.stats')}
                </Link>
                <Link className="btn btn--small" to={`/quan-tri/cuoc-thi/${c.id}/don-vi`}>
                  {ct('contests.units')}
                </Link>
                <Link className="btn btn--small" to={`/quan-tri/cuoc-thi/${c.id}/bao-cao`}>
                  {ct('contests.report')}
                </Link>
                {authoring && (
                  <Link
                    className="btn btn--small"
                    to={`/quan-tri/cuoc-thi/${c.id}/giay-chung-nhan`}
                  >
                    {ct('contests.certificate')}
                  </Link>
                )}
                <Link className="btn btn--small" to={`/cuoc-thi/${c.slug}`}>
                  {ct('contests.publicPage')}
                </Link>
              </div>
              <table className="table">
                <caption className="sr-only">{ct('form.rounds')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{ct('form.roundTitle')}</th>
                    <th scope="col">{ct('form.opensAt')}</th>
                    <th scope="col">{ct('form.closesAt')}</th>
                    <th scope="col">{ct('common.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.rounds.map((r) => {
                    const st = roundStatus(r, now);
                    return (
                      <tr key={r.id}>
                        <td>
                          {r.title}{' '}
                          <span className={`badge badge--${st}`}>{ct(`round.${st}`)}</span>
                        </td>
                        <td>{formatDateTime(r.opensAt)}</td>
                        <td>{formatDateTime(r.closesAt)}</td>
                        <td>
                          <div className="row">
                            {judging && (
                              <Link
                                className="btn btn--small"
                                to={`/quan-tri/cham-thi/${r.id}?cuoc-thi=${c.id}`}
                              >
                                {ct('contests.judge')}
                              </Link>
                            )}
                            <Link
                              className="btn btn--small"
                              to={`/man-hinh/${r.id}?cuoc-thi=${encodeURIComponent(c.slug)}`}
                            >
                              {ct('contests.projector')}
                            </Link>
                          </div>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
