import { useState } from 'react';
import { ErrorBox } from '../components/ui';
import { api, ApiError } from '../lib/api';
import { useResource } from '../lib/use-resource';
import { errorText } from '../messages';
import { useShareT } from './messages';
import { ShareSheet } from './share-sheet';
import type { ResultShare } from '../api/types';
import { endpoints } from '../api/endpoints';

/**
 * On the result page: the person may make a public page of their result (first name, score,
 * rank — nothing else) and share it; or stop sharing it (docs/sharing.md, "Shared results").
 */
export function MyResultShare({ attemptId, contestId }: { attemptId: string; contestId?: string }) {
  const t = useShareT();
  const contest = useResource(
    () =>
      contestId
        ? api<{ title: string }>(endpoints.contest(contestId)).catch(() => null)
        : Promise.resolve(null),
    [contestId],
  );
  const contestTitle = contest.data?.title;
  const current = useResource(
    () =>
      api<ResultShare>(endpoints.share(attemptId)).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }),
    [attemptId],
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [stopped, setStopped] = useState(false);
  if (current.loading && current.data === undefined) return null;

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      current.setData(await api<ResultShare>(endpoints.share(attemptId), { method: 'POST' }));
      setStopped(false);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const stop = async () => {
    setBusy(true);
    setError(null);
    try {
      await api(endpoints.share(attemptId), { method: 'DELETE' });
      current.setData(null);
      setStopped(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const share = current.data;
  return (
    <section className="my-share" aria-labelledby="my-share-title">
      <h2 id="my-share-title">{t('myShare.title')}</h2>
      <p className="muted">{t('myShare.hint')}</p>
      {error !== null && <ErrorBox>{errorText(error)}</ErrorBox>}
      {stopped && <p role="status">{t('myShare.stopped')}</p>}
      {share ? (
        <>
          <ShareSheet
            url={share.url}
            title={contestTitle ?? t('myShare.title')}
            text={
              contestTitle ? t('myShare.text', { title: contestTitle }) : t('myShare.textPlain')
            }
            heading={t('share.title')}
          />
          <button
            type="button"
            className="btn btn--small"
            disabled={busy}
            onClick={() => void stop()}
          >
            {t('myShare.stop')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="btn btn--primary btn--block"
          disabled={busy}
          onClick={() => void start()}
        >
          {t('myShare.start')}
        </button>
      )}
    </section>
  );
}
