import { type FormEvent, useState } from 'react';
import { ErrorBox, Field, Loading, Pager } from '../components/ui';
import { api, download, type Page } from '../lib/api';
import { formatDate, formatNumber } from '../lib/format';
import { Link, navigate } from '../lib/router';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { useCT } from './messages';
import type { Bank } from '../api/types';
import { endpoints } from '../api/endpoints';

const PAGE_SIZE = 20;

export function BanksPage() {
  const ct = useCT();
  const [page, setPage] = useState(1);
  const banks = useResource(
    () => api<Page<Bank>>(endpoints.banks, { query: { page, pageSize: PAGE_SIZE } }),
    [page],
  );
  const [form, setForm] = useState({ title: '', theme: '', description: '' });
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.title.trim() || !form.theme.trim()) {
      setMissing(true);
      return;
    }
    setCreating(true);
    setError(null);
    try {
      const bank = await api<Bank>(endpoints.banks, {
        method: 'POST',
        body: {
          title: form.title.trim(),
          theme: form.theme.trim(),
          ...(form.description.trim() ? { description: form.description.trim() } : {}),
        },
      });
      navigate(`/quan-tri/ngan-hang/${bank.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setCreating(false);
    }
  };

  return (
    <div>
      <h1>{ct('banks.title')}</h1>
      <div className="toolbar">
        <button
          type="button"
          className="btn"
          onClick={() => void download(endpoints.importTemplate, 'mau-nhap-cau-hoi.xlsx')}
        >
          {ct('banks.template')}
        </button>
      </div>
      {banks.loading && <Loading />}
      {banks.error !== null && <ErrorBox onRetry={banks.reload}>{errorText(banks.error)}</ErrorBox>}
      {banks.data && (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{ct('banks.name')}</th>
                <th scope="col">{ct('banks.theme')}</th>
                <th scope="col" className="num">
                  {ct('banks.questions')}
                </th>
                <th scope="col">{ct('banks.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {banks.data.items.map((bank) => (
                <tr key={bank.id}>
                  <td>
                    <Link to={`/quan-tri/ngan-hang/${bank.id}`}>{bank.title}</Link>
                    {bank.description && <div className="muted">{bank.description}</div>}
                  </td>
                  <td>{bank.theme}</td>
                  <td className="num">{formatNumber(bank.questionCount)}</td>
                  <td>{bank.updatedAt ? formatDate(bank.updatedAt) : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {banks.data.items.length === 0 && <p>{ct('banks.empty')}</p>}
          <Pager page={page} pageSize={PAGE_SIZE} total={banks.data.total} onPage={setPage} />
        </div>
      )}

      <form className="panel" onSubmit={(e) => void create(e)} noValidate>
        <h2>{ct('banks.create')}</h2>
        {error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
        <div className="grid-2">
          <Field
            label={ct('banks.name')}
            error={missing && !form.title.trim() ? ct('form.required') : null}
          >
            {(p) => (
              <input
                {...p}
                className="input"
                value={form.title}
                onChange={(e) => setForm({ ...form, title: e.target.value })}
              />
            )}
          </Field>
          <Field
            label={ct('banks.theme')}
            hint={ct('banks.themeHint')}
            error={missing && !form.theme.trim() ? ct('form.required') : null}
          >
            {(p) => (
              <input
                {...p}
                className="input"
                value={form.theme}
                onChange={(e) => setForm({ ...form, theme: e.target.value })}
              />
            )}
          </Field>
        </div>
        <Field label={ct('banks.description')}>
          {(p) => (
            <textarea
              {...p}
              className="input input--area"
              value={form.description}
              onChange={(e) => setForm({ ...form, description: e.target.value })}
            />
          )}
        </Field>
        <button type="submit" className="btn btn--primary" disabled={creating}>
          {ct('banks.createButton')}
        </button>
      </form>
    </div>
  );
}
