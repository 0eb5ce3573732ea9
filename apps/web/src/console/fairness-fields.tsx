import { Field } from '../components/ui';
import type { Draft } from './contest-draft';
import { CheckField, NumField, type SetDraft } from './contest-form-fields';
import { useCT } from './messages';
import type { Bank } from '../api/types';

/**
 * The contest form's fairness settings (docs/fairness.md): which prediction counts, its lock,
 * winners' national ID, and practice ("Thi thử") from banks the official draw does not use.
 */
export function FairnessFields({
  d,
  set,
  banks,
}: {
  d: Draft;
  set: SetDraft;
  banks: Bank[] | undefined;
}) {
  const ct = useCT();
  const official = new Set(d.drawRules.map((r) => r.bankId));
  const toggleBank = (id: string, on: boolean) =>
    set(
      'practiceBankIds',
      on ? [...d.practiceBankIds, id] : d.practiceBankIds.filter((b) => b !== id),
    );
  return (
    <fieldset className="panel" data-testid="fairness-fields">
      <legend>{ct('form.fairness')}</legend>
      {d.predictionEnabled && (
        <>
          <Field label={ct('form.predictionAttempt')}>
            {(p) => (
              <select
                {...p}
                className="input"
                value={d.predictionAttempt}
                onChange={(e) =>
                  set('predictionAttempt', e.target.value as Draft['predictionAttempt'])
                }
              >
                <option value="first">{ct('form.predictionFirst')}</option>
                <option value="counted">{ct('form.predictionCounted')}</option>
              </select>
            )}
          </Field>
          <CheckField
            label={ct('form.lockPrediction')}
            value={d.lockPrediction}
            onChange={(v) => set('lockPrediction', v)}
          />
        </>
      )}
      <CheckField
        label={ct('form.requireNationalId')}
        value={d.requireNationalId}
        onChange={(v) => set('requireNationalId', v)}
      />
      <CheckField
        label={ct('form.practiceEnabled')}
        value={d.practiceEnabled}
        onChange={(v) => set('practiceEnabled', v)}
      />
      {d.practiceEnabled && (
        <>
          <div role="group" aria-label={ct('form.practiceBanks')}>
            <p className="field__label">{ct('form.practiceBanks')}</p>
            {(banks ?? []).map((b) => (
              <CheckField
                key={b.id}
                label={b.title}
                value={d.practiceBankIds.includes(b.id)}
                onChange={(v) => toggleBank(b.id, v)}
                disabled={official.has(b.id) && !d.practiceBankIds.includes(b.id)}
              />
            ))}
          </div>
          <Field label={ct('form.practiceTags')}>
            {(p) => (
              <input
                {...p}
                className="input"
                value={d.practiceTags}
                onChange={(e) => set('practiceTags', e.target.value)}
              />
            )}
          </Field>
          <Field label={ct('form.practiceReveal')}>
            {(p) => (
              <select
                {...p}
                className="input"
                value={d.practiceReveal}
                onChange={(e) => set('practiceReveal', e.target.value as Draft['practiceReveal'])}
              >
                <option value="each">{ct('form.practiceRevealEach')}</option>
                <option value="end">{ct('form.practiceRevealEnd')}</option>
              </select>
            )}
          </Field>
          <NumField
            label={ct('form.practiceCount')}
            value={d.practiceQuestionCount}
            onChange={(v) => set('practiceQuestionCount', v)}
          />
        </>
      )}
    </fieldset>
  );
}
