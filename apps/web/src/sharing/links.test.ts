import { describe, expect, it } from 'vitest';
import { androidBrowserIntent, facebookShareUrl, inAppBrowser, withSource } from './links';

const ZALO =
  'Mozilla/5.0 (Linux; Android 12; SM-A525F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12100663 ZaloTheme/light ZaloLanguage/vi';
const ZALO_IOS =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/23.06.01 ZaloTheme/dark ZaloLanguage/vi';
const FACEBOOK =
  'Mozilla/5.0 (Linux; Android 13; SM-A536E Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.6367.82 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/462.0.0.34.108;]';
const CHROME =
  'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';

describe('share links', () => {
  it('sets ?src= on absolute and relative links, replacing an earlier one', () => {
    expect(withSource('https://thi.example.vn/c/ab3x7kq', 'zalo')).toBe(
      'https://thi.example.vn/c/ab3x7kq?src=zalo',
    );
    expect(withSource('https://thi.example.vn/c/ab3x7kq?src=zalo', 'facebook')).toBe(
      'https://thi.example.vn/c/ab3x7kq?src=facebook',
    );
    expect(withSource('/thanh-tich/abc', 'chia-se')).toBe('/thanh-tich/abc?src=chia-se');
  });

  it("builds Facebook's share dialog link with the URL encoded", () => {
    expect(facebookShareUrl('https://thi.example.vn/c/ab3x7kq?src=facebook')).toBe(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fthi.example.vn%2Fc%2Fab3x7kq%3Fsrc%3Dfacebook',
    );
  });

  it("recognizes Zalo's and Facebook's in-app browsers, not Chrome", () => {
    expect(inAppBrowser(ZALO)).toBe('zalo');
    expect(inAppBrowser(ZALO_IOS)).toBe('zalo');
    expect(inAppBrowser(FACEBOOK)).toBe('facebook');
    expect(inAppBrowser(CHROME)).toBeNull();
  });

  it('makes an Android intent that opens the same page in the browser', () => {
    expect(androidBrowserIntent('https://thi.example.vn/chung-nhan/AB12?x=1')).toBe(
      'intent://thi.example.vn/chung-nhan/AB12?x=1#Intent;scheme=https;action=android.intent.action.VIEW;S.browser_fallback_url=https%3A%2F%2Fthi.example.vn%2Fchung-nhan%2FAB12%3Fx%3D1;end',
    );
  });
});
