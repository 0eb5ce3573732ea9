import { Loading } from '../components/ui';
import { formatDateTime, formatDuration, formatNumber } from '../lib/format';
import { type JudgingTarget, useJudgingLabels } from './judging-labels';
import { useCT } from './messages';
import type { ResultEntry, Results } from '../api/types';

const target = (e: ResultEntry): JudgingTarget => ({
  attemptId: e.attemptId,
  fullName: e.fullName,
});

/** The round's computed results in tie-break order, with disqualify / reinstate per row. */
export function ResultsPanel({
  results,
  loading,
  locked,
  onDisqualify,
  onReinstate,
}: {
  results: Results | null;
  loading: boolean;
  /** Busy or finalized: no decisions. */
  locked: boolean;
  onDisqualify: (target: JudgingTarget) => void;
  onReinstate: (target: JudgingTarget) => void;
}) {
  const ct = useCT();
  const labels = useJudgingLabels();
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">{ct('judge.results')}</h2>
      {loading && <Loading />}
      {!loading && !results && <p>{ct('judge.notComputed')}</p>}
      {results && (
        <>
          <p>
            {ct('judge.perfect', { n: formatNumber(results.perfectCount) })} ·{' '}
            {ct('judge.count', {
              n: formatNumber(results.participants ?? results.entries.length),
            })}
            {results.prizeCap != null && ` · ${ct('judge.prizeCap', { n: results.prizeCap })}`}
            {results.computedAt &&
              ` · ${ct('judge.computedAt', { time: formatDateTime(results.computedAt) })}`}
          </p>
          <p className="muted">{ct('judge.order')}</p>
          <div className="table-wrap">
            <table className="table" data-testid="results">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {ct('judge.rank')}
                  </th>
                  <th scope="col">{ct('judge.name')}</th>
                  <th scope="col">{ct('judge.contact')}</th>
                  <th scope="col" className="num">
                    {ct('judge.score')}
                  </th>
                  <th scope="col" className="num">
                    {ct('judge.correct')}
                  </th>
                  <th scope="col" className="num">
                    {ct('judge.prediction')}
                  </th>
                  <th scope="col" className="num">
                    {ct('judge.predictionError')}
                  </th>
                  <th scope="col" className="num">
                    {ct('judge.time')}
                  </th>
                  <th scope="col">{ct('judge.submittedAt')}</th>
                  <th scope="col">{ct('judge.prize')}</th>
                  <th scope="col">{ct('judge.flags')}</th>
                  <th scope="col">{ct('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {results.entries.map((e) => (
                  <tr key={e.attemptId} className={e.disqualified ? 'row-disq' : undefined}>
                    <td className="num">{e.rank ?? '—'}</td>
                    <td>
                      <strong>{e.fullName}</strong>
                      {e.unitName && <div className="muted">{e.unitName}</div>}
                      {e.disqualified && (
                        <div className="warn-text">
                          {ct('judge.out')}: {e.disqualifiedReason ?? ''}
                        </div>
                      )}
                      {!e.disqualified && e.excludedReason && (
                        <div className="muted">{labels.exclusion(e.excludedReason)}</div>
                      )}
                      {(e.pendingEssays ?? 0) > 0 && (
                        <div className="warn-text">
                          {ct('judge.pendingEssays', { n: e.pendingEssays ?? 0 })}
                        </div>
                      )}
                    </td>
                    <td>
                      <div>{e.email}</div>
                      {e.phone && <div>{e.phone}</div>}
                    </td>
                    <td className="num">{formatNumber(e.score)}</td>
                    <td className="num">
                      {e.correctCount}
                      {e.questionCount ? `/${e.questionCount}` : ''}
                    </td>
                    <td className="num">
                      {e.prediction == null ? '—' : formatNumber(e.prediction)}
                    </td>
                    <td className="num">
                      {e.predictionError == null ? '—' : formatNumber(e.predictionError)}
                    </td>
                    <td className="num">{formatDuration(e.durationMs)}</td>
                    <td>{formatDateTime(e.submittedAt)}</td>
                    <td>{e.prize ? ct(`prize.${e.prize}`) : ''}</td>
                    <td>
                      {e.flags.map((k) => (
                        <span className="flag" key={k}>
                          {labels.flag(k)}
                        </span>
                      ))}
                    </td>
                    <td>
                      {e.disqualified ? (
                        <button
                          type="button"
                          className="btn btn--small"
                          disabled={locked}
                          onClick={() => onReinstate(target(e))}
                        >
                          {ct('judge.reinstate')}
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="btn btn--small"
                          disabled={locked}
                          aria-label={`${ct('judge.disqualify')}: ${e.fullName}`}
                          onClick={() => onDisqualify(target(e))}
                        >
                          {ct('judge.disqualify')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
