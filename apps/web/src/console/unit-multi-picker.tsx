import { useMemo, useState } from 'react';
import { ErrorBox, Loading } from '../components/ui';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { buildUnitTree, loadUnits } from '../participant/unit-picker';
import { useCT } from './messages';

/** Several units (eligibility): search by name, shown with their place in the tree. */
export function UnitMultiPicker({
  value,
  onChange,
  label,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  label: string;
}) {
  const ct = useCT();
  const units = useResource(loadUnits, []);
  const tree = useMemo(() => (units.data ? buildUnitTree(units.data) : null), [units.data]);
  const [query, setQuery] = useState('');
  if (units.loading) return <Loading />;
  if (!tree) return <ErrorBox onRetry={units.reload}>{errorText(units.error)}</ErrorBox>;
  const results = tree
    .search(query)
    .filter((u) => !value.includes(u.id))
    .slice(0, 12);
  return (
    <div className="field">
      <label className="field__label" htmlFor="unit-multi">
        {label}
      </label>
      <ul className="row" aria-label={label}>
        {value.length === 0 && <li className="muted">{ct('form.allUnits')}</li>}
        {value.map((id) => {
          const unit = tree.byId.get(id);
          return (
            <li key={id} className="tag">
              {unit?.name ?? id}{' '}
              <button
                type="button"
                className="linklike"
                aria-label={ct('form.removeUnit', { name: unit?.name ?? id })}
                onClick={() => onChange(value.filter((v) => v !== id))}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ul>
      <input
        id="unit-multi"
        className="input"
        type="search"
        placeholder={ct('form.searchUnit')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query && (
        <ul className="unit-results">
          {results.map((u) => (
            <li key={u.id}>
              <button
                type="button"
                className="unit-tree__pick"
                onClick={() => {
                  onChange([...value, u.id]);
                  setQuery('');
                }}
              >
                {u.name}
              </button>
              <span className="unit-path">{tree.pathOf(u).join(' › ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
