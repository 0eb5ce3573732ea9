import { useId, useState } from 'react';
import { facebookShareUrl, withSource, ZALO_APP_URL } from './links';
import { useShareT } from './messages';

interface NavigatorShare {
  share?: (data: { title?: string; text?: string; url?: string }) => Promise<void>;
  clipboard?: { writeText(text: string): Promise<void> };
}

function nav(): NavigatorShare {
  return typeof navigator === 'undefined' ? {} : navigator;
}

/** Absolute URL of `pathOrUrl` on this site. */
export function absoluteUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, window.location.origin).toString();
}

async function copyText(text: string): Promise<boolean> {
  try {
    const clipboard = nav().clipboard;
    if (!clipboard) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The share sheet (docs/sharing.md): the phone's own share (`navigator.share`) when it has one,
 * Zalo, Facebook and copy link as plain links and buttons (no SDK, no popup needed). Each way
 * adds its `?src=` so the organizer sees which channel brought people.
 */
export function ShareSheet({
  url,
  title,
  text,
  heading,
}: {
  url: string;
  title: string;
  text: string;
  heading?: string;
}) {
  const t = useShareT();
  const headingId = useId();
  const [notice, setNotice] = useState<'copied' | 'copiedZalo' | null>(null);
  const [manual, setManual] = useState<string | null>(null);
  const canShare = typeof nav().share === 'function';

  const nativeShare = async (src: string) => {
    try {
      await nav().share!({ title, text, url: withSource(url, src) });
    } catch {
      // Cancelled by the person, or refused: nothing to do.
    }
  };
  const copy = async (src: string, then: 'copied' | 'copiedZalo', withText: boolean) => {
    const link = withSource(url, src);
    const ok = await copyText(withText ? `${text}\n${link}` : link);
    setNotice(ok ? then : null);
    setManual(ok ? null : link);
  };

  return (
    <section className="share-sheet" aria-labelledby={headingId} data-testid="share-sheet">
      <h2 id={headingId} className="share-sheet__title">
        {heading ?? t('share.title')}
      </h2>
      <div className="share-sheet__buttons">
        {canShare && (
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => void nativeShare('chia-se')}
          >
            {t('share.native')}
          </button>
        )}
        <a
          className="btn share-sheet__zalo"
          href={ZALO_APP_URL}
          target="_blank"
          rel="noopener noreferrer"
          onClick={(event) => {
            if (canShare) {
              event.preventDefault();
              void nativeShare('zalo');
            } else {
              void copy('zalo', 'copiedZalo', true);
            }
          }}
        >
          {t('share.zalo')}
        </a>
        <a
          className="btn share-sheet__facebook"
          href={facebookShareUrl(withSource(url, 'facebook'))}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('share.facebook')}
        </a>
        <button
          type="button"
          className="btn"
          onClick={() => void copy('lien-ket', 'copied', false)}
        >
          {t('share.copy')}
        </button>
      </div>
      {notice && (
        <p role="status" className="ok-text">
          {t(notice === 'copied' ? 'share.copied' : 'share.copiedZalo')}
        </p>
      )}
      {manual && (
        <p role="status">
          {t('share.copyFailed')}{' '}
          <input
            className="input"
            readOnly
            value={manual}
            aria-label={t('share.copy')}
            onFocus={(e) => e.currentTarget.select()}
          />
        </p>
      )}
    </section>
  );
}
