import { ErrorBox, Loading } from '../components/ui';
import { api } from '../lib/api';
import { formatDateTime, formatNumber, formatPercent } from '../lib/format';
import { Link, navigate, useLocation } from '../lib/router';
import type { Contest } from '../api/types';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { useCT } from './messages';
import type { ParticipationReport, ReportLinks, ReportRow } from './report-types';
import { WeeklyChart } from './weekly-chart';
import { endpoints } from '../api/endpoints';

/**
 * The participation report (docs/reports.md): one row per unit below the chosen one, drillable
 * down the union tree, for one round or the whole contest, with the weekly chart and the
 * collective score rule. Served to organizers and to unit officers for their subtree. The
 * exports are plain links with a signed token (…/export-links), never blob URLs, so they also
 * download in phone in-app browsers.
 */
export function ParticipationReportPage({ contestId }: { contestId: string }) {
  const ct = useCT();
  const { pathname, search } = useLocation();
  const unitId = search.get('unitId') ?? undefined;
  const roundId = search.get('roundId') ?? undefined;
  const query = { unitId, roundId };
  const contest = useResource(() => api<Contest>(endpoints.contest(contestId)), [contestId]);
  const report = useResource(
    () => api<ParticipationReport>(endpoints.participationReport(contestId), { query }),
    [contestId, unitId, roundId],
  );
  const links = useResource(
    () => api<ReportLinks>(endpoints.participationReportLinks(contestId), { query }),
    [contestId, unitId, roundId],
  );
  const go = (next: { unitId?: string | null; roundId?: string | null }) => {
    const params = new URLSearchParams();
    const u = next.unitId === undefined ? unitId : next.unitId;
    const r = next.roundId === undefined ? roundId : next.roundId;
    if (u) params.set('unitId', u);
    if (r) params.set('roundId', r);
    const qs = params.toString();
    navigate(`${pathname}${qs ? `?${qs}` : ''}`);
  };
  const here = (u: string | null) => {
    const params = new URLSearchParams();
    if (u) params.set('unitId', u);
    if (roundId) params.set('roundId', roundId);
    const qs = params.toString();
    return `${pathname}${qs ? `?${qs}` : ''}`;
  };
  const data = report.data;
  return (
    <div className="report">
      <p>
        <Link to="/quan-tri/cuoc-thi">‹ {ct('contests.title')}</Link>
      </p>
      <h1>{ct('report.title')}</h1>
      {data && (
        <p className="lead">
          {data.contestTitle}
          {data.organizationName ? ` · ${data.organizationName}` : ''}
        </p>
      )}
      <div className="row report__controls">
        {contest.data && (
          <label className="report__round">
            <span>{ct('report.round')} </span>
            <select
              className="input"
              value={roundId ?? ''}
              onChange={(e) => go({ roundId: e.target.value || null })}
            >
              <option value="">{ct('report.wholeContest')}</option>
              {contest.data.rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </label>
        )}
        {links.data && (
          <>
            <a className="btn btn--primary" href={links.data.xlsx} download>
              {ct('report.exportXlsx')}
            </a>
            <a className="btn" href={links.data.pdf} download>
              {ct('report.exportPdf')}
            </a>
          </>
        )}
      </div>
      <nav aria-label={ct('report.path')} className="report__path">
        <ol className="breadcrumbs">
          <li>
            {unitId ? (
              <Link to={here(null)}>{ct('report.top')}</Link>
            ) : (
              <span aria-current="page">{ct('report.top')}</span>
            )}
          </li>
          {data?.path.map((p, i) => (
            <li key={p.id}>
              {i < data.path.length - 1 ? (
                <Link to={here(p.id)}>{p.name}</Link>
              ) : (
                <span aria-current="page">{p.name}</span>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {report.loading && <Loading />}
      {report.error !== null && (
        <ErrorBox onRetry={report.reload}>{errorText(report.error)}</ErrorBox>
      )}
      {data && !report.loading && (
        <>
          <ReportTable report={data} unitLink={here} />
          <section className="report__rule">
            <h2>{ct('report.ruleTitle')}</h2>
            <p data-testid="collective-rule">{data.collectiveRule}</p>
            <p className="muted">
              {ct('report.weights', {
                participation: formatNumber(data.collectiveWeights.participation),
                prizes: formatNumber(data.collectiveWeights.prizes),
                average: formatNumber(data.collectiveWeights.averageScore),
              })}
            </p>
          </section>
          <WeeklyChart weeks={data.weekly} />
          <p className="muted">
            {ct('report.generated', { at: formatDateTime(data.generatedAt) })}
          </p>
        </>
      )}
    </div>
  );
}

function ReportTable({
  report,
  unitLink,
}: {
  report: ParticipationReport;
  unitLink: (unitId: string | null) => string;
}) {
  const ct = useCT();
  const rate = (r: number | null) => (r === null ? '—' : formatPercent(r, 2));
  const cells = (row: ReportRow) => (
    <>
      <td className="num">{formatNumber(row.memberCount)}</td>
      <td className="num">{formatNumber(row.participants)}</td>
      <td className="num">{formatNumber(row.attempts)}</td>
      <td className="num">{rate(row.participationRate)}</td>
      <td className="num">{rate(row.completionRate)}</td>
      <td className="num">{row.averageScore === null ? '—' : formatNumber(row.averageScore)}</td>
      <td className="num">{formatNumber(row.prizes)}</td>
      <td className="num">{formatNumber(row.collectiveScore)}</td>
    </>
  );
  return (
    <div className="table-wrap">
      <table className="table" data-testid="participation-report">
        <caption className="sr-only">{ct('report.title')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {ct('report.rank')}
            </th>
            <th scope="col">{ct('units.unit')}</th>
            <th scope="col" className="num">
              {ct('units.members')}
            </th>
            <th scope="col" className="num">
              {ct('report.participants')}
            </th>
            <th scope="col" className="num">
              {ct('report.attempts')}
            </th>
            <th scope="col" className="num">
              {ct('units.rate')}
            </th>
            <th scope="col" className="num">
              {ct('report.completion')}
            </th>
            <th scope="col" className="num">
              {ct('report.average')}
            </th>
            <th scope="col" className="num">
              {ct('report.prizes')}
            </th>
            <th scope="col" className="num">
              {ct('report.collective')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.items.map((row) => (
            <tr key={`${row.kind}-${row.unitId ?? 'none'}`}>
              <td className="num">{row.rank ?? ''}</td>
              <th scope="row">
                {row.hasChildren && row.unitId ? (
                  <Link to={unitLink(row.unitId)}>{row.unitName}</Link>
                ) : (
                  row.unitName
                )}
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="strong">
            <td />
            <th scope="row">{ct('report.total', { name: report.totals.unitName })}</th>
            {cells(report.totals)}
          </tr>
        </tfoot>
      </table>
      {report.items.length === 0 && <p>{ct('dash.noData')}</p>}
    </div>
  );
}
