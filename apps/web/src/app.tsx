import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { ErrorBoundary } from './components/error-boundary';
import { Loading } from './components/ui';
import { setLang, useLang } from './lib/i18n';
import { Link, matchPath, navigate, useLocation } from './lib/router';
import { hasRole, logout, useSession } from './lib/session';
import { useT } from './messages';
import { ContestListPage } from './participant/contest-list-page';
import { ContestPage } from './participant/contest-page';
import {
  ForgotPasswordPage,
  ResetPasswordPage,
  SignInLinkPage,
  VerifyEmailPage,
} from './participant/token-pages';
import { LoginPage } from './participant/login-page';
import { RegisterPage } from './participant/register-page';
import { MyAttemptsPage } from './participant/my-attempts-page';
import { LeaderboardPage } from './participant/leaderboard-page';
import { QuizPage } from './participant/quiz/quiz-page';
import { ResultPage } from './participant/result-page';
import { CertificateCheckPage } from './public-pages/certificate-check-page';
import { PublicResultsPage } from './public-pages/public-results-page';
import { SharedResultPage } from './sharing/shared-result-page';

// Organizers and judges work on a laptop: their console is a separate chunk that participants'
// phones never download. The projector view is separate too (large, rarely used on phones).
const ConsoleApp = lazy(() => import('./console/console-app'));
const ProjectorPage = lazy(() => import('./projector/projector-page'));

type Screen = { title?: string; render: (params: Record<string, string>) => ReactNode };

const routes: Array<[string, Screen]> = [
  ['/', { render: () => <ContestListPage /> }],
  ['/cuoc-thi/:slug', { render: (p) => <ContestPage slug={p.slug} /> }],
  [
    '/cuoc-thi/:slug/vong/:roundId',
    { render: (p) => <ContestPage slug={p.slug} roundId={p.roundId} /> },
  ],
  ['/thanh-tich/:code', { render: (p) => <SharedResultPage code={p.code} /> }],
  ['/dang-nhap', { render: () => <LoginPage /> }],
  ['/dang-ky', { render: () => <RegisterPage /> }],
  ['/quen-mat-khau', { render: () => <ForgotPasswordPage /> }],
  ['/dat-lai-mat-khau', { render: () => <ResetPasswordPage /> }],
  ['/xac-minh-email', { render: () => <VerifyEmailPage /> }],
  ['/dang-nhap-bang-lien-ket', { render: () => <SignInLinkPage /> }],
  [
    '/luot-thi/:attemptId',
    { render: (p) => <QuizPage key={p.attemptId} attemptId={p.attemptId} /> },
  ],
  ['/luot-thi/:attemptId/ket-qua', { render: (p) => <ResultPage attemptId={p.attemptId} /> }],
  ['/lich-su', { render: () => <MyAttemptsPage /> }],
  ['/bang-xep-hang/:roundId', { render: (p) => <LeaderboardPage roundId={p.roundId} /> }],
  ['/ket-qua/:roundId', { render: (p) => <PublicResultsPage roundId={p.roundId} /> }],
  ['/chung-nhan/:code', { render: (p) => <CertificateCheckPage code={p.code} /> }],
];

function resolve(pathname: string): ReactNode {
  for (const [pattern, screen] of routes) {
    const params = matchPath(pattern, pathname);
    if (params) return screen.render(params);
  }
  return <NotFound />;
}

function NotFound() {
  const t = useT();
  return (
    <div className="page">
      <p>{t('common.notFound')}</p>
      <Link className="btn" to="/">
        {t('common.home')}
      </Link>
    </div>
  );
}

function Header({ compact }: { compact: boolean }) {
  const t = useT();
  const lang = useLang();
  const { user } = useSession();
  const staff = hasRole(user, 'admin', 'organizer', 'judge');
  return (
    <header className={`topbar${compact ? ' topbar--compact' : ''}`}>
      <Link className="topbar__brand" to="/">
        <span className="topbar__logo" aria-hidden="true">
          H
        </span>
        <span>{t('app.name')}</span>
      </Link>
      <button
        type="button"
        className="linklike topbar__lang"
        lang={lang === 'vi' ? 'en' : 'vi'}
        aria-label={t('nav.switchLangLabel')}
        onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
      >
        {lang === 'vi' ? 'EN' : 'VI'}
      </button>
      {!compact && (
        <nav className="topbar__nav" aria-label={t('nav.menu')}>
          <Link to="/">{t('nav.contests')}</Link>
          {user && <Link to="/lich-su">{t('nav.history')}</Link>}
          {staff && <Link to="/quan-tri">{t('nav.console')}</Link>}
          {user ? (
            <button
              type="button"
              className="linklike"
              onClick={() => {
                void logout().then(() => navigate('/'));
              }}
            >
              {t('nav.logout')}
            </button>
          ) : (
            <Link to="/dang-nhap">{t('nav.login')}</Link>
          )}
        </nav>
      )}
    </header>
  );
}

export function App() {
  const t = useT();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After a navigation, move focus to the page so screen readers start at the new content.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);

  if (matchPath('/man-hinh/:roundId', pathname)) {
    const params = matchPath('/man-hinh/:roundId', pathname) ?? {};
    return (
      <ErrorBoundary>
        <Suspense fallback={<Loading />}>
          <ProjectorPage roundId={params.roundId} />
        </Suspense>
      </ErrorBoundary>
    );
  }

  const inConsole = pathname === '/quan-tri' || pathname.startsWith('/quan-tri/');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header compact={matchPath('/luot-thi/:attemptId', pathname) !== null} />
      <main id="main" ref={main} tabIndex={-1} className={inConsole ? 'main main--wide' : 'main'}>
        <ErrorBoundary key={pathname}>
          {inConsole ? (
            <Suspense fallback={<Loading />}>
              <ConsoleApp />
            </Suspense>
          ) : (
            resolve(pathname)
          )}
        </ErrorBoundary>
      </main>
    </>
  );
}
