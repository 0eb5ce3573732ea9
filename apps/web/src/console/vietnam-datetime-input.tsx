import { useEffect, useId, useState } from 'react';
import { useCT } from './messages';

/** "2026-12-07T07:00" (the draft's value, Vietnam time) ⇄ "07/12/2026" and "07:00". */
function split(value: string): { date: string; time: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  return m ? { date: `${m[3]}/${m[2]}/${m[1]}`, time: `${m[4]}:${m[5]}` } : { date: '', time: '' };
}

export function joinVietnamDateTime(date: string, time: string): string {
  const d = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(date.trim());
  const t = /^(\d{1,2})[:hg](\d{2})$/.exec(time.trim());
  if (!d || !t) return '';
  const [day, month, year, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1 || hour > 23 || minute > 59) {
    return '';
  }
  const p = (n: number) => String(n).padStart(2, '0');
  return `${year}-${p(month)}-${p(day)}T${p(hour)}:${p(minute)}`;
}

/**
 * A date (dd/mm/yyyy) and a 24-hour time (hh:mm) in Vietnam time, typed as text: the browser's
 * own date picker follows the computer's locale (often mm/dd and AM/PM), which organizers misread.
 */
export function VietnamDateTimeInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  const ct = useCT();
  const id = useId();
  const [text, setText] = useState(() => split(value));
  useEffect(() => {
    // Follow outside changes (a loaded contest) without fighting the person typing.
    setText((current) =>
      joinVietnamDateTime(current.date, current.time) === value ? current : split(value),
    );
  }, [value]);
  const update = (next: { date: string; time: string }) => {
    setText(next);
    onChange(joinVietnamDateTime(next.date, next.time));
  };
  const invalid = (text.date || text.time) && !joinVietnamDateTime(text.date, text.time);
  return (
    <fieldset className="datetime" aria-describedby={invalid ? `${id}-err` : undefined}>
      <legend className="field__label">{label}</legend>
      <div className="datetime__row">
        <input
          className="input"
          aria-label={`${label}: ${ct('form.date')}`}
          placeholder="dd/mm/yyyy"
          inputMode="numeric"
          value={text.date}
          onChange={(e) => update({ ...text, date: e.target.value })}
        />
        <input
          className="input datetime__time"
          aria-label={`${label}: ${ct('form.time')}`}
          placeholder="hh:mm"
          inputMode="numeric"
          value={text.time}
          onChange={(e) => update({ ...text, time: e.target.value })}
        />
      </div>
      {invalid && (
        <p className="field__error" id={`${id}-err`}>
          {ct('form.badDateTime')}
        </p>
      )}
    </fieldset>
  );
}
