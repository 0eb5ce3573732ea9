import { api } from '../../lib/api';
import { deviceId } from '../../lib/storage';
import { endpoints } from '../../api/endpoints';

export type IntegrityEventType =
  | 'visibility_hidden'
  | 'visibility_visible'
  | 'blur'
  | 'focus'
  | 'copy'
  | 'paste'
  | 'offline'
  | 'online';

interface IntegrityEvent {
  type: IntegrityEventType;
  at: string;
}

const MAX_BUFFER = 300;

/**
 * Page signals for the judges (docs/api.md: POST /api/attempts/:id/events), sent in batches every
 * ~10 s and on pagehide. sendBeacon cannot carry the Authorization header, so the last batch
 * goes with fetch `keepalive`. Events that could not be sent wait for the next batch.
 */
export function startIntegrityReporter(attemptId: string, intervalMs = 10_000): () => void {
  let buffer: IntegrityEvent[] = [];
  let sending = false;
  const record = (type: IntegrityEventType) => {
    if (buffer.length < MAX_BUFFER) buffer.push({ type, at: new Date().toISOString() });
  };
  const send = async (keepalive = false) => {
    if (buffer.length === 0 || (sending && !keepalive)) return;
    const batch = buffer;
    buffer = [];
    sending = true;
    try {
      await api(endpoints.integrityEvents(attemptId), {
        method: 'POST',
        body: { events: batch },
        headers: { 'X-Device-Id': deviceId() },
        keepalive,
      });
    } catch (error) {
      // Offline or server busy: put the batch back (oldest first) unless the attempt is over.
      const status = (error as { status?: number }).status;
      if (status === undefined || status >= 500 || status === 429 || status === 401) {
        buffer = [...batch, ...buffer].slice(0, MAX_BUFFER);
      }
    } finally {
      sending = false;
    }
  };

  const onVisibility = () =>
    record(document.visibilityState === 'hidden' ? 'visibility_hidden' : 'visibility_visible');
  const onBlur = () => record('blur');
  const onFocus = () => record('focus');
  const onCopy = () => record('copy');
  const onPaste = () => record('paste');
  const onOffline = () => record('offline');
  const onOnline = () => {
    record('online');
    void send();
  };
  const onPageHide = () => void send(true);

  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('blur', onBlur);
  window.addEventListener('focus', onFocus);
  document.addEventListener('copy', onCopy);
  document.addEventListener('paste', onPaste);
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  window.addEventListener('pagehide', onPageHide);
  const timer = setInterval(() => void send(), intervalMs);

  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('blur', onBlur);
    window.removeEventListener('focus', onFocus);
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('paste', onPaste);
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('pagehide', onPageHide);
    void send(true);
  };
}
