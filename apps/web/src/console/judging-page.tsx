import { useEffect, useState } from 'react';
import { ErrorBox, Field, Loading, Modal, Notice, Pager } from '../components/ui';
import { api, ApiError, download, type Page } from '../lib/api';
import { formatDateTime, formatDuration, formatNumber } from '../lib/format';
import { Link, useLocation } from '../lib/router';
import { hasRole, useSession } from '../lib/session';
import type { Contest } from '../lib/types';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { consoleEndpoints } from './endpoints';
import { type ConsoleKey, useCT } from './messages';
import { RegradePanel } from './regrade-panel';
import type { ResultEntry, Results, RoundFlag } from './types';

const FLAG_KINDS = [
  'too_fast',
  'focus_lost',
  'identical_answers',
  'duplicate_identity',
  'shared_network',
  'second_device',
  'event_flood',
] as const;
const EXCLUSIONS = ['disqualified', 'staff', 'unverified_email', 'ineligible_unit', 'already_won'];
const AUDIT_ACTIONS: Record<string, ConsoleKey> = {
  'results.compute': 'audit.compute',
  'results.finalize': 'audit.finalize',
  'results.export': 'audit.export',
  'attempt.disqualify': 'audit.disqualify',
  'attempt.reinstate': 'audit.reinstate',
  'participant.disqualify': 'audit.disqualify',
  'participant.reinstate': 'audit.reinstate',
  'attempt.grade': 'audit.grade',
  'question.regrade': 'audit.regrade',
};

function useLabels() {
  const ct = useCT();
  return {
    flag: (kind: string) =>
      (FLAG_KINDS as readonly string[]).includes(kind) ? ct(`flag.${kind}` as ConsoleKey) : kind,
    exclusion: (reason: string) =>
      EXCLUSIONS.includes(reason) ? ct(`exclusion.${reason}` as ConsoleKey) : reason,
    action: (action: string) => (AUDIT_ACTIONS[action] ? ct(AUDIT_ACTIONS[action]) : action),
  };
}

interface Essay {
  attemptId: string;
  questionId: string;
  fullName?: string;
  prompt: string;
  text: string;
  points?: number | null;
  maxPoints?: number;
}

interface AuditEntry {
  id: string;
  at: string;
  actorName: string | null;
  action: string;
  targetUserName: string | null;
  reason: string | null;
  details?: Record<string, unknown>;
}

type Target = { attemptId: string; fullName: string };

