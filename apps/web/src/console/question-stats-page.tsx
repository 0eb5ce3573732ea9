import { useState } from 'react';
import { ErrorBox, Loading } from '../components/ui';
import { api } from '../lib/api';
import { formatNumber, formatPercent } from '../lib/format';
import { Link } from '../lib/router';
import type { Contest } from '../api/types';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { useCT } from './messages';
import { typeKey } from './question-editor';
import { RegradePanel } from './regrade-panel';
import { RoundTabs, useRoundChoice } from './round-picker';
import type { QuestionStats } from '../api/types';
import { endpoints } from '../api/endpoints';

/** Per question: how often drawn, facility, discrimination, option shares; defects first. */
export function QuestionStatsPage({ contestId }: { contestId: string }) {
  const ct = useCT();
  const contest = useResource(() => api<Contest>(endpoints.contest(contestId)), [contestId]);
  const [roundId, setRoundId] = useRoundChoice(contest.data);
  const [regrading, setRegrading] = useState<string | null>(null);
  const stats = useResource(
    () =>
      api<QuestionStats>(endpoints.questionStats(contestId), {
        query: { roundId: roundId ?? undefined },
      }),
    [contestId, roundId],
  );
  if (contest.loading) return <Loading />;
  if (!contest.data) {
    return <ErrorBox onRetry={contest.reload}>{errorText(contest.error)}</ErrorBox>;
  }
  const rows = stats.data?.questions ?? [];
  return (
    <div>
      <p>
        <Link to="/quan-tri/cuoc-thi">‹ {ct('contests.title')}</Link>
      </p>
      <h1>
        {ct('stats.title')}: {contest.data.title}
      </h1>
      <RoundTabs contest={contest.data} value={roundId} onChange={setRoundId} />
      <p className="muted">{ct('stats.help')}</p>
      {stats.loading && <Loading />}
      {stats.error !== null && <ErrorBox onRetry={stats.reload}>{errorText(stats.error)}</ErrorBox>}
      {stats.data && (
        <p>
          {ct('stats.summary', {
            attempts: formatNumber(stats.data.attempts),
            questions: rows.length,
            defective: stats.data.defective.length,
          })}
        </p>
      )}
      {stats.data && rows.length === 0 && <p>{ct('dash.noData')}</p>}
      {regrading && (
        <RegradePanel
          key={regrading}
          initialQuestionId={regrading}
          roundId={roundId ?? undefined}
        />
      )}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="question-stats">
            <thead>
              <tr>
                <th scope="col">{ct('editor.prompt')}</th>
                <th scope="col" className="num">
                  {ct('stats.drawn')}
                </th>
                <th scope="col" className="num">
                  {ct('stats.facility')}
                </th>
                <th scope="col" className="num">
                  {ct('stats.discrimination')}
                </th>
                <th scope="col">{ct('stats.options')}</th>
                <th scope="col">{ct('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((q) => (
                <tr key={q.questionId}>
                  <td>
                    <div className="pre">{q.prompt}</div>
                    <div className="muted">
                      {ct(typeKey(q.type))}
                      {q.versions > 1 ? ` · ${ct('stats.versions', { n: q.versions })}` : ''}
                    </div>
                    {q.defects.map((d) => (
                      <p key={d.kind} className="flag">
                        {d.message}
                      </p>
                    ))}
                  </td>
                  <td className="num">{formatNumber(q.drawn)}</td>
                  <td className="num">{q.facility == null ? '—' : formatPercent(q.facility)}</td>
                  <td className="num">
                    {q.discrimination == null ? '—' : formatNumber(q.discrimination, 2)}
                  </td>
                  <td>
                    <div className="stat-bars">
                      {q.options.map((o) => (
                        <div className="bar" key={o.label} title={o.text}>
                          <span className={o.correct ? 'ok-text' : undefined}>
                            {o.label}
                            {o.correct ? ' ✓' : ''}
                          </span>
                          <span className="bar__track" aria-hidden="true">
                            <span
                              className="bar__fill"
                              style={{
                                width: `${Math.round((o.share ?? 0) * 100)}%`,
                                display: 'block',
                              }}
                            />
                          </span>
                          <span className="num">
                            {o.share == null ? '—' : formatPercent(o.share, 0)}
                          </span>
                        </div>
                      ))}
                    </div>
                  </td>
                  <td>
                    <div className="row">
                      <button
                        type="button"
                        className="btn btn--small"
                        onClick={() => setRegrading(q.questionId)}
                      >
                        {ct('stats.regrade')}
                      </button>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
