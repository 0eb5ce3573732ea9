import { useSyncExternalStore } from 'react';
import { ApiError, NetworkError } from './api';
import { storage } from './storage';

/** Vietnamese by default; English when the person switches (kept in localStorage). */
export type Lang = 'vi' | 'en';
const LANG_KEY = 'hoithi.lang';
let current: Lang = storage.get(LANG_KEY) === 'en' ? 'en' : 'vi';
const listeners = new Set<() => void>();

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  current = lang;
  storage.set(LANG_KEY, lang);
  document.documentElement.lang = lang;
  listeners.forEach((l) => l());
}

export function useLang(): Lang {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}

export type Params = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

/**
 * A typed dictionary pair → a hook. The English dictionary must have every Vietnamese key (the
 * type checker enforces it), so a missing translation is a build error, not a blank button.
 */
export function createMessages<K extends string>(vi: Record<K, string>, en: Record<K, string>) {
  const translate =
    (lang: Lang): Translate<K> =>
    (key, params) =>
      interpolate((lang === 'en' ? en : vi)[key] ?? vi[key] ?? key, params);
  return {
    useT: (): Translate<K> => translate(useLang()),
    t: (key: K, params?: Params) => translate(current)(key, params),
    has: (key: string): key is K => key in vi,
  };
}

/** The message to show for a failed request: known codes translated, else the server's words. */
export function describeError(
  error: unknown,
  known: (code: string) => string | undefined,
  networkMessage: string,
): string {
  if (error instanceof NetworkError) return networkMessage;
  if (error instanceof ApiError) {
    return known(error.code) ?? (error.message || error.code);
  }
  return error instanceof Error ? error.message : String(error);
}
