import { useState } from 'react';
import { ErrorBox, Modal, Notice } from '../components/ui';
import { api, ApiError } from '../lib/api';
import { Link } from '../lib/router';
import { errorText } from '../messages';
import { useCT } from './messages';
import { detailLines, QuestionEditor, typeKey } from './question-editor';
import type { PreviewImport, PreviewItem, QuestionInput } from '../api/types';
import { endpoints } from '../api/endpoints';

/**
 * Import with preview, for every format (Word, Aiken, GIFT, Moodle XML, Kahoot/Quizizz sheets
 * and the template): upload → check each recognised question with its problems and warnings →
 * edit or drop items → confirm. Nothing reaches the bank before confirm.
 */
export function ImportPreviewPage({ bankId }: { bankId: string }) {
  const ct = useCT();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<PreviewImport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<PreviewItem | null>(null);
  const [created, setCreated] = useState<number | null>(null);

  const upload = async () => {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      setPreview(await api<PreviewImport>(endpoints.imports(bankId), { method: 'POST', form }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const saveItem = async (input: QuestionInput) => {
    if (!preview || !editing) return;
    const item = await api<PreviewItem>(endpoints.importItem(bankId, preview.id, editing.index), {
      method: 'PATCH',
      body: input,
    });
    setPreview({
      ...preview,
      items: preview.items.map((i) => (i.index === item.index ? item : i)),
    });
    setEditing(null);
    await refresh(preview.id);
  };

  /** The server's counts change with every edit and drop. */
  const refresh = async (id: string) => {
    try {
      setPreview(await api<PreviewImport>(endpoints.importPreview(bankId, id)));
    } catch {
      // The local copy stays; the next action shows any error.
    }
  };

  const drop = async (item: PreviewItem) => {
    if (!preview) return;
    setError(null);
    try {
      await api(endpoints.importItem(bankId, preview.id, item.index), {
        method: 'DELETE',
      });
      setPreview({ ...preview, items: preview.items.filter((i) => i.index !== item.index) });
      await refresh(preview.id);
    } catch (err) {
      setError(err);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api<{ created: number }>(endpoints.importConfirm(bankId, preview.id), {
        method: 'POST',
      });
      setCreated(result.created);
      setPreview(null);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const invalid = preview?.items.filter((i) => i.reasons.length > 0).length ?? 0;
  return (
    <div>
      <p>
        <Link to={`/quan-tri/ngan-hang/${bankId}`}>‹ {ct('preview.back')}</Link>
      </p>
      <h1>{ct('preview.title')}</h1>
      <p className="muted">{ct('preview.intro')}</p>
      <div className="toolbar">
        <div className="field">
          <label className="field__label" htmlFor="preview-file">
            {ct('import.file')}
          </label>
          <input
            id="preview-file"
            className="input"
            type="file"
            accept=".docx,.txt,.gift,.xml,.xlsx,.csv"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <button
          type="button"
          className="btn btn--primary"
          disabled={!file || busy}
          onClick={() => void upload()}
        >
          {ct('preview.read')}
        </button>
      </div>
      {error !== null && (
        <ErrorBox>
          {errorText(error)}
          {error instanceof ApiError && detailLines(error).length > 0 && (
            <ul>
              {detailLines(error).map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          )}
        </ErrorBox>
      )}
      {created !== null && <Notice kind="success">{ct('import.done', { n: created })}</Notice>}
      {preview && (
        <>
          <p>
            {ct('preview.summary', {
              format: preview.format,
              n: preview.items.length,
              invalid,
            })}
          </p>
          {preview.summary && <p className="strong">{preview.summary.text}</p>}
          {preview.errors && preview.errors.length > 0 && (
            <div className="alert alert--warn">
              <p>{ct('preview.fileErrors', { n: preview.errors.length })}</p>
              <ul>
                {preview.errors.map((e, i) => (
                  <li key={i}>{e.message}</li>
                ))}
              </ul>
            </div>
          )}
          <ol className="cards">
            {preview.items.map((item) => (
              <li key={item.index} className="card">
                <p className="muted">
                  #{item.index + 1} · {ct(typeKey(item.type))}
                </p>
                <p className="pre strong">{item.prompt}</p>
                {item.options.length > 0 && (
                  <ul>
                    {item.options.map((o, i) => (
                      <li key={i} className={o.correct ? 'ok-text' : undefined}>
                        {o.text}
                        {o.correct ? ` ✓ ${ct('preview.correct')}` : ''}
                      </li>
                    ))}
                  </ul>
                )}
                {item.acceptedAnswers && item.acceptedAnswers.length > 0 && (
                  <p>
                    {ct('editor.accepted')}: {item.acceptedAnswers.join(' · ')}
                  </p>
                )}
                {item.reasons.map((r, i) => (
                  <p key={`r${i}`} className="alert alert--error">
                    {r}
                  </p>
                ))}
                {item.warnings.map((w, i) => (
                  <p key={`w${i}`} className="alert alert--warn">
                    {w}
                  </p>
                ))}
                <div className="row">
                  <button type="button" className="btn btn--small" onClick={() => setEditing(item)}>
                    {ct('common.edit')}
                  </button>
                  <button type="button" className="btn btn--small" onClick={() => void drop(item)}>
                    {ct('preview.drop')}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="btn btn--primary"
            disabled={busy || invalid > 0 || preview.items.length === 0}
            onClick={() => void confirm()}
          >
            {ct('preview.confirm', { n: preview.items.length })}
          </button>
          {invalid > 0 && <p className="warn-text">{ct('preview.fixFirst', { n: invalid })}</p>}
        </>
      )}
      {editing && (
        <Modal wide title={ct('bank.editQuestion')} onClose={() => setEditing(null)}>
          <QuestionEditor
            title={ct('bank.editQuestion')}
            initial={editing}
            onSave={saveItem}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      )}
    </div>
  );
}
