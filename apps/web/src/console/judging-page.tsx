import { useEffect, useState } from 'react';
import { ErrorBox, Notice } from '../components/ui';
import { api, ApiError, download } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { Link, useLocation } from '../lib/router';
import { hasRole, useSession } from '../lib/session';
import type { Contest } from '../api/types';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { AuditPanel } from './audit-panel';
import { EssayGrading } from './essay-grading';
import { FlagsPanel } from './flags-panel';
import { DisqualifyDialog, FinalizeDialog } from './judging-dialogs';
import type { JudgingTarget } from './judging-labels';
import { type ConsoleKey, useCT } from './messages';
import { RegradePanel } from './regrade-panel';
import { ResultsPanel } from './results-table';
import type { Essay, Results, RoundFlag } from '../api/types';
import { endpoints } from '../api/endpoints';

const KNOWN_ERRORS: Record<string, ConsoleKey> = {
  'judge.err.ROUND_NOT_CLOSED': 'judge.err.ROUND_NOT_CLOSED',
  'judge.err.RESULTS_FINALIZED': 'judge.err.RESULTS_FINALIZED',
  'judge.err.RESULTS_NOT_COMPUTED': 'judge.err.RESULTS_NOT_COMPUTED',
  'judge.err.ESSAYS_PENDING': 'judge.err.ESSAYS_PENDING',
};

/** A judge's screen for one round: results with tie-breaks, flags, decisions, export. */
export function JudgingPage({ roundId }: { roundId: string }) {
  const ct = useCT();
  const { search } = useLocation();
  const contestId = search.get('cuoc-thi');
  const authoring = hasRole(useSession().user, 'admin', 'organizer');
  const contest = useResource(
    () => (contestId ? api<Contest>(endpoints.contest(contestId)) : Promise.resolve(null)),
    [contestId],
  );
  const round = contest.data?.rounds.find((r) => r.id === roundId);

  const [results, setResults] = useState<Results | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [disqualifying, setDisqualifying] = useState<JudgingTarget | null>(null);
  const [finalizing, setFinalizing] = useState(false);
  const [auditVersion, setAuditVersion] = useState(0);

  const flags = useResource(() => api<RoundFlag[]>(endpoints.flags(roundId)), [roundId]);
  const essays = useResource(() => api<Essay[]>(endpoints.essays(roundId)), [roundId]);

  useEffect(() => {
    let alive = true;
    api<Results>(endpoints.results(roundId)).then(
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
    setResults(await api<Results>(endpoints.computeResults(roundId), { method: 'POST' }));
  };

  const compute = () =>
    run(async () => {
      await recompute();
      setNotice(ct('judge.computed'));
    });

  const disqualify = async (target: JudgingTarget, reason: string) => {
    setDisqualifying(null);
    await run(async () => {
      await api(endpoints.disqualify(target.attemptId), {
        method: 'POST',
        body: { reason },
      });
      if (results) await recompute();
      void flags.reload();
      setNotice(ct('judge.disqualified', { name: target.fullName }));
    });
  };

  const reinstate = (target: JudgingTarget) =>
    run(async () => {
      await api(endpoints.reinstate(target.attemptId), { method: 'POST', body: {} });
      if (results) await recompute();
      setNotice(ct('judge.reinstated', { name: target.fullName }));
    });

  const finalize = () =>
    run(async () => {
      setFinalizing(false);
      setResults(await api<Results>(endpoints.finalizeResults(roundId), { method: 'POST' }));
      setNotice(ct('judge.finalizedNotice'));
    });

  const exportAs = (format: 'xlsx' | 'csv') =>
    run(async () => {
      const name = await download(
        `${endpoints.exportResults(roundId)}?format=${format}`,
        `ket-qua.${format}`,
      );
      setNotice(ct('judge.downloaded', { name }));
    });

  // Full ID numbers for administrators, masked for judges (docs/identity.md).
  const exportIdentity = () =>
    run(async () => {
      const id = contest.data?.id ?? '';
      const name = await download(endpoints.winnersIdentity(id), 'cccd.csv');
      setNotice(ct('judge.downloaded', { name }));
    });

  const finalized =
    !!results?.finalizedAt || (error instanceof ApiError && error.code === 'RESULTS_FINALIZED');
  const errorMessage = (err: unknown) => {
    if (err instanceof ApiError) {
      const known = KNOWN_ERRORS[`judge.err.${err.code}`];
      if (known) return `${ct(known)} ${err.message}`;
    }
    return errorText(err);
  };
  const out = new Set(results?.entries.filter((e) => e.disqualified).map((e) => e.attemptId));

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
        {contest.data?.requireNationalId && (
          <button
            type="button"
            className="btn"
            disabled={busy || !results}
            onClick={() => void exportIdentity()}
          >
            {ct('judge.identityCsv')}
          </button>
        )}
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

      <ResultsPanel
        results={results}
        loading={loading}
        locked={busy || finalized}
        onDisqualify={setDisqualifying}
        onReinstate={(target) => void reinstate(target)}
      />
      <FlagsPanel
        flags={flags}
        out={out}
        locked={busy || finalized}
        onDisqualify={setDisqualifying}
      />
      <EssayGrading
        essays={essays.data}
        error={essays.error}
        reload={essays.reload}
        disabled={finalized}
      />
      {authoring && <RegradePanel roundId={roundId} disabled={finalized} />}
      <AuditPanel roundId={roundId} version={auditVersion} />

      {disqualifying && (
        <DisqualifyDialog
          target={disqualifying}
          onConfirm={(reason) => void disqualify(disqualifying, reason)}
          onClose={() => setDisqualifying(null)}
        />
      )}
      {finalizing && (
        <FinalizeDialog onConfirm={() => void finalize()} onClose={() => setFinalizing(false)} />
      )}
    </div>
  );
}
