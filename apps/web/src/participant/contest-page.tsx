import { useEffect, useState } from 'react';
import { ErrorBox, Loading } from '../components/ui';
import { api, type Page } from '../lib/api';
import { formatDateTime } from '../lib/format';
import { Link, navigate, useLocation } from '../lib/router';
import { useSession } from '../lib/session';
import { deviceId } from '../lib/storage';
import type { Attempt, Contest, MyAttempt, Round } from '../api/types';
import { useResource } from '../lib/use-resource';
import { errorText, useT } from '../messages';
import { useShareT } from '../sharing/messages';
import { ReminderToggle } from '../sharing/reminder-toggle';
import { absoluteUrl, ShareSheet } from '../sharing/share-sheet';
import { useContestSource } from '../sharing/source';
import { PracticeSection } from './practice/practice-start';
import { rememberAttempt } from './quiz/attempt-store';
import { roundStatus } from './round-status';
import { endpoints } from '../api/endpoints';

export function ContestPage({ slug, roundId }: { slug: string; roundId?: string }) {
  const t = useT();
  const st = useShareT();
  const { search } = useLocation();
  const { user, status } = useSession();
  const contest = useResource(() => api<Contest>(endpoints.contest(slug)), [slug]);
  const mine = useResource(
    () =>
      user
        ? api<Page<MyAttempt>>(endpoints.myAttempts, { query: { pageSize: 100 } })
        : Promise.resolve(null),
    [user?.id],
  );
  useContestSource(slug, search, contest.data?.id, user != null);
  const loaded = contest.data !== undefined;
  useEffect(() => {
    if (loaded && roundId) document.getElementById(`vong-${roundId}`)?.scrollIntoView();
  }, [loaded, roundId]);
  const [starting, setStarting] = useState<string | null>(null);
  const [startError, setStartError] = useState<unknown>(null);
  const [resent, setResent] = useState(false);
  const resend = async () => {
    try {
      await api(endpoints.resendVerification, { method: 'POST' });
      setResent(true);
    } catch (error) {
      setStartError(error);
    }
  };

  if (contest.loading) return <Loading />;
  if (contest.error !== null || !contest.data) {
    return (
      <div className="page">
        <ErrorBox onRetry={contest.reload}>{errorText(contest.error)}</ErrorBox>
      </div>
    );
  }
  const c = contest.data;
  const now = c.serverNow ? Date.parse(c.serverNow) : Date.now();
  const inProgress = (round: Round) =>
    mine.data?.items.find((a) => a.roundId === round.id && a.status === 'in_progress');

  const start = async (round: Round) => {
    if (!user) {
      navigate(`/dang-nhap?next=${encodeURIComponent(`/cuoc-thi/${slug}`)}`);
      return;
    }
    setStarting(round.id);
    setStartError(null);
    try {
      const attempt = await api<Attempt>(endpoints.startAttempt(round.id), {
        method: 'POST',
        headers: { 'X-Device-Id': deviceId() },
      });
      rememberAttempt(attempt);
      navigate(`/luot-thi/${attempt.id}`);
    } catch (error) {
      setStartError(error);
      setStarting(null);
    }
  };

  return (
    <article className="page">
      <p>
        <Link to="/">‹ {t('nav.contests')}</Link>
      </p>
      <h1>{c.title}</h1>
      {c.description && <p className="lead pre">{c.description}</p>}
      <p className="facts">
        {t('contest.facts', {
          questions: c.questionCount,
          minutes: Math.round(c.timeLimitSec / 60),
          attempts: c.attemptsPerRound,
        })}
      </p>

      <section aria-labelledby="rounds-title">
        <h2 id="rounds-title">{t('contest.rounds')}</h2>
        <p className="muted">{t('contest.timesNote')}</p>
        {startError !== null && <ErrorBox>{errorText(startError)}</ErrorBox>}
        {c.requireVerifiedEmail && user && !user.emailVerified && (
          <div className="alert alert--warn" role="status">
            <span>{t('contest.verifyNeeded')}</span>
            {resent ? (
              <span>{t('contest.verifySent', { email: user.email })}</span>
            ) : (
              <button type="button" className="btn btn--small" onClick={() => void resend()}>
                {t('contest.verifyResend')}
              </button>
            )}
          </div>
        )}
        <ol className="rounds">
          {c.rounds.map((round) => {
            const st = roundStatus(round, now);
            const current = inProgress(round);
            return (
              <li
                key={round.id}
                id={`vong-${round.id}`}
                className={`round round--${st}${round.id === roundId ? ' round--focus' : ''}`}
                aria-current={round.id === roundId ? 'true' : undefined}
              >
                <div className="round__head">
                  <h3 className="round__title">{round.title}</h3>
                  <span className={`badge badge--${st}`}>{t(`contests.${st}`)}</span>
                </div>
                <dl className="round__times">
                  <div>
                    <dt>{t('contest.opens')}</dt>
                    <dd>
                      <time dateTime={round.opensAt}>{formatDateTime(round.opensAt)}</time>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('contest.closes')}</dt>
                    <dd>
                      <time dateTime={round.closesAt}>{formatDateTime(round.closesAt)}</time>
                    </dd>
                  </div>
                </dl>
                <div className="round__actions">
                  {st === 'open' &&
                    (current ? (
                      <Link className="btn btn--primary btn--block" to={`/luot-thi/${current.id}`}>
                        {t('contest.continue')}
                      </Link>
                    ) : (
                      <button
                        type="button"
                        className="btn btn--primary btn--block"
                        disabled={starting !== null || status === 'loading'}
                        onClick={() => void start(round)}
                      >
                        {starting === round.id
                          ? t('contest.starting')
                          : user
                            ? t('contest.start')
                            : t('contest.loginToStart')}
                      </button>
                    ))}
                  {st !== 'upcoming' && (
                    <Link className="btn btn--block" to={`/bang-xep-hang/${round.id}`}>
                      {t('contest.board')}
                    </Link>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <PracticeSection contest={c} />

      {user && c.rounds.some((r) => roundStatus(r, now) === 'upcoming') && (
        <ReminderToggle contestId={c.id} />
      )}
      <ShareSheet
        url={absoluteUrl(
          c.shortCode ? `/c/${c.shortCode}` : `/cuoc-thi/${encodeURIComponent(c.slug)}`,
        )}
        title={c.title}
        text={st('share.contestText', { title: c.title })}
        heading={st('share.contest')}
      />

      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{t('contest.rules')}</h2>
        {c.rules && <div className="rules pre">{c.rules}</div>}
        <ul className="bullets" data-testid="rule-notes">
          <li>{t(`contest.policy.${c.attemptPolicy}`)}</li>
          {(c.ruleNotes ?? []).map((note) => (
            <li key={note}>{note}</li>
          ))}
          {c.prizes && (
            <li>
              {t('contest.prizes')}:{' '}
              {t('contest.prizeLine', {
                first: c.prizes.first,
                second: c.prizes.second,
                third: c.prizes.third,
                consolation: c.prizes.consolation,
              })}
            </li>
          )}
        </ul>
      </section>
    </article>
  );
}
