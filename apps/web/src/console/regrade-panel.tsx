import { useState } from 'react';
import { ErrorBox, Field, Modal, Notice } from '../components/ui';
import { api } from '../lib/api';
import { formatNumber } from '../lib/format';
import { errorText } from '../messages';
import { type ConsoleKey, useCT } from './messages';
import type { RegradeResult } from '../api/types';
import { endpoints } from '../api/endpoints';

const prizeKey = (p: string | null): ConsoleKey | null =>
  p === 'first' || p === 'second' || p === 'third' || p === 'consolation' ? `prize.${p}` : null;

/**
 * Answer-key regrade (issue 8): after a question's key is corrected, preview which attempts
 * change score and how prizes would move, then apply — with a reason, audited.
 */
export function RegradePanel({
  initialQuestionId = '',
  roundId,
  disabled,
}: {
  initialQuestionId?: string;
  roundId?: string;
  disabled?: boolean;
}) {
  const ct = useCT();
  const [questionId, setQuestionId] = useState(initialQuestionId);
  const [preview, setPreview] = useState<RegradeResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [applied, setApplied] = useState<RegradeResult | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const id = questionId.trim();
  const valid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
  const scope = roundId ? { roundIds: [roundId] } : {};

  const load = async () => {
    setError(null);
    setApplied(null);
    try {
      setPreview(
        await api<RegradeResult>(endpoints.regradePreview(id), {
          method: 'POST',
          body: scope,
        }),
      );
    } catch (err) {
      setError(err);
    }
  };
  const apply = async () => {
    if (reason.trim().length < 3) {
      setReasonError(true);
      return;
    }
    setConfirming(false);
    setError(null);
    try {
      setApplied(
        await api<RegradeResult>(endpoints.regradeApply(id), {
          method: 'POST',
          body: { ...scope, reason: reason.trim() },
        }),
      );
      setPreview(null);
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="panel" aria-labelledby="regrade-title">
      <h2 id="regrade-title">{ct('judge.regrade')}</h2>
      <p className="muted">{ct('judge.regradeHelp')}</p>
      <div className="toolbar">
        <Field label={ct('judge.questionId')}>
          {(p) => (
            <input
              {...p}
              className="input"
              value={questionId}
              onChange={(e) => setQuestionId(e.target.value)}
            />
          )}
        </Field>
        <button
          type="button"
          className="btn"
          disabled={!valid || disabled}
          onClick={() => void load()}
        >
          {ct('judge.regradePreview')}
        </button>
      </div>
      {error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
      {applied && (
        <Notice kind="success">
          {ct('judge.regradeApplied')} {ct('judge.regradeCount', { n: applied.changes.length })}
        </Notice>
      )}
      {preview && (
        <div data-testid="regrade-preview">
          <p>
            {ct('judge.regradeAffected', { n: preview.affectedAttempts })}{' '}
            {ct('judge.regradeCount', { n: preview.changes.length })}
          </p>
          {preview.warnings.map((w) => (
            <p key={w} className="alert alert--warn">
              {w}
            </p>
          ))}
          {preview.changes.length > 0 && (
            <div className="table-wrap">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{ct('judge.name')}</th>
                    <th scope="col" className="num">
                      {ct('judge.before')}
                    </th>
                    <th scope="col" className="num">
                      {ct('judge.after')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {preview.changes.map((c) => (
                    <tr key={c.attemptId}>
                      <td>{c.fullName}</td>
                      <td className="num">
                        {formatNumber(c.oldScore)} ({c.oldCorrectCount})
                      </td>
                      <td className="num">
                        {formatNumber(c.newScore)} ({c.newCorrectCount})
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {preview.rounds.map((r) =>
            r.prizeChanges.length > 0 ? (
              <div key={r.roundId}>
                <h3>
                  {r.contestTitle} — {r.roundTitle}: {ct('judge.prizeMoves')}
                </h3>
                <ul>
                  {r.prizeChanges.map((p) => {
                    const before = prizeKey(p.before);
                    const after = prizeKey(p.after);
                    return (
                      <li key={p.userId}>
                        {p.fullName}: {before ? ct(before) : '—'} → {after ? ct(after) : '—'}
                      </li>
                    );
                  })}
                </ul>
              </div>
            ) : null,
          )}
          {preview.finalizedRoundsSkipped.length > 0 && (
            <p className="muted">
              {ct('judge.regradeSkipped', {
                rounds: preview.finalizedRoundsSkipped.map((r) => r.roundTitle).join(', '),
              })}
            </p>
          )}
          <button
            type="button"
            className="btn btn--primary"
            disabled={disabled || preview.affectedAttempts === 0}
            onClick={() => {
              setReason('');
              setReasonError(false);
              setConfirming(true);
            }}
          >
            {ct('judge.regradeApply')}
          </button>
        </div>
      )}
      {confirming && preview && (
        <Modal title={ct('judge.regradeApply')} onClose={() => setConfirming(false)}>
          <p>{ct('judge.regradeConfirm', { n: preview.changes.length })}</p>
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
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
          <div className="modal__actions">
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              {ct('common.cancel')}
            </button>
            <button type="button" className="btn btn--primary" onClick={() => void apply()}>
              {ct('judge.regradeApply')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
