import { Field } from '../components/ui';
import { defaultRound, type RoundDraft } from './contest-draft';
import { useCT } from './messages';
import { VietnamDateTimeInput } from './vietnam-datetime-input';

/** The contest form's rounds: title and Vietnam-time window of each, add and remove. */
export function RoundsEditor({
  rounds,
  onChange,
}: {
  rounds: RoundDraft[];
  onChange: (rounds: RoundDraft[]) => void;
}) {
  const ct = useCT();
  const setRound = (i: number, patch: Partial<RoundDraft>) =>
    onChange(rounds.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="panel">
      <legend>{ct('form.rounds')}</legend>
      <p className="muted">{ct('form.roundsHint')}</p>
      {rounds.map((r, i) => (
        <div
          key={r.id ?? `new-${i}`}
          className="grid-4"
          role="group"
          aria-label={r.title || `#${i + 1}`}
        >
          <Field label={ct('form.roundTitle')}>
            {(p) => (
              <input
                {...p}
                className="input"
                value={r.title}
                onChange={(e) => setRound(i, { title: e.target.value })}
              />
            )}
          </Field>
          <VietnamDateTimeInput
            label={ct('form.opensAt')}
            value={r.opensAt}
            onChange={(v) => setRound(i, { opensAt: v })}
          />
          <VietnamDateTimeInput
            label={ct('form.closesAt')}
            value={r.closesAt}
            onChange={(v) => setRound(i, { closesAt: v })}
          />
          <div className="field">
            <span className="field__label" aria-hidden="true">
              &nbsp;
            </span>
            <button
              type="button"
              className="btn"
              disabled={rounds.length === 1}
              onClick={() => onChange(rounds.filter((_, j) => j !== i))}
            >
              {ct('form.removeRound')}
            </button>
          </div>
        </div>
      ))}
      <button
        type="button"
        className="btn btn--small"
        onClick={() =>
          onChange([...rounds, defaultRound(rounds.length + 1, rounds[rounds.length - 1])])
        }
      >
        + {ct('form.addRound')}
      </button>
    </fieldset>
  );
}
