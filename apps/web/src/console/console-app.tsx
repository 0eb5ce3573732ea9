import { type ReactNode } from 'react';
import { Loading } from '../components/ui';
import { Link, matchPath, useLocation } from '../lib/router';
import { hasRole, useSession } from '../lib/session';
import { AccountsPage } from './accounts-page';
import { useAT } from './access-messages';
import { BankPage } from './bank-page';
import { BanksPage } from './banks-page';
import { CertificateTemplatePage } from './certificate-template-page';
import { ContestDashboard } from './contest-dashboard';
import { SendOutPage } from './send-out-page';
import { ContestForm } from './contest-form';
import { ContestsPage } from './contests-page';
import { ImportPreviewPage } from './import-preview-page';
import { JudgingPage } from './judging-page';
import { useCT } from './messages';
import { ParticipationReportPage } from './participation-report-page';
import { QuestionStatsPage } from './question-stats-page';
import { UnitRankingPage } from './unit-ranking-page';

const routes: Array<[string, (p: Record<string, string>) => ReactNode]> = [
  ['/quan-tri', () => <ContestsPage />],
  ['/quan-tri/ngan-hang', () => <BanksPage />],
  ['/quan-tri/ngan-hang/:bankId', (p) => <BankPage bankId={p.bankId} />],
  ['/quan-tri/ngan-hang/:bankId/xem-truoc', (p) => <ImportPreviewPage bankId={p.bankId} />],
  ['/quan-tri/cuoc-thi', () => <ContestsPage />],
  ['/quan-tri/cuoc-thi/moi', () => <ContestForm />],
  ['/quan-tri/cuoc-thi/:id', (p) => <ContestForm contestId={p.id} />],
  ['/quan-tri/cuoc-thi/:id/theo-doi', (p) => <ContestDashboard contestId={p.id} />],
  ['/quan-tri/cuoc-thi/:id/gui-di', (p) => <SendOutPage contestId={p.id} />],
  ['/quan-tri/cuoc-thi/:id/thong-ke', (p) => <QuestionStatsPage contestId={p.id} />],
  ['/quan-tri/cuoc-thi/:id/don-vi', (p) => <UnitRankingPage contestId={p.id} />],
  ['/quan-tri/cuoc-thi/:id/bao-cao', (p) => <ParticipationReportPage contestId={p.id} />],
  ['/quan-tri/cuoc-thi/:id/giay-chung-nhan', (p) => <CertificateTemplatePage contestId={p.id} />],
  ['/quan-tri/cham-thi/:roundId', (p) => <JudgingPage roundId={p.roundId} />],
  ['/quan-tri/tai-khoan', () => <AccountsPage />],
];

/** Pages a unit officer opens without a staff role: the API decides what they may see. */
const OFFICER_PAGE = '/quan-tri/cuoc-thi/:id/bao-cao';

/** The organizer and judge console (laptop). Loaded only when a staff member opens it. */
export default function ConsoleApp() {
  const ct = useCT();
  const at = useAT();
  const { status, user } = useSession();
  const { pathname } = useLocation();
  if (status === 'loading') return <Loading />;
  if (!user) {
    return (
      <div className="page page--narrow">
        <h1>{ct('console.title')}</h1>
        <p>{ct('console.needLogin')}</p>
        <Link
          className="btn btn--primary btn--block"
          to={`/dang-nhap?next=${encodeURIComponent(pathname)}`}
        >
          {ct('console.login')}
        </Link>
      </div>
    );
  }
  const officerReport = matchPath(OFFICER_PAGE, pathname);
  if (officerReport && !hasRole(user, 'admin', 'organizer', 'judge')) {
    return (
      <div className="page">
        <ParticipationReportPage contestId={officerReport.id} />
      </div>
    );
  }
  if (!hasRole(user, 'admin', 'organizer', 'judge')) {
    return (
      <div className="page">
        <h1>{ct('console.title')}</h1>
        <p className="alert alert--error">{ct('console.forbidden')}</p>
      </div>
    );
  }
  const authoring = hasRole(user, 'admin', 'organizer');
  const admin = hasRole(user, 'admin');
  let content: ReactNode = <p>{ct('console.notFound')}</p>;
  for (const [pattern, render] of routes) {
    if (pattern === '/quan-tri/tai-khoan' && !admin) continue;
    const params = matchPath(pattern, pathname);
    if (params) {
      content = render(params);
      break;
    }
  }
  const current = (prefix: string) =>
    pathname === '/quan-tri/cuoc-thi/moi'
      ? prefix === pathname
        ? 'page'
        : undefined
      : pathname === prefix || pathname.startsWith(`${prefix}/`)
        ? 'page'
        : undefined;
  return (
    <div className="console">
      <nav className="console__nav" aria-label={ct('console.nav')}>
        <Link to="/quan-tri/cuoc-thi" aria-current={current('/quan-tri/cuoc-thi')}>
          {ct('nav.contests')}
        </Link>
        {authoring && (
          <Link to="/quan-tri/ngan-hang" aria-current={current('/quan-tri/ngan-hang')}>
            {ct('nav.banks')}
          </Link>
        )}
        {authoring && (
          <Link to="/quan-tri/cuoc-thi/moi" aria-current={current('/quan-tri/cuoc-thi/moi')}>
            {ct('nav.newContest')}
          </Link>
        )}
        {admin && (
          <Link to="/quan-tri/tai-khoan" aria-current={current('/quan-tri/tai-khoan')}>
            {at('nav.accounts')}
          </Link>
        )}
      </nav>
      <div>{content}</div>
    </div>
  );
}
