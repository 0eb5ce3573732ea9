import type { ReactNode } from 'react';
import { Field } from '../components/ui';
import type { Draft } from './contest-draft';
import { useCT } from './messages';

/** Changes one field of the contest draft. */
export type SetDraft = <K extends keyof Draft>(key: K, value: Draft[K]) => void;

/** A whole-number input of the contest form (anything but digits and "." is dropped). */
export function NumField({
  label,
  value,
  onChange,
  hint,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: ReactNode;
}) {
  return (
    <Field label={label} hint={hint}>
      {(p) => (
        <input
          {...p}
          className="input"
          inputMode="numeric"
          value={value}
          onChange={(e) => onChange(e.target.value.replace(/[^\d.]/g, ''))}
        />
      )}
    </Field>
  );
}

export function CheckField({
  label,
  value,
  onChange,
  disabled,
}: {
  label: string;
  value: boolean;
  onChange: (v: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}

/** DRAW_RULES_UNSATISFIABLE / VALIDATION_FAILED details: which setting, what is wrong, the numbers. */
export function DetailsTable({ details }: { details: unknown }) {
  const ct = useCT();
  if (!Array.isArray(details) || details.length === 0) return null;
  const rows = details.filter((d): d is Record<string, unknown> => !!d && typeof d === 'object');
  if (rows.length === 0) return null;
  const where = (field: unknown): string => {
    if (typeof field !== 'string') return '';
    const m = /^(drawRules|rounds)\.(\d+)/.exec(field);
    if (m?.[1] === 'drawRules') return ct('form.ruleN', { n: Number(m[2]) + 1 });
    if (m?.[1] === 'rounds') return `${ct('form.roundTitle')} ${Number(m[2]) + 1}`;
    return field;
  };
  const num = (v: unknown) => (typeof v === 'number' ? String(v) : '');
  const hasNumbers = rows.some(
    (r) => typeof r.needed === 'number' || typeof r.available === 'number',
  );
  return (
    <div className="table-wrap">
      <table className="table" data-testid="error-details">
        <thead>
          <tr>
            <th scope="col">{ct('form.detailWhere')}</th>
            <th scope="col">{ct('form.detailProblem')}</th>
            {hasNumbers && (
              <>
                <th scope="col" className="num">
                  {ct('form.detailNeeded')}
                </th>
                <th scope="col" className="num">
                  {ct('form.detailAvailable')}
                </th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{where(r.field)}</td>
              <td>{typeof r.message === 'string' ? r.message : ''}</td>
              {hasNumbers && (
                <>
                  <td className="num">{num(r.needed)}</td>
                  <td className="num">{num(r.available)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
