import type { Draft, PrizeCountsDraft } from './contest-draft';
import { CheckField, NumField, type SetDraft } from './contest-form-fields';
import { useCT } from './messages';

const PRIZES = ['first', 'second', 'third', 'consolation'] as const;

/** The contest form's prizes: how many of each, the cap, one per person, the points per prize. */
export function PrizesEditor({
  d,
  set,
}: {
  d: Pick<Draft, 'prizes' | 'maxSharePercent' | 'onePrizePerPerson' | 'prizePoints'>;
  set: SetDraft;
}) {
  const ct = useCT();
  const counts = (key: 'prizes' | 'prizePoints', value: PrizeCountsDraft) => (
    <div className="grid-4">
      {PRIZES.map((prize) => (
        <NumField
          key={prize}
          label={ct(`prize.${prize}`)}
          value={value[prize]}
          onChange={(v) => set(key, { ...value, [prize]: v })}
        />
      ))}
    </div>
  );
  return (
    <fieldset className="panel">
      <legend>{ct('form.prizes')}</legend>
      {counts('prizes', d.prizes)}
      <NumField
        label={ct('form.maxShare')}
        value={d.maxSharePercent}
        onChange={(v) => set('maxSharePercent', v)}
        hint={ct('form.maxShareHint')}
      />
      <CheckField
        label={ct('form.onePrize')}
        value={d.onePrizePerPerson}
        onChange={(v) => set('onePrizePerPerson', v)}
      />
      <h3>{ct('form.prizePoints')}</h3>
      {counts('prizePoints', d.prizePoints)}
    </fieldset>
  );
}
