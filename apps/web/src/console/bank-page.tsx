import { type FormEvent, useState } from 'react';
import { ErrorBox, Loading, Modal, Pager } from '../components/ui';
import { api, download, type Page } from '../lib/api';
import { Link } from '../lib/router';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { BankAccessPanel } from './bank-access-panel';
import { ExcelImport } from './excel-import';
import { useCT } from './messages';
import { QUESTION_TYPES, QuestionEditor, typeKey } from './question-editor';
import type { Bank, Question, QuestionInput } from '../api/types';
import { endpoints } from '../api/endpoints';

const PAGE_SIZE = 25;
const FORMATS = ['xlsx', 'csv', 'aiken', 'gift'] as const;

export function BankPage({ bankId }: { bankId: string }) {
  const ct = useCT();
  const bank = useResource(() => api<Bank>(endpoints.bank(bankId)), [bankId]);
  const [filters, setFilters] = useState({
    q: '',
    tag: '',
    difficulty: '',
    type: '',
    status: 'active',
  });
  const [applied, setApplied] = useState(filters);
  const [page, setPage] = useState(1);
  const questions = useResource(
    () =>
      api<Page<Question>>(endpoints.bankQuestions(bankId), {
        query: { ...applied, page, pageSize: PAGE_SIZE },
      }),
    [bankId, applied, page],
  );
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  const [archiving, setArchiving] = useState<Question | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setPage(1);
    setApplied(filters);
  };

  const save = async (input: QuestionInput) => {
    if (editing === 'new') {
      await api(endpoints.bankQuestions(bankId), { method: 'POST', body: input });
    } else if (editing) {
      await api(endpoints.question(editing.id), { method: 'PATCH', body: input });
    }
    setEditing(null);
    questions.reload();
    bank.reload();
  };

  const archive = async () => {
    if (!archiving) return;
    try {
      await api(endpoints.question(archiving.id), { method: 'DELETE' });
      setArchiving(null);
      questions.reload();
      bank.reload();
    } catch (err) {
      setActionError(err);
      setArchiving(null);
    }
  };

  const exportAs = (format: (typeof FORMATS)[number]) => {
    setActionError(null);
    download(
      `${endpoints.bankExport(bankId)}?format=${format}`,
      `ngan-hang.${format === 'aiken' || format === 'gift' ? 'txt' : format}`,
    ).catch(setActionError);
  };

  return (
    <div>
      <p>
        <Link to="/quan-tri/ngan-hang">‹ {ct('banks.title')}</Link>
      </p>
      {bank.loading && <Loading />}
      {bank.error !== null && <ErrorBox onRetry={bank.reload}>{errorText(bank.error)}</ErrorBox>}
      <h1>{bank.data?.title ?? ct('banks.title')}</h1>
      {bank.data && (
        <p className="muted">
          {ct('bank.summary', { n: bank.data.questionCount, theme: bank.data.theme })}
        </p>
      )}
      <div className="toolbar" role="group" aria-label={ct('bank.actions')}>
        <button type="button" className="btn btn--primary" onClick={() => setEditing('new')}>
          + {ct('bank.addQuestion')}
        </button>
        {FORMATS.map((f) => (
          <button key={f} type="button" className="btn" onClick={() => exportAs(f)}>
            {ct('bank.export', { format: f.toUpperCase() })}
          </button>
        ))}
        <button
          type="button"
          className="btn"
          onClick={() =>
            void download(endpoints.importTemplate, 'mau-nhap-cau-hoi.xlsx').catch(setActionError)
          }
        >
          {ct('banks.template')}
        </button>
        <Link className="btn" to={`/quan-tri/ngan-hang/${bankId}/xem-truoc`}>
          {ct('bank.previewImport')}
        </Link>
      </div>
      {actionError !== null && <ErrorBox>{errorText(actionError)}</ErrorBox>}

      <form className="toolbar" onSubmit={search} role="search" aria-label={ct('bank.search')}>
        <div className="field">
          <label className="field__label" htmlFor="f-q">
            {ct('bank.search')}
          </label>
          <input
            id="f-q"
            className="input"
            type="search"
            value={filters.q}
            onChange={(e) => setFilters({ ...filters, q: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="f-tag">
            {ct('editor.tags')}
          </label>
          <input
            id="f-tag"
            className="input"
            value={filters.tag}
            onChange={(e) => setFilters({ ...filters, tag: e.target.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="f-diff">
            {ct('editor.difficulty')}
          </label>
          <select
            id="f-diff"
            className="input"
            value={filters.difficulty}
            onChange={(e) => setFilters({ ...filters, difficulty: e.target.value })}
          >
            <option value="">{ct('common.all')}</option>
            <option value="1">{ct('difficulty.1')}</option>
            <option value="2">{ct('difficulty.2')}</option>
            <option value="3">{ct('difficulty.3')}</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="f-type">
            {ct('editor.type')}
          </label>
          <select
            id="f-type"
            className="input"
            value={filters.type}
            onChange={(e) => setFilters({ ...filters, type: e.target.value })}
          >
            <option value="">{ct('common.all')}</option>
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {ct(typeKey(type))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="f-status">
            {ct('bank.status')}
          </label>
          <select
            id="f-status"
            className="input"
            value={filters.status}
            onChange={(e) => setFilters({ ...filters, status: e.target.value })}
          >
            <option value="active">{ct('bank.active')}</option>
            <option value="archived">{ct('bank.archived')}</option>
            <option value="all">{ct('common.all')}</option>
          </select>
        </div>
        <button type="submit" className="btn">
          {ct('bank.filter')}
        </button>
      </form>

      {questions.loading && <Loading />}
      {questions.error !== null && (
        <ErrorBox onRetry={questions.reload}>{errorText(questions.error)}</ErrorBox>
      )}
      {questions.data && (
        <>
          <p className="muted">{ct('bank.found', { n: questions.data.total })}</p>
          <div className="table-wrap">
            <table className="table" data-testid="questions">
              <thead>
                <tr>
                  <th scope="col">{ct('editor.prompt')}</th>
                  <th scope="col">{ct('editor.type')}</th>
                  <th scope="col">{ct('editor.difficulty')}</th>
                  <th scope="col">{ct('editor.tags')}</th>
                  <th scope="col" className="num">
                    {ct('bank.version')}
                  </th>
                  <th scope="col">{ct('common.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {questions.data.items.map((q) => (
                  <tr key={q.id}>
                    <td>
                      <div className="pre clamp">{q.prompt}</div>
                      {q.options.length > 0 && (
                        <div className="muted">
                          {ct('bank.correctIs')}{' '}
                          {q.options
                            .filter((o) => o.correct)
                            .map((o) => o.text)
                            .join(' · ')}
                        </div>
                      )}
                    </td>
                    <td>{ct(typeKey(q.type))}</td>
                    <td>{ct(`difficulty.${q.difficulty}`)}</td>
                    <td>
                      {q.tags.map((tag) => (
                        <span className="tag" key={tag}>
                          {tag}
                        </span>
                      ))}
                    </td>
                    <td className="num">{q.version}</td>
                    <td>
                      <div className="row">
                        <button
                          type="button"
                          className="btn btn--small"
                          onClick={() => setEditing(q)}
                          aria-label={`${ct('common.edit')}: ${q.prompt.slice(0, 60)}`}
                        >
                          {ct('common.edit')}
                        </button>
                        {q.status === 'active' && (
                          <button
                            type="button"
                            className="btn btn--small"
                            onClick={() => setArchiving(q)}
                            aria-label={`${ct('bank.archive')}: ${q.prompt.slice(0, 60)}`}
                          >
                            {ct('bank.archive')}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={questions.data.total} onPage={setPage} />
        </>
      )}

      <ExcelImport
        bankId={bankId}
        onImported={() => {
          questions.reload();
          bank.reload();
        }}
      />

      <BankAccessPanel bankId={bankId} />

      {editing && (
        <Modal
          wide
          title={editing === 'new' ? ct('bank.addQuestion') : ct('bank.editQuestion')}
          onClose={() => setEditing(null)}
        >
          <QuestionEditor
            title={editing === 'new' ? ct('bank.addQuestion') : ct('bank.editQuestion')}
            initial={editing === 'new' ? undefined : editing}
            onSave={save}
            onCancel={() => setEditing(null)}
          />
          {editing !== 'new' && <p className="muted">{ct('bank.versionNote')}</p>}
        </Modal>
      )}
      {archiving && (
        <Modal title={ct('bank.archiveTitle')} onClose={() => setArchiving(null)}>
          <p className="pre">{archiving.prompt}</p>
          <p>{ct('bank.archiveNote')}</p>
          <div className="modal__actions">
            <button type="button" className="btn" onClick={() => setArchiving(null)}>
              {ct('common.cancel')}
            </button>
            <button type="button" className="btn btn--danger" onClick={() => void archive()}>
              {ct('bank.archive')}
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
