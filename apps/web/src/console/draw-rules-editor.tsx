import { ErrorBox, Field } from '../components/ui';
import { errorText } from '../messages';
import { drawTotal, emptyRule, type RuleDraft } from './contest-draft';
import { NumField } from './contest-form-fields';
import { useCT } from './messages';
import type { Bank } from '../api/types';

/** The contest form's draw rules: from which bank, how many, which tags and difficulty. */
export function DrawRulesEditor({
  rules,
  questionCount,
  banks,
  banksError,
  onChange,
}: {
  rules: RuleDraft[];
  questionCount: string;
  banks: Bank[] | undefined;
  banksError: unknown;
  onChange: (rules: RuleDraft[]) => void;
}) {
  const ct = useCT();
  const setRule = (i: number, patch: Partial<RuleDraft>) =>
    onChange(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <>
      <h3>{ct('form.drawRules')}</h3>
      <p className="muted">
        {ct('form.drawTotal', {
          total: drawTotal({ drawRules: rules }),
          count: questionCount || '0',
        })}
      </p>
      {banksError !== null && <ErrorBox>{errorText(banksError)}</ErrorBox>}
      {rules.map((r, i) => (
        <div key={i} className="grid-4" role="group" aria-label={ct('form.ruleN', { n: i + 1 })}>
          <Field label={ct('form.bank')}>
            {(p) => (
              <select
                {...p}
                className="input"
                value={r.bankId}
                onChange={(e) => setRule(i, { bankId: e.target.value })}
              >
                <option value="">{ct('form.chooseBank')}</option>
                {banks?.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.title} ({b.questionCount})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <NumField
            label={ct('form.count')}
            value={r.count}
            onChange={(v) => setRule(i, { count: v })}
          />
          <Field label={ct('form.ruleTags')}>
            {(p) => (
              <input
                {...p}
                className="input"
                value={r.tags}
                onChange={(e) => setRule(i, { tags: e.target.value })}
              />
            )}
          </Field>
          <Field label={ct('editor.difficulty')}>
            {(p) => (
              <select
                {...p}
                className="input"
                value={r.difficulty}
                onChange={(e) =>
                  setRule(i, { difficulty: e.target.value as RuleDraft['difficulty'] })
                }
              >
                <option value="">{ct('common.all')}</option>
                <option value="1">{ct('difficulty.1')}</option>
                <option value="2">{ct('difficulty.2')}</option>
                <option value="3">{ct('difficulty.3')}</option>
              </select>
            )}
          </Field>
          {rules.length > 1 && (
            <button
              type="button"
              className="btn btn--small"
              onClick={() => onChange(rules.filter((_, j) => j !== i))}
            >
              {ct('form.removeRule')}
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        className="btn btn--small"
        onClick={() => onChange([...rules, emptyRule('5')])}
      >
        + {ct('form.addRule')}
      </button>
    </>
  );
}
