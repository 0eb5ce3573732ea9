import { type FormEvent, useState } from 'react';
import { ErrorBox, Field, Loading, Modal, Notice, Pager } from '../components/ui';
import { api, type Page } from '../lib/api';
import { formatNumber } from '../lib/format';
import type { AdminUser, Role } from '../api/types';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { UnitPicker } from '../participant/unit-picker';
import { type AccessKey, useAT } from './access-messages';
import { endpoints } from '../api/endpoints';

const PAGE_SIZE = 20;
const ROLES: Role[] = ['admin', 'organizer', 'judge', 'participant'];

/**
 * Administrators manage accounts (docs/security.md, "Taking access away"): search, change
 * roles, disable or enable, move to another unit — through `PATCH /api/admin/users/:id`.
 */
export function AccountsPage() {
  const at = useAT();
  const [form, setForm] = useState({ q: '', role: '' });
  const [applied, setApplied] = useState(form);
  const [page, setPage] = useState(1);
  const users = useResource(
    () =>
      api<Page<AdminUser>>(endpoints.adminUsers, {
        query: {
          page,
          pageSize: PAGE_SIZE,
          ...(applied.q.trim() ? { q: applied.q.trim() } : {}),
          ...(applied.role ? { role: applied.role } : {}),
        },
      }),
    [applied, page],
  );
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setPage(1);
    setApplied(form);
  };

  return (
    <div>
      <h1>{at('accounts.title')}</h1>
      <p className="muted">{at('accounts.intro')}</p>
      <form className="toolbar" role="search" onSubmit={search}>
        <Field label={at('accounts.search')}>
          {(p) => (
            <input
              {...p}
              className="input"
              type="search"
              value={form.q}
              onChange={(e) => setForm({ ...form, q: e.target.value })}
            />
          )}
        </Field>
        <Field label={at('accounts.role')}>
          {(p) => (
            <select
              {...p}
              className="input"
              value={form.role}
              onChange={(e) => setForm({ ...form, role: e.target.value })}
            >
              <option value="">{at('accounts.anyRole')}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {at(`role.${r}` as AccessKey)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="btn btn--primary">
          {at('accounts.find')}
        </button>
      </form>
      {saved && <Notice kind="success">{saved}</Notice>}
      {users.loading && <Loading />}
      {users.error !== null && <ErrorBox onRetry={users.reload}>{errorText(users.error)}</ErrorBox>}
      {users.data && (
        <div className="table-wrap">
          <p className="muted">{at('accounts.total', { n: formatNumber(users.data.total) })}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{at('accounts.name')}</th>
                <th scope="col">{at('accounts.email')}</th>
                <th scope="col">{at('accounts.phone')}</th>
                <th scope="col">{at('accounts.unit')}</th>
                <th scope="col">{at('accounts.roles')}</th>
                <th scope="col">{at('accounts.status')}</th>
                <th scope="col">
                  <span className="sr-only">{at('accounts.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.data.items.map((user) => (
                <tr key={user.id}>
                  <td>{user.fullName}</td>
                  <td>{user.email}</td>
                  <td>{user.phone ?? ''}</td>
                  <td>
                    {user.unit?.name ?? <span className="muted">{at('accounts.noUnit')}</span>}
                  </td>
                  <td>{user.roles.map((r) => at(`role.${r}` as AccessKey)).join(', ')}</td>
                  <td>
                    <span className={`badge ${user.disabled ? 'badge--closed' : 'badge--open'}`}>
                      {at(user.disabled ? 'accounts.disabled' : 'accounts.active')}
                    </span>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="btn btn--small"
                      aria-label={`${at('accounts.edit')}: ${user.fullName}`}
                      onClick={() => {
                        setSaved(null);
                        setEditing(user);
                      }}
                    >
                      {at('accounts.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {users.data.items.length === 0 && <p>{at('accounts.empty')}</p>}
          <Pager page={page} pageSize={PAGE_SIZE} total={users.data.total} onPage={setPage} />
        </div>
      )}
      {editing && (
        <AccountDialog
          user={editing}
          onClose={() => setEditing(null)}
          onSaved={(user) => {
            setEditing(null);
            setSaved(at('accounts.saved', { name: user.fullName }));
            users.reload();
          }}
        />
      )}
    </div>
  );
}

function AccountDialog({
  user,
  onClose,
  onSaved,
}: {
  user: AdminUser;
  onClose: () => void;
  onSaved: (user: AdminUser) => void;
}) {
  const at = useAT();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [unitId, setUnitId] = useState<string | null>(user.unit?.id ?? null);
  const [disabled, setDisabled] = useState(user.disabled);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const sameRoles = [...roles].sort().join(',') === [...user.roles].sort().join(',');
  const body = {
    ...(sameRoles ? {} : { roles }),
    ...(unitId !== (user.unit?.id ?? null) ? { unitId } : {}),
    ...(disabled !== user.disabled ? { disabled } : {}),
  };
  const changed = Object.keys(body).length > 0;

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!changed || roles.length === 0) return;
    setSaving(true);
    setError(null);
    try {
      onSaved(await api<AdminUser>(endpoints.adminUser(user.id), { method: 'PATCH', body }));
    } catch (err) {
      setError(err);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title={at('accounts.editTitle', { name: user.fullName })} onClose={onClose}>
      <form onSubmit={(e) => void save(e)} noValidate>
        {error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
        <p className="muted">
          {user.email}
          {user.phone ? ` · ${user.phone}` : ''}
        </p>
        <fieldset className="field">
          <legend className="field__label">{at('accounts.rolesLegend')}</legend>
          {ROLES.map((r) => (
            <label key={r} className="checkbox">
              <input
                type="checkbox"
                checked={roles.includes(r)}
                onChange={(e) =>
                  setRoles(
                    e.target.checked
                      ? ROLES.filter((x) => x === r || roles.includes(x))
                      : roles.filter((x) => x !== r),
                  )
                }
              />
              {at(`role.${r}` as AccessKey)}
            </label>
          ))}
          {roles.length === 0 && (
            <p className="field__error" role="alert">
              {at('accounts.rolesNeeded')}
            </p>
          )}
        </fieldset>
        <UnitPicker value={unitId} onChange={setUnitId} label={at('accounts.unitLabel')} />
        {unitId === null && <p className="muted">{at('accounts.noUnitNow')}</p>}
        <label className="checkbox">
          <input
            type="checkbox"
            checked={disabled}
            onChange={(e) => setDisabled(e.target.checked)}
          />
          {at('accounts.disable')}
        </label>
        <p className="field__hint">{at('accounts.disableHint')}</p>
        {!changed && <p className="muted">{at('accounts.nothingChanged')}</p>}
        <div className="modal__actions">
          <button
            type="submit"
            className="btn btn--primary"
            disabled={saving || !changed || roles.length === 0}
          >
            {at('accounts.save')}
          </button>
          <button type="button" className="btn" onClick={onClose}>
            {at('accounts.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
