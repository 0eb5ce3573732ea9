import { useEffect, useState } from 'react';
import { formatNumber, formatTime } from '../lib/format';
import { useLiveBoard } from '../lib/live-board';
import { useLocation } from '../lib/router';
import { errorText, useT } from '../messages';
import { LiveBadge } from '../participant/leaderboard-page';
import { LeaderboardTable } from '../participant/leaderboard-table';
import { api } from '../lib/api';
import type { Contest } from '../api/types';
import { endpoints } from '../api/endpoints';

/**
 * `/man-hinh/:roundId` — the board on a projector: large type, updates by itself, no sign-in
 * needed for public boards. `?cuoc-thi=<slug>` adds the contest title; `?don-vi=<id>` a unit.
 */
export default function ProjectorPage({ roundId }: { roundId: string }) {
  const t = useT();
  const { search } = useLocation();
  const slug = search.get('cuoc-thi');
  const unitId = search.get('don-vi');
  const { board, error, mode } = useLiveBoard(roundId, { unitId, limit: 15, pollMs: 5000 });
  const [title, setTitle] = useState<string | null>(null);
  useEffect(() => {
    if (!slug) return;
    api<Contest>(endpoints.contest(slug)).then(
      (c) => {
        const round = c.rounds.find((r) => r.id === roundId);
        setTitle(round ? `${c.title} — ${round.title}` : c.title);
      },
      () => undefined,
    );
  }, [slug, roundId]);
  return (
    <main className="projector" id="main">
      <header className="projector__head">
        <h1>{title ?? t('projector.title')}</h1>
        <p className="projector__meta">
          <LiveBadge mode={mode} />
          {board && (
            <>
              {' · '}
              <span data-testid="projector-counts">
                {t('board.counts', {
                  participants: formatNumber(board.participants),
                  attempts: formatNumber(board.attempts),
                })}
              </span>
              {' · '}
              {t('board.updated', { time: formatTime(board.updatedAt) })}
            </>
          )}
        </p>
      </header>
      {board?.frozen && <p className="projector__frozen">{t('board.frozen')}</p>}
      {board ? (
        <LeaderboardTable entries={board.entries} caption={t('projector.title')} big />
      ) : error !== null ? (
        <p className="projector__error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
    </main>
  );
}
