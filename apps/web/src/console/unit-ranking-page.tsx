import { ErrorBox, Loading } from '../components/ui';
import { api } from '../lib/api';
import { formatNumber, formatPercent } from '../lib/format';
import { Link } from '../lib/router';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { useCT } from './messages';
import type { UnitRankingEntry } from '../api/types';
import { endpoints } from '../api/endpoints';

/** Collective ranking (giải tập thể): participants, participation rate, prize points. */
export function UnitRankingPage({ contestId }: { contestId: string }) {
  const ct = useCT();
  const ranking = useResource(
    () => api<UnitRankingEntry[]>(endpoints.unitRanking(contestId)),
    [contestId],
  );
  return (
    <div>
      <p>
        <Link to="/quan-tri/cuoc-thi">‹ {ct('contests.title')}</Link>
      </p>
      <h1>{ct('units.title')}</h1>
      {ranking.loading && <Loading />}
      {ranking.error !== null && (
        <ErrorBox onRetry={ranking.reload}>{errorText(ranking.error)}</ErrorBox>
      )}
      {ranking.data && (
        <div className="table-wrap">
          <table className="table" data-testid="unit-ranking">
            <thead>
              <tr>
                <th scope="col" className="num">
                  #
                </th>
                <th scope="col">{ct('units.unit')}</th>
                <th scope="col" className="num">
                  {ct('dash.participants')}
                </th>
                <th scope="col" className="num">
                  {ct('units.members')}
                </th>
                <th scope="col" className="num">
                  {ct('units.rate')}
                </th>
                <th scope="col" className="num">
                  {ct('units.points')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ranking.data.map((u, i) => (
                <tr key={u.unitId}>
                  <td className="num">{i + 1}</td>
                  <td>{u.unitName}</td>
                  <td className="num">{formatNumber(u.participants)}</td>
                  <td className="num">{formatNumber(u.memberCount)}</td>
                  <td className="num">
                    {u.participationRate == null ? '—' : formatPercent(u.participationRate)}
                  </td>
                  <td className="num">{formatNumber(u.prizePoints)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {ranking.data.length === 0 && <p>{ct('dash.noData')}</p>}
        </div>
      )}
    </div>
  );
}