/** A judge's screen for one round: results with tie-breaks, flags, decisions, export. */
export function JudgingPage({ roundId }: { roundId: string }) {
  const ct = useCT();
  const labels = useLabels();
  const { search } = useLocation();
  const contestId = search.get('cuoc-thi');
  const authoring = hasRole(useSession().user, 'admin', 'organizer');
  const contest = useResource(
    () => (contestId ? api<Contest>(`/api/contests/${contestId}`) : Promise.resolve(null)),
    [contestId],
  );
  const round = contest.data?.rounds.find((r) => r.id === roundId);

  const [results, setResults] = useState<Results | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [disqualifying, setDisqualifying] = useState<Target | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [finalizing, setFinalizing] = useState(false);
  const [auditVersion, setAuditVersion] = useState(0);
  const [auditPage, setAuditPage] = useState(1);

  const flags = useResource(() => api<RoundFlag[]>(`/api/rounds/${roundId}/flags`), [roundId]);
  const essays = useResource(() => api<Essay[]>(consoleEndpoints.essays(roundId)), [roundId]);
  const audit = useResource(
    () =>
      api<Page<AuditEntry>>(consoleEndpoints.audit, {
        query: { roundId, page: auditPage, pageSize: 20 },
      }),
    [roundId, auditPage, auditVersion],
  );

  useEffect(() => {
    let alive = true;
    api<Results>(`/api/rounds/${roundId}/results`).then(
      (r) => {
        if (!alive) return;
        setResults(r);
        setLoading(false);
      },
      (err: unknown) => {
        if (!alive) return;
        // 404: never computed — not an error for the judge.
        if (!(err instanceof ApiError && err.status === 404)) setError(err);
        setLoading(false);
      },
    );
    return () => {
      alive = false;
    };
  }, [roundId]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      await action();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
      setAuditVersion((v) => v + 1);
    }
  };
  const recompute = async () => {
    setResults(await api<Results>(`/api/rounds/${roundId}/results/compute`, { method: 'POST' }));
  };

  const compute = () =>
    run(async () => {
      await recompute();
      setNotice(ct('judge.computed'));
    });

  const disqualify = async () => {
    if (!disqualifying) return;
    if (reason.trim().length < 3) {
      setReasonError(true);
      return;
    }
    const target = disqualifying;
    setDisqualifying(null);
    await run(async () => {
      await api(`/api/attempts/${target.attemptId}/disqualify`, {
        method: 'POST',
        body: { reason: reason.trim() },
      });
      setReason('');
      if (results) await recompute();
      void flags.reload();
      setNotice(ct('judge.disqualified', { name: target.fullName }));
    });
  };

  const reinstate = (target: Target) =>
    run(async () => {
      await api(`/api/attempts/${target.attemptId}/reinstate`, { method: 'POST', body: {} });
      if (results) await recompute();
      setNotice(ct('judge.reinstated', { name: target.fullName }));
    });

  const finalize = () =>
    run(async () => {
      setFinalizing(false);
      setResults(await api<Results>(`/api/rounds/${roundId}/results/finalize`, { method: 'POST' }));
      setNotice(ct('judge.finalizedNotice'));
    });

  const exportAs = (format: 'xlsx' | 'csv') =>
    run(async () => {
      const name = await download(
        `/api/rounds/${roundId}/results/export?format=${format}`,
        `ket-qua.${format}`,
      );
      setNotice(ct('judge.downloaded', { name }));
    });

  const finalized =
    !!results?.finalizedAt || (error instanceof ApiError && error.code === 'RESULTS_FINALIZED');
  const askReason = (target: Target) => {
    setReason('');
    setReasonError(false);
    setDisqualifying(target);
  };
  const errorMessage = (err: unknown) => {
    if (err instanceof ApiError) {
      const key = `judge.err.${err.code}`;
      const known: Record<string, ConsoleKey> = {
        'judge.err.ROUND_NOT_CLOSED': 'judge.err.ROUND_NOT_CLOSED',
        'judge.err.RESULTS_FINALIZED': 'judge.err.RESULTS_FINALIZED',
        'judge.err.RESULTS_NOT_COMPUTED': 'judge.err.RESULTS_NOT_COMPUTED',
        'judge.err.ESSAYS_PENDING': 'judge.err.ESSAYS_PENDING',
      };
      if (known[key]) return `${ct(known[key])} ${err.message}`;
    }
    return errorText(err);
  };
  const out = new Set(results?.entries.filter((e) => e.disqualified).map((e) => e.attemptId));
  const entryTarget = (e: ResultEntry): Target => ({
    attemptId: e.attemptId,
    fullName: e.fullName,
  });

  return (
    <div>
      <p>
        <Link to="/quan-tri/cuoc-thi">‹ {ct('contests.title')}</Link>
      </p>
      <h1>
        {ct('judge.title')}
        {contest.data ? `: ${contest.data.title}` : ''}
        {round ? ` — ${round.title}` : ''}
      </h1>
      {round && (
        <p className="muted">
          {ct('judge.window', {
            opens: formatDateTime(round.opensAt),
            closes: formatDateTime(round.closesAt),
          })}
        </p>
      )}
      <div className="toolbar" role="group" aria-label={ct('common.actions')}>
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy || finalized}
          onClick={() => void compute()}
        >
          {ct('judge.compute')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || !results || finalized}
          onClick={() => setFinalizing(true)}
        >
          {ct('judge.finalize')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || !results}
          onClick={() => void exportAs('xlsx')}
        >
          {ct('judge.exportXlsx')}
        </button>
        <button
          type="button"
          className="btn"
          disabled={busy || !results}
          onClick={() => void exportAs('csv')}
        >
          {ct('judge.exportCsv')}
        </button>
        {finalized && (
          <span className="badge badge--closed" data-testid="finalized">
            {ct('judge.finalized')}
            {results?.finalizedAt ? ` ${formatDateTime(results.finalizedAt)}` : ''}
          </span>
        )}
      </div>
      {error !== null && <ErrorBox>{errorMessage(error)}</ErrorBox>}
      {notice && (
        <Notice kind="success">
          <span data-testid="judge-notice">{notice}</span>
        </Notice>
      )}

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
                            disabled={busy || finalized}
                            onClick={() => void reinstate(entryTarget(e))}
                          >
                            {ct('judge.reinstate')}
                          </button>
                        ) : (
                          <button
                            type="button"
                            className="btn btn--small"
                            disabled={busy || finalized}
                            aria-label={`${ct('judge.disqualify')}: ${e.fullName}`}
                            onClick={() => askReason(entryTarget(e))}
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

      <section className="panel" aria-labelledby="flags-title">
        <h2 id="flags-title">{ct('judge.flagsTitle')}</h2>
        <p className="muted">{ct('judge.flagsHelp')}</p>
        {flags.loading && <Loading />}
        {flags.error !== null && (
          <ErrorBox onRetry={flags.reload}>{errorText(flags.error)}</ErrorBox>
        )}
        {flags.data?.length === 0 && <p>{ct('judge.noFlags')}</p>}
        <ul className="cards">
          {flags.data?.map((f) => (
            <li key={f.attemptId} className="card">
              <p>
                <strong>{f.fullName}</strong>{' '}
                {f.kinds.map((k) => (
                  <span className="flag" key={k}>
                    {labels.flag(k)}
                  </span>
                ))}
              </p>
              <ul>
                {(f.details ?? f.detail.split('\n')).filter(Boolean).map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
              {out.has(f.attemptId) ? (
                <p className="warn-text">{ct('judge.out')}</p>
              ) : (
                <button
                  type="button"
                  className="btn btn--small"
                  disabled={busy || finalized}
                  onClick={() => askReason({ attemptId: f.attemptId, fullName: f.fullName })}
                >
                  {ct('judge.disqualify')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>

      <EssayGrading
        essays={essays.data}
        error={essays.error}
        reload={essays.reload}
        disabled={finalized}
      />
      {authoring && <RegradePanel roundId={roundId} disabled={finalized} />}

      <section className="panel" aria-labelledby="audit-title">
        <h2 id="audit-title">{ct('judge.audit')}</h2>
        {audit.loading && <Loading />}
        {audit.error !== null && (
          <ErrorBox onRetry={audit.reload}>{errorText(audit.error)}</ErrorBox>
        )}
        {audit.data?.items.length === 0 && <p>{ct('dash.noData')}</p>}
        {audit.data && audit.data.items.length > 0 && (
          <div className="table-wrap">
            <table className="table" data-testid="audit">
              <thead>
                <tr>
                  <th scope="col">{ct('judge.when')}</th>
                  <th scope="col">{ct('judge.who')}</th>
                  <th scope="col">{ct('judge.what')}</th>
                  <th scope="col">{ct('judge.whom')}</th>
                  <th scope="col">{ct('judge.why')}</th>
                </tr>
              </thead>
              <tbody>
                {audit.data.items.map((a) => (
                  <tr key={a.id}>
                    <td>{formatDateTime(a.at)}</td>
                    <td>{a.actorName ?? ''}</td>
                    <td>{labels.action(a.action)}</td>
                    <td>{a.targetUserName ?? ''}</td>
                    <td>{a.reason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {audit.data && (
          <Pager page={auditPage} pageSize={20} total={audit.data.total} onPage={setAuditPage} />
        )}
      </section>

      {disqualifying && (
        <Modal
          title={ct('judge.disqualifyTitle', { name: disqualifying.fullName })}
          onClose={() => setDisqualifying(null)}
        >
          <Field
            label={ct('judge.reason')}
            hint={ct('judge.reasonHint')}
            error={reasonError && reason.trim().length < 3 ? ct('judge.reasonRequired') : null}
          >
            {(p) => (
              <textarea
                {...p}
                className="input input--area"
                value={reason}
                required
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          <div className="modal__actions">
            <button type="button" className="btn" onClick={() => setDisqualifying(null)}>
              {ct('common.cancel')}
            </button>
            <button type="button" className="btn btn--danger" onClick={() => void disqualify()}>
              {ct('judge.disqualifyConfirm')}
            </button>
          </div>
        </Modal>
      )}
      {finalizing && (
        <Modal title={ct('judge.finalizeTitle')} onClose={() => setFinalizing(false)}>
          <p>{ct('judge.finalizeBody')}</p>
          <div className="modal__actions">
            <button type="button" className="btn" onClick={() => setFinalizing(false)}>
              {ct('common.cancel')}
            </button>
            <button type="button" className="btn btn--primary" onClick={() => void finalize()}>
              {ct('judge.finalizeConfirm')}
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}

function EssayGrading({
  essays,
  error,
  reload,
  disabled,
}: {
  essays: Essay[] | undefined;
  error: unknown;
  reload: () => void;
  disabled: boolean;
}) {
  const ct = useCT();
  const [points, setPoints] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<Record<string, boolean>>({});
  const [saveError, setSaveError] = useState<unknown>(null);
  const key = (e: Essay) => `${e.attemptId}:${e.questionId}`;
  const save = async (e: Essay) => {
    const value = Number(points[key(e)] ?? e.points ?? '');
    if (!Number.isFinite(value) || value < 0) return;
    setSaveError(null);
    try {
      await api(`/api/attempts/${e.attemptId}/grades/${e.questionId}`, {
        method: 'PUT',
        body: { points: value },
      });
      setSaved((s) => ({ ...s, [key(e)]: true }));
    } catch (err) {
      setSaveError(err);
    }
  };
  const missing = error instanceof ApiError && [404, 405].includes(error.status);
  return (
    <section className="panel" aria-labelledby="essays-title">
      <h2 id="essays-title">{ct('judge.essays')}</h2>
      {missing && <p className="muted">{ct('dash.noEndpoint')}</p>}
      {error !== null && !missing && <ErrorBox onRetry={reload}>{errorText(error)}</ErrorBox>}
      {saveError !== null && <ErrorBox>{errorText(saveError)}</ErrorBox>}
      {essays?.length === 0 && <p>{ct('judge.noEssays')}</p>}
      <ul className="cards">
        {essays?.map((e) => (
          <li key={key(e)} className="card">
            {e.fullName && <p className="strong">{e.fullName}</p>}
            <p className="muted pre">{e.prompt}</p>
            <blockquote className="pre">{e.text}</blockquote>
            <div className="toolbar">
              <Field label={ct('judge.points', { max: e.maxPoints ?? '' })}>
                {(p) => (
                  <input
                    {...p}
                    className="input"
                    inputMode="decimal"
                    value={points[key(e)] ?? (e.points != null ? String(e.points) : '')}
                    disabled={disabled}
                    onChange={(ev) => setPoints((s) => ({ ...s, [key(e)]: ev.target.value }))}
                  />
                )}
              </Field>
              <button
                type="button"
                className="btn"
                disabled={disabled}
                onClick={() => void save(e)}
              >
                {ct('common.save')}
              </button>
              {saved[key(e)] && <span className="ok-text">{ct('judge.graded')}</span>}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
