import { useEffect, useState } from 'react';
import type { Contest } from '../api/types';
import { roundStatus, currentRound } from '../participant/round-status';
import { useCT } from './messages';

/** Tabs to choose one round of a contest (the open one first). */
export function useRoundChoice(
  contest: Contest | undefined,
): [string | null, (id: string) => void] {
  const [roundId, setRoundId] = useState<string | null>(null);
  useEffect(() => {
    if (!contest || roundId) return;
    const now = contest.serverNow ? Date.parse(contest.serverNow) : Date.now();
    setRoundId(currentRound(contest.rounds, now)?.id ?? null);
  }, [contest, roundId]);
  return [roundId, setRoundId];
}

export function RoundTabs({
  contest,
  value,
  onChange,
}: {
  contest: Contest;
  value: string | null;
  onChange: (id: string) => void;
}) {
  const ct = useCT();
  const now = contest.serverNow ? Date.parse(contest.serverNow) : Date.now();
  return (
    <div className="tabs" role="group" aria-label={ct('form.rounds')}>
      {contest.rounds.map((r) => (
        <button
          key={r.id}
          type="button"
          className={`tab${r.id === value ? ' tab--active' : ''}`}
          aria-pressed={r.id === value}
          onClick={() => onChange(r.id)}
        >
          {r.title} · {ct(`round.${roundStatus(r, now)}`)}
        </button>
      ))}
    </div>
  );
}
