import { storage } from './storage';
import { endpoints } from '../api/endpoints';

/** The contract's error body: `{ statusCode, code, message, requestId, details? }`. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  requestId?: string;
  details?: unknown;
  errors?: unknown;
  [key: string]: unknown;
}

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly body: ApiErrorBody;
  constructor(body: ApiErrorBody) {
    super(body.message || body.code);
    this.status = body.statusCode;
    this.code = body.code;
    this.body = body;
  }
}

/** The request never reached the server (offline, DNS, connection reset). */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super('Network error');
    this.cause = cause;
  }
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const REFRESH_KEY = 'hoithi.refreshToken';
let accessToken: string | null = null;
let refreshing: Promise<boolean> | null = null;
const lostListeners = new Set<() => void>();

export function getAccessToken(): string | null {
  return accessToken;
}
export function hasRefreshToken(): boolean {
  return storage.get(REFRESH_KEY) !== null;
}
export function setTokens(access: string, refresh: string): void {
  accessToken = access;
  storage.set(REFRESH_KEY, refresh);
}
export function clearTokens(): void {
  accessToken = null;
  storage.remove(REFRESH_KEY);
}
export function takeRefreshToken(): string | null {
  return storage.get(REFRESH_KEY);
}
/** Called when the refresh token is refused: the person must sign in again. */
export function onSessionLost(listener: () => void): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}

interface TokenPair {
  accessToken: string;
  refreshToken: string;
  user?: unknown;
}

let refreshedUser: unknown = null;
/** The profile that came with the last refresh (saves a GET /api/me at start-up). */
export function takeRefreshedUser(): unknown {
  const user = refreshedUser;
  refreshedUser = null;
  return user;
}

/**
 * Trades the stored refresh token for a new pair, once at a time in this tab and — through the
 * Web Locks API where available — across tabs: a refresh token works only once and reusing one
 * revokes the whole family, so the token is read from storage inside the lock.
 */
export function refreshSession(): Promise<boolean> {
  const run = async (): Promise<boolean> => {
    const token = storage.get(REFRESH_KEY);
    if (!token) return false;
    let res: Response;
    try {
      res = await fetch(endpoints.refresh, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken: token }),
      });
    } catch (error) {
      throw new NetworkError(error);
    }
    if (res.ok) {
      const pair = (await res.json()) as TokenPair;
      setTokens(pair.accessToken, pair.refreshToken);
      refreshedUser = pair.user ?? null;
      return true;
    }
    if (res.status === 401 || res.status === 400) {
      if (storage.get(REFRESH_KEY) !== token) return run(); // another tab rotated it meanwhile
      clearTokens();
      lostListeners.forEach((l) => l());
      return false;
    }
    throw new ApiError(await errorBody(res));
  };
  refreshing ??= (async () => {
    try {
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      return locks ? ((await locks.request('hoithi-refresh', run)) as boolean) : await run();
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  form?: FormData;
  headers?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined | null>;
  /** Survives page unload (integrity events on pagehide). */
  keepalive?: boolean;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: RequestOptions['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

async function errorBody(res: Response): Promise<ApiErrorBody> {
  let parsed: unknown;
  try {
    parsed = await res.json();
  } catch {
    parsed = null;
  }
  const body = (parsed && typeof parsed === 'object' ? parsed : {}) as Partial<ApiErrorBody>;
  return {
    ...body,
    statusCode: body.statusCode ?? res.status,
    code: body.code ?? `HTTP_${res.status}`,
    message: body.message ?? res.statusText,
  };
}

/**
 * fetch with the access token; on 401 refreshes once and retries. Throws `ApiError` for any
 * error status and `NetworkError` when the server cannot be reached.
 */
export async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  if (!accessToken && hasRefreshToken()) {
    try {
      await refreshSession();
    } catch (error) {
      if (error instanceof NetworkError) throw error;
    }
  }
  const send = async (): Promise<Response> => {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
    let body: BodyInit | undefined;
    if (options.form) body = options.form;
    else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    try {
      return await fetch(withQuery(path, options.query), {
        method: options.method ?? (body ? 'POST' : 'GET'),
        headers,
        body,
        keepalive: options.keepalive,
        signal: options.signal,
        credentials: 'same-origin',
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new NetworkError(error);
    }
  };
  const tokenUsed = accessToken;
  let res = await send();
  if (res.status === 401 && hasRefreshToken()) {
    const refreshed = accessToken !== tokenUsed && accessToken !== null;
    if (refreshed || (await refreshSession())) res = await send();
  }
  if (!res.ok) throw new ApiError(await errorBody(res));
  return res;
}

export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const res = await request(path, options);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Downloads a file through fetch (the token is a header) and saves it under its own name. */
export async function download(path: string, fallbackName: string): Promise<string> {
  const res = await request(path, { headers: { Accept: '*/*' } });
  const disposition = res.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star ? decodeURIComponent(star[1]) : plain ? plain[1] : fallbackName;
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
