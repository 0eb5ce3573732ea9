import { formatNumber } from '../lib/format';
import { useCT } from './messages';

/**
 * People per week (weeks start on Monday, Vietnam time) as bars drawn with plain elements: each
 * bar carries its number as text, and the whole chart is described for screen readers.
 */
export function WeeklyChart({
  weeks,
}: {
  weeks: Array<{ weekStart: string; participants: number; attempts: number }>;
}) {
  const ct = useCT();
  if (weeks.length === 0) return <p className="muted">{ct('report.noWeeks')}</p>;
  const max = Math.max(1, ...weeks.map((w) => w.participants));
  const label = (weekStart: string) => {
    const [, m, d] = weekStart.split('-');
    return `${d}/${m}`;
  };
  return (
    <figure className="week-chart" data-testid="weekly-chart">
      <figcaption>{ct('report.chartTitle')}</figcaption>
      <ol className="week-chart__bars">
        {weeks.map((w) => (
          <li
            key={w.weekStart}
            className="week-chart__bar"
            aria-label={ct('report.weekLabel', {
              week: label(w.weekStart),
              people: formatNumber(w.participants),
              attempts: formatNumber(w.attempts),
            })}
          >
            <span className="week-chart__value">{formatNumber(w.participants)}</span>
            <span
              className="week-chart__fill"
              style={{ height: `${Math.round((w.participants / max) * 100)}%` }}
              aria-hidden="true"
            />
            <span className="week-chart__label">{label(w.weekStart)}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
