import { type FormEvent, useState } from 'react';
import { ErrorBox, Field, Loading, Modal, Notice } from '../components/ui';
import { api } from '../lib/api';
import { formatDate } from '../lib/format';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { useAT } from './access-messages';
import { endpoints } from '../api/endpoints';
import type { BankAccess, BankEditor } from '../api/types';

/**
 * A bank's access list (docs/security.md, "Question banks: access lists"): its owner and
 * co-editors; the owner and administrators add co-editors by e-mail and remove them.
 */
export function BankAccessPanel({ bankId }: { bankId: string }) {
  const at = useAT();
  const access = useResource(() => api<BankAccess>(endpoints.bankAccess(bankId)), [bankId]);
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [removing, setRemoving] = useState<BankEditor | null>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim()) return;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const before = new Set(access.data?.editors.map((e) => e.userId));
      const editors = await api<BankEditor[]>(endpoints.bankEditors(bankId), {
        method: 'POST',
        body: { email: email.trim() },
      });
      const added = editors.find((e) => !before.has(e.userId));
      setEmail('');
      if (added) setDone(at('access.added', { name: added.fullName }));
      access.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!removing) return;
    const editor = removing;
    setRemoving(null);
    setError(null);
    setDone(null);
    try {
      await api(endpoints.bankEditor(bankId, editor.userId), { method: 'DELETE' });
      setDone(at('access.removed', { name: editor.fullName }));
      access.reload();
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="panel" aria-labelledby="bank-access-title">
      <h2 id="bank-access-title">{at('access.title')}</h2>
      <p className="muted">{at('access.intro')}</p>
      {access.loading && !access.data && <Loading />}
      {access.error !== null && (
        <ErrorBox onRetry={access.reload}>{errorText(access.error)}</ErrorBox>
      )}
      {error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
      {done && <Notice kind="success">{done}</Notice>}
      {access.data && (
        <>
          <h3>{at('access.owner')}</h3>
          <p>{access.data.owner ? access.data.owner.fullName : at('access.noOwner')}</p>
          <h3>{at('access.editors')}</h3>
          {access.data.editors.length === 0 ? (
            <p>{at('access.noEditors')}</p>
          ) : (
            <ul className="access-list">
              {access.data.editors.map((editor) => (
                <li key={editor.userId}>
                  <span>
                    {editor.fullName}{' '}
                    <span className="muted">
                      ({at('access.addedAt', { date: formatDate(editor.addedAt) })})
                    </span>
                  </span>
                  {access.data?.canManage && (
                    <button
                      type="button"
                      className="btn btn--small btn--danger"
                      aria-label={at('access.removeLabel', { name: editor.fullName })}
                      onClick={() => setRemoving(editor)}
                    >
                      {at('access.remove')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {access.data.canManage ? (
            <form onSubmit={(e) => void add(e)} noValidate>
              <h3>{at('access.add')}</h3>
              <div className="toolbar">
                <Field label={at('access.emailLabel')} hint={at('access.emailHint')}>
                  {(p) => (
                    <input
                      {...p}
                      className="input"
                      type="email"
                      autoComplete="off"
                      value={email}
                      onChange={(e) => setEmail(e.target.value)}
                    />
                  )}
                </Field>
                <button type="submit" className="btn btn--primary" disabled={busy || !email.trim()}>
                  {at('access.addButton')}
                </button>
              </div>
            </form>
          ) : (
            <p className="muted">{at('access.onlyOwner')}</p>
          )}
        </>
      )}
      {removing && (
        <Modal title={at('access.remove')} onClose={() => setRemoving(null)}>
          <p>{at('access.removeConfirm', { name: removing.fullName })}</p>
          <div className="modal__actions">
            <button type="button" className="btn btn--danger" onClick={() => void remove()}>
              {at('access.remove')}
            </button>
            <button type="button" className="btn" onClick={() => setRemoving(null)}>
              {at('accounts.cancel')}
            </button>
          </div>
        </Modal>
      )}
    </section>
  );
}
