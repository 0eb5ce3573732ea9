/**
 * Share links and in-app browser detection (docs/sharing.md). Pure functions: the share sheet,
 * the console's send-out panel and the "Mở bằng trình duyệt" hint use them.
 */

/** `url` with `?src=` set (the channel is counted when the link is opened). */
export function withSource(url: string, src: string): string {
  const u = new URL(url, 'https://placeholder.invalid');
  u.searchParams.set('src', src);
  return u.origin === 'https://placeholder.invalid' ? `${u.pathname}${u.search}` : u.toString();
}

/** Facebook's share dialog for `url` (a plain link: no SDK, no popup). */
export function facebookShareUrl(url: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;
}

/**
 * Zalo has no share URL that works without an Official Account id, so the Zalo button copies
 * the text and link and then opens Zalo (zalo.me opens the app on a phone, Zalo Web elsewhere),
 * where the person pastes it. Where the phone has its own share sheet, Zalo is in it.
 */
export const ZALO_APP_URL = 'https://zalo.me/';

export type InAppBrowser = 'zalo' | 'facebook';

/**
 * Zalo's and Facebook's (and Messenger's, Instagram's) in-app browsers, from the user agent:
 * they open no popups and save no downloads, and may wipe storage between visits.
 */
export function inAppBrowser(userAgent: string): InAppBrowser | null {
  if (/\bZalo(?:Theme|Language)?\b|Zalo android|Zalo iOS/i.test(userAgent)) return 'zalo';
  if (/FBAN|FBAV|FB_IAB|FBIOS|FB4A|MessengerForiOS|Instagram/i.test(userAgent)) return 'facebook';
  return null;
}

export function isAndroid(userAgent: string): boolean {
  return /Android/i.test(userAgent);
}

/** An Android `intent://` link that opens `url` in the phone's default browser. */
export function androidBrowserIntent(url: string): string {
  const u = new URL(url);
  const scheme = u.protocol.replace(':', '');
  return `intent://${u.host}${u.pathname}${u.search}#Intent;scheme=${scheme};action=android.intent.action.VIEW;S.browser_fallback_url=${encodeURIComponent(url)};end`;
}
