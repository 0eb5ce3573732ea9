const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu;

/** Lower case, without Vietnamese tones and marks (đ → d), spaces collapsed: for matching labels. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(SPACES, ' ')
    .trim();
}
