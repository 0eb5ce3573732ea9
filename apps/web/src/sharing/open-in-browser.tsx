import { androidBrowserIntent, inAppBrowser, isAndroid } from './links';
import { useShareT } from './messages';

/**
 * "Mở bằng trình duyệt": shown only inside Zalo's or Facebook's in-app browser, next to what
 * cannot work there (a file download). On Android an `intent://` link opens the default browser;
 * elsewhere the instructions say where the app's own menu item is.
 */
export function OpenInBrowserHint({ url }: { url?: string }) {
  const t = useShareT();
  const ua = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  const app = inAppBrowser(ua);
  if (!app) return null;
  const target = url ?? window.location.href;
  return (
    <div className="alert alert--warn in-app-hint" role="note" data-testid="in-app-hint">
      <strong>{t('inApp.title')}</strong>
      <p>{t(app === 'zalo' ? 'inApp.zalo' : 'inApp.facebook')}</p>
      {isAndroid(ua) && /^https?:/.test(target) && (
        <a className="btn btn--small" href={androidBrowserIntent(target)}>
          {t('inApp.open')}
        </a>
      )}
      <p className="muted">{t('inApp.copy')}</p>
    </div>
  );
}

/** Whether this page runs inside an in-app browser (downloads do not work there). */
export function inAppNow(): boolean {
  return typeof navigator !== 'undefined' && inAppBrowser(navigator.userAgent) !== null;
}
