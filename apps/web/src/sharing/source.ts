import { useEffect } from 'react';
import { api } from '../lib/api';
import { storage } from '../lib/storage';
import { endpoints } from '../api/endpoints';

/** The channel a link came through (`?src=zalo-oa`), as the server accepts it. */
const SOURCE = /^[a-z0-9][a-z0-9._-]{0,39}$/;
const key = (slug: string) => `hoithi.src.${slug}`;

/**
 * Remembers the `?src=` a contest page was opened with, and once the person is signed in sends it
 * (`POST /api/contests/:id/source`, the first one counts on the server) — after a sign-in or
 * registration that took them away from the page and back (docs/sharing.md).
 */
export function useContestSource(
  slug: string,
  search: URLSearchParams,
  contestId: string | undefined,
  signedIn: boolean,
): void {
  const src = (search.get('src') ?? '').toLowerCase();
  useEffect(() => {
    if (SOURCE.test(src) && storage.get(key(slug)) === null) storage.set(key(slug), src);
  }, [slug, src]);
  useEffect(() => {
    if (!signedIn || !contestId) return;
    const stored = storage.get(key(slug));
    if (!stored) return;
    api(endpoints.source(contestId), { method: 'POST', body: { src: stored } }).then(
      () => storage.remove(key(slug)),
      () => undefined, // kept for the next visit
    );
  }, [slug, contestId, signedIn]);
}
