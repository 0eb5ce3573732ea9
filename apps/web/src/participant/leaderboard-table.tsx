import { formatDuration, formatNumber } from '../lib/format';
import type { LeaderboardEntry } from '../api/types';
import { useT } from '../messages';

export function LeaderboardTable({
  entries,
  meId,
  caption,
  big,
}: {
  entries: LeaderboardEntry[];
  meId?: string | null;
  caption: string;
  big?: boolean;
}) {
  const t = useT();
  if (entries.length === 0) return <p className="muted">{t('board.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className={`board${big ? ' board--big' : ''}`} data-testid="leaderboard">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('board.rank')}
            </th>
            <th scope="col">{t('board.name')}</th>
            <th scope="col" className="num">
              {t('board.correct')}
            </th>
            <th scope="col" className="num">
              {t('board.time')}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.userId} className={e.userId === meId ? 'board__me' : undefined}>
              <td className="num board__rank">{e.rank}</td>
              <td>
                <span className="board__name">
                  {e.displayName}
                  {e.userId === meId ? ` ${t('board.you')}` : ''}
                </span>
                {e.unitName && <span className="board__unit">{e.unitName}</span>}
              </td>
              <td className="num">
                <span className="board__correct">{e.correctCount}</span>
                <span className="board__score">
                  {formatNumber(e.score)} {t('board.score').toLowerCase()}
                </span>
              </td>
              <td className="num">{formatDuration(e.durationMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
