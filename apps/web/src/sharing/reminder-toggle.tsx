import { useState } from 'react';
import { api } from '../lib/api';
import { useResource } from '../lib/use-resource';
import { useShareT } from './messages';
import type { ReminderStatus } from '../api/types';
import { endpoints } from '../api/endpoints';

/** Opt in to one e-mail when each next round opens (docs/sharing.md, "Reminders"). */
export function ReminderToggle({ contestId }: { contestId: string }) {
  const t = useShareT();
  const status = useResource(() => api<ReminderStatus>(endpoints.reminder(contestId)), [contestId]);
  const [busy, setBusy] = useState(false);
  if (!status.data) return null;
  const toggle = async (on: boolean) => {
    setBusy(true);
    status.setData({ subscribed: on }); // shown at once; the server's answer follows
    try {
      status.setData(
        await api<ReminderStatus>(endpoints.reminder(contestId), {
          method: on ? 'PUT' : 'DELETE',
        }),
      );
    } catch {
      status.reload();
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="reminder">
      <label className="checkbox">
        <input
          type="checkbox"
          checked={status.data.subscribed}
          disabled={busy}
          onChange={(e) => void toggle(e.currentTarget.checked)}
        />{' '}
        {t('reminder.label')}
      </label>
      {status.data.subscribed && <p className="muted">{t('reminder.on')}</p>}
    </div>
  );
}
