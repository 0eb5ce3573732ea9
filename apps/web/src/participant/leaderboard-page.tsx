import { useEffect, useState } from 'react';
import { ErrorBox, Loading } from '../components/ui';
import { api } from '../lib/api';
import { formatNumber, formatTime } from '../lib/format';
import { type LiveMode, useLiveBoard } from '../lib/live-board';
import { Link } from '../lib/router';
import { useSession } from '../lib/session';
import type { MyRank } from '../api/types';
import { errorText, type MessageKey, useT } from '../messages';
import { LeaderboardTable } from './leaderboard-table';
import { endpoints } from '../api/endpoints';

const MODE_LABEL: Record<LiveMode, MessageKey> = {
  live: 'board.live',
  polling: 'board.polling',
  connecting: 'board.connecting',
};

export function LiveBadge({ mode }: { mode: LiveMode }) {
  const t = useT();
  return (
    <span className={`live live--${mode}`}>
      <span className="live__dot" aria-hidden="true" /> {t(MODE_LABEL[mode])}
    </span>
  );
}

/** `/bang-xep-hang/:roundId` — the live board of the round, or of the person's own unit. */
export function LeaderboardPage({ roundId }: { roundId: string }) {
  const t = useT();
  const { user } = useSession();
  const [scope, setScope] = useState<'round' | 'unit'>('round');
  const unitId = scope === 'unit' ? (user?.unit?.id ?? null) : null;
  const { board, error, mode } = useLiveBoard(roundId, { unitId, limit: 50 });
  const [me, setMe] = useState<MyRank | null>(null);

  useEffect(() => {
    if (!user) return;
    let alive = true;
    api<MyRank>(endpoints.myRank(roundId)).then(
      (r) => alive && setMe(r),
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [roundId, user, board?.updatedAt]);

  return (
    <div className="page">
      <h1>{t('board.title')}</h1>
      {user?.unit && (
        <div className="tabs" role="group" aria-label={t('board.title')}>
          <button
            type="button"
            className={`tab${scope === 'round' ? ' tab--active' : ''}`}
            aria-pressed={scope === 'round'}
            onClick={() => setScope('round')}
          >
            {t('board.round')}
          </button>
          <button
            type="button"
            className={`tab${scope === 'unit' ? ' tab--active' : ''}`}
            aria-pressed={scope === 'unit'}
            onClick={() => setScope('unit')}
          >
            {t('board.unit')}
          </button>
        </div>
      )}
      <p className="board-meta">
        <LiveBadge mode={mode} />
        {board && (
          <>
            {' · '}
            {t('board.counts', {
              participants: formatNumber(board.participants),
              attempts: formatNumber(board.attempts),
            })}
            {' · '}
            {t('board.updated', { time: formatTime(board.updatedAt) })}
          </>
        )}
      </p>
      {me?.rank != null && (
        <p className="me-rank" data-testid="my-rank">
          {t('board.me', { rank: formatNumber(me.rank) })}
        </p>
      )}
      {board?.frozen && <p className="alert alert--info">{t('board.frozen')}</p>}
      {!board && error === null && <Loading />}
      {!board && error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
      {board && (
        <LeaderboardTable
          entries={board.entries}
          meId={user?.id}
          caption={scope === 'unit' ? (user?.unit?.name ?? '') : t('board.round')}
        />
      )}
      <p>
        <Link to={`/man-hinh/${roundId}`}>{t('board.projector')}</Link>
      </p>
    </div>
  );
}
