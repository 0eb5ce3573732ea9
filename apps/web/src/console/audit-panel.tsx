import { useState } from 'react';
import { ErrorBox, Loading, Pager } from '../components/ui';
import { api, type Page } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { useJudgingLabels } from './judging-labels';
import { useCT } from './messages';
import type { AuditEntry } from '../api/types';
import { endpoints } from '../api/endpoints';

const PAGE_SIZE = 20;

/** The judges' audit log of a round, a page at a time; reloads when `version` changes. */
export function AuditPanel({ roundId, version }: { roundId: string; version: number }) {
  const ct = useCT();
  const labels = useJudgingLabels();
  const [page, setPage] = useState(1);
  const audit = useResource(
    () =>
      api<Page<AuditEntry>>(endpoints.audit, {
        query: { roundId, page, pageSize: PAGE_SIZE },
      }),
    [roundId, page, version],
  );
  return (
    <section className="panel" aria-labelledby="audit-title">
      <h2 id="audit-title">{ct('judge.audit')}</h2>
      {audit.loading && <Loading />}
      {audit.error !== null && <ErrorBox onRetry={audit.reload}>{errorText(audit.error)}</ErrorBox>}
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
        <Pager page={page} pageSize={PAGE_SIZE} total={audit.data.total} onPage={setPage} />
      )}
    </section>
  );
}
