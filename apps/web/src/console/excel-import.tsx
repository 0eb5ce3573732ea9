import { useRef, useState } from 'react';
import { ErrorBox, Notice } from '../components/ui';
import { api, ApiError } from '../lib/api';
import { formatNumber } from '../lib/format';
import { errorText } from '../messages';
import { useCT } from './messages';
import type { ImportResult, ImportRowError } from '../api/types';
import { endpoints } from '../api/endpoints';

function rowErrors(error: unknown): ImportRowError[] | null {
  if (!(error instanceof ApiError) || error.code !== 'IMPORT_FAILED') return null;
  const raw: unknown = error.body.errors ?? error.body.details;
  return Array.isArray(raw) ? (raw as ImportRowError[]) : [];
}

/**
 * Excel/CSV import in the template layout: a dry run first (nothing written), the row-by-row
 * report, then the real import. All or nothing: any bad row and nothing is written, so the
 * organizer fixes the file and uploads it again.
 */
export function ExcelImport({ bankId, onImported }: { bankId: string; onImported: () => void }) {
  const ct = useCT();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<{
    dryRun: boolean;
    errors: ImportRowError[];
    count: number;
  } | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (dryRun: boolean) => {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      const result = await api<ImportResult>(endpoints.bankImport(bankId), {
        method: 'POST',
        form,
        query: dryRun ? { dryRun: 'true' } : undefined,
      });
      setReport({
        dryRun,
        errors: result.errors ?? [],
        count: dryRun ? (result.wouldCreate ?? 0) : result.created,
      });
      if (!dryRun) {
        onImported();
        setFile(null);
        if (input.current) input.current.value = '';
      }
    } catch (err) {
      const rows = rowErrors(err);
      if (rows) setReport({ dryRun, errors: rows, count: 0 });
      else setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="excel-import-title">
      <h2 id="excel-import-title">{ct('import.title')}</h2>
      <p className="muted">{ct('import.intro')}</p>
      <div className="toolbar">
        <div className="field">
          <label className="field__label" htmlFor="import-file">
            {ct('import.file')}
          </label>
          <input
            id="import-file"
            ref={input}
            className="input"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setError(null);
            }}
          />
        </div>
        <button
          type="button"
          className="btn"
          disabled={!file || busy}
          onClick={() => void run(true)}
        >
          {ct('import.check')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={!file || busy}
          onClick={() => void run(false)}
        >
          {ct('import.run')}
        </button>
      </div>
      {error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
      {report && report.errors.length === 0 && (
        <Notice kind="success">
          <span data-testid="import-ok">
            {report.dryRun
              ? ct('import.dryOk', { n: formatNumber(report.count) })
              : ct('import.done', { n: formatNumber(report.count) })}
          </span>
        </Notice>
      )}
      {report && report.errors.length > 0 && (
        <div data-testid="import-report">
          <p className="alert alert--error" role="alert">
            {ct('import.failed', { n: report.errors.length })}
          </p>
          <div className="table-wrap error-rows">
            <table className="table">
              <caption className="sr-only">{ct('import.reportCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {ct('import.row')}
                  </th>
                  <th scope="col">{ct('import.problem')}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e, i) => (
                  <tr key={`${e.row}-${i}`}>
                    <td className="num">{e.row}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>{ct('import.fixHint')}</p>
        </div>
      )}
    </section>
  );
}
