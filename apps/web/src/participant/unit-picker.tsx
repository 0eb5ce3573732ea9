import { useId, useMemo, useState } from 'react';
import { ErrorBox, Loading } from '../components/ui';
import { api } from '../lib/api';
import { fold } from '../lib/format';
import type { Unit } from '../api/types';
import { useResource } from '../lib/use-resource';
import { errorText, useT } from '../messages';
import { endpoints } from '../api/endpoints';

export interface UnitTree {
  byId: Map<string, Unit>;
  children: Map<string | null, Unit[]>;
  /** Names from the root down to the unit's parent. */
  pathOf(unit: Unit): string[];
  search(query: string): Unit[];
}

let unitsRequest: Promise<Unit[]> | null = null;
/** The unit list changes rarely: one request per page load. */
export function loadUnits(): Promise<Unit[]> {
  unitsRequest ??= api<Unit[]>(endpoints.units).catch((error: unknown) => {
    unitsRequest = null;
    throw error;
  });
  return unitsRequest;
}

export function buildUnitTree(units: Unit[]): UnitTree {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string | null, Unit[]>();
  for (const unit of units) {
    const parent = unit.parentId && byId.has(unit.parentId) ? unit.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(unit);
    children.set(parent, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  const folded = new Map(units.map((u) => [u.id, `${fold(u.name)} ${fold(u.code)}`]));
  const pathOf = (unit: Unit): string[] => {
    const names: string[] = [];
    let parent = unit.parentId ? byId.get(unit.parentId) : undefined;
    const seen = new Set<string>();
    while (parent && !seen.has(parent.id)) {
      seen.add(parent.id);
      names.unshift(parent.name);
      parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    }
    return names;
  };
  const search = (query: string): Unit[] => {
    const words = fold(query).split(' ').filter(Boolean);
    if (words.length === 0) return [];
    return units.filter((u) => {
      const text = folded.get(u.id) ?? '';
      // A word may also match an ancestor: "may cang long" finds the company under Càng Long.
      const context = `${text} ${fold(pathOf(u).join(' '))}`;
      return words.every((w) => context.includes(w)) && words.some((w) => text.includes(w));
    });
  };
  return { byId, children, pathOf, search };
}

const MAX_RESULTS = 30;

export function UnitPicker({
  value,
  onChange,
  label,
  error,
}: {
  value: string | null;
  onChange: (unitId: string | null) => void;
  label: string;
  error?: string | null;
}) {
  const t = useT();
  const id = useId();
  const units = useResource(loadUnits, []);
  const tree = useMemo(() => (units.data ? buildUnitTree(units.data) : null), [units.data]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [browsing, setBrowsing] = useState(false);
  const [open, setOpen] = useState<Set<string>>(new Set());

  const results = useMemo(() => (tree ? tree.search(query) : []), [tree, query]);
  const selected = value && tree ? tree.byId.get(value) : undefined;

  if (units.loading) return <Loading />;
  if (units.error !== null || !tree) {
    return <ErrorBox onRetry={units.reload}>{errorText(units.error)}</ErrorBox>;
  }

  if (selected) {
    const path = tree.pathOf(selected);
    return (
      <div className="field">
        <span className="field__label">{label}</span>
        <div className="unit-selected">
          <p>
            <strong>{t('units.selected', { name: selected.name })}</strong>
            {path.length > 0 && <span className="unit-path">{path.join(' › ')}</span>}
          </p>
          <button type="button" className="btn btn--small" onClick={() => onChange(null)}>
            {t('units.change')}
          </button>
        </div>
      </div>
    );
  }

  const listId = `${id}-list`;
  const shown = results.slice(0, MAX_RESULTS);
  const choose = (unit: Unit) => {
    onChange(unit.id);
    setQuery('');
  };
  const toggle = (unitId: string) => {
    const next = new Set(open);
    if (next.has(unitId)) next.delete(unitId);
    else next.add(unitId);
    setOpen(next);
  };
  const renderBranch = (parent: string | null, depth: number) => (
    <ul
      className="unit-tree"
      role={depth === 0 ? 'tree' : 'group'}
      aria-label={depth === 0 ? label : undefined}
    >
      {(tree.children.get(parent) ?? []).map((unit) => {
        const kids = tree.children.get(unit.id) ?? [];
        const expanded = open.has(unit.id);
        return (
          <li
            key={unit.id}
            role="treeitem"
            aria-expanded={kids.length ? expanded : undefined}
            aria-selected={false}
          >
            <div className="unit-tree__row">
              {kids.length > 0 ? (
                <button
                  type="button"
                  className="unit-tree__toggle"
                  aria-label={t(expanded ? 'units.collapse' : 'units.expand', { name: unit.name })}
                  onClick={() => toggle(unit.id)}
                >
                  {expanded ? '−' : '+'}
                </button>
              ) : (
                <span className="unit-tree__spacer" aria-hidden="true" />
              )}
              <button type="button" className="unit-tree__pick" onClick={() => choose(unit)}>
                {unit.name}
              </button>
            </div>
            {expanded && kids.length > 0 && renderBranch(unit.id, depth + 1)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        className="input"
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder={t('units.search')}
        aria-expanded={shown.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        aria-activedescendant={shown.length > 0 ? `${id}-opt-${active}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, shown.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter' && shown[active]) {
            e.preventDefault();
            choose(shown[active]);
          }
        }}
      />
      <p className="field__hint" id={`${id}-hint`}>
        {t('units.searchHint')}
      </p>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {query.trim() !== '' && (
        <>
          <p className="sr-only" role="status">
            {shown.length === 0 ? t('units.none') : t('units.results', { n: results.length })}
          </p>
          {shown.length === 0 ? (
            <p className="muted">{t('units.none')}</p>
          ) : (
            <ul className="unit-results" id={listId} role="listbox" aria-label={label}>
              {shown.map((unit, i) => {
                const path = tree.pathOf(unit);
                return (
                  <li
                    key={unit.id}
                    id={`${id}-opt-${i}`}
                    role="option"
                    aria-selected={i === active}
                    className={`unit-option${i === active ? ' unit-option--active' : ''}`}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => choose(unit)}
                  >
                    <span className="unit-option__name">{unit.name}</span>
                    {path.length > 0 && <span className="unit-path">{path.join(' › ')}</span>}
                  </li>
                );
              })}
            </ul>
          )}
          {results.length > MAX_RESULTS && (
            <p className="muted">{t('units.more', { n: results.length })}</p>
          )}
        </>
      )}
      <button
        type="button"
        className="linklike"
        aria-expanded={browsing}
        onClick={() => setBrowsing(!browsing)}
      >
        {t('units.browse')}
      </button>
      {browsing && renderBranch(null, 0)}
    </div>
  );
}
