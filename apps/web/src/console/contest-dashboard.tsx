import { ErrorBox, Loading } from '../components/ui';
import { api, ApiError } from '../lib/api';
import { formatDateTime, formatNumber, formatTime } from '../lib/format';
import { useLiveBoard } from '../lib/live-board';
import { Link } from '../lib/router';
import type { Contest } from '../api/types';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { LiveBadge } from '../participant/leaderboard-page';
import { LeaderboardTable } from '../participant/leaderboard-table';
import { useCT } from './messages';
import { RoundTabs, useRoundChoice } from './round-picker';
import { SourcesPanel } from './send-out-page';
import type { Participation } from '../api/types';
import { endpoints } from '../api/endpoints';

function Bars({ rows }: { rows: Array<{ label: string; value: number }> }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <div className="stat-bars">
      {rows.map((r) => (
        <div className="bar" key={r.label}>
          <span>{r.label}</span>
          <span className="bar__track" aria-hidden="true">
            <span
              className="bar__fill"
              style={{ width: `${(r.value / max) * 100}%`, display: 'block' }}
            />
          </span>
          <span className="num">{formatNumber(r.value)}</span>
        </div>
      ))}
    </div>
  );
}

/** Live participation of a contest: counters, attempts per hour and per unit, the live board. */
export function ContestDashboard({ contestId }: { contestId: string }) {
  const ct = useCT();
  const contest = useResource(() => api<Contest>(endpoints.contest(contestId)), [contestId]);
  const [roundId, setRoundId] = useRoundChoice(contest.data);
  const { board, mode, error } = useLiveBoard(roundId, { limit: 20, pollMs: 10_000 });
  const participation = useResource(
    () => (roundId ? api<Participation>(endpoints.participation(roundId)) : Promise.resolve(null)),
    [roundId, board?.attempts],
  );

  if (contest.loading) return <Loading />;
  if (!contest.data)
    return <ErrorBox onRetry={contest.reload}>{errorText(contest.error)}</ErrorBox>;
  const c = contest.data;
  const missing =
    participation.error instanceof ApiError && [404, 405].includes(participation.error.status);
  return (
    <div>
      <p>
        <Link to="/quan-tri/cuoc-thi">‹ {ct('contests.title')}</Link>
      </p>
      <h1>
        {ct('dash.title')}: {c.title}
      </h1>
      <RoundTabs contest={c} value={roundId} onChange={setRoundId} />
      <p>
        <LiveBadge mode={mode} />
        {board && ` · ${ct('dash.updated', { time: formatTime(board.updatedAt) })}`}
        {roundId && (
          <>
            {' · '}
            <Link to={`/man-hinh/${roundId}?cuoc-thi=${encodeURIComponent(c.slug)}`}>
              {ct('contests.projector')}
            </Link>
          </>
        )}
      </p>
      <div className="kpis">
        <div className="kpi">
          <div className="kpi__value" data-testid="kpi-participants">
            {board ? formatNumber(board.participants) : '—'}
          </div>
          <div className="kpi__label">{ct('dash.participants')}</div>
        </div>
        <div className="kpi">
          <div className="kpi__value">{board ? formatNumber(board.attempts) : '—'}</div>
          <div className="kpi__label">{ct('dash.attempts')}</div>
        </div>
      </div>
      {error !== null && !board && <ErrorBox>{errorText(error)}</ErrorBox>}

      <div className="split">
        <section className="panel" aria-labelledby="dash-board">
          <h2 id="dash-board">{ct('dash.board')}</h2>
          {board ? (
            <LeaderboardTable entries={board.entries} caption={ct('dash.board')} />
          ) : (
            <Loading />
          )}
        </section>
        <div>
          <section className="panel" aria-labelledby="dash-hours">
            <h2 id="dash-hours">{ct('dash.perHour')}</h2>
            {missing && <p className="muted">{ct('dash.noEndpoint')}</p>}
            {participation.data?.byHour && participation.data.byHour.length > 0 ? (
              <Bars
                rows={participation.data.byHour.map((h) => ({
                  label: `${formatTime(h.hour)} ${formatDateTime(h.hour).slice(6, 11)}`,
                  value: h.attempts,
                }))}
              />
            ) : (
              !missing && <p className="muted">{ct('dash.noData')}</p>
            )}
          </section>
          <section className="panel" aria-labelledby="dash-units">
            <h2 id="dash-units">{ct('dash.perUnit')}</h2>
            {participation.data?.byUnit && participation.data.byUnit.length > 0 ? (
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{ct('units.unit')}</th>
                    <th scope="col" className="num">
                      {ct('dash.participants')}
                    </th>
                    <th scope="col" className="num">
                      {ct('dash.attempts')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {participation.data.byUnit.map((u) => (
                    <tr key={u.unitId}>
                      <td>{u.unitName}</td>
                      <td className="num">{formatNumber(u.participants)}</td>
                      <td className="num">{u.attempts != null ? formatNumber(u.attempts) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p className="muted">{missing ? ct('dash.noEndpoint') : ct('dash.noData')}</p>
            )}
            <Link to={`/quan-tri/cuoc-thi/${contestId}/don-vi`}>{ct('contests.units')}</Link>
          </section>
          <SourcesPanel contestId={contestId} />
        </div>
      </div>
    </div>
  );
}
