import { useSyncExternalStore } from 'react';
import {
  api,
  clearTokens,
  getAccessToken,
  hasRefreshToken,
  NetworkError,
  onSessionLost,
  refreshSession,
  setTokens,
  takeRefreshedUser,
  takeRefreshToken,
} from './api';
import { storage } from './storage';
import type { AuthSession, Role, User } from '../api/types';
import { endpoints } from '../api/endpoints';

/** Who is signed in. The access token lives in memory, the refresh token in localStorage. */
export interface SessionState {
  status: 'loading' | 'anonymous' | 'authenticated';
  user: User | null;
}

const USER_KEY = 'hoithi.user';
let state: SessionState = { status: 'loading', user: null };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  if (next.user) storage.setJSON(USER_KEY, next.user);
  else storage.remove(USER_KEY);
  listeners.forEach((l) => l());
}

export function getSession(): SessionState {
  return state;
}

export function useSession(): SessionState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

export function hasRole(user: User | null, ...roles: Role[]): boolean {
  return !!user && user.roles.some((r) => roles.includes(r));
}

/** On page load: trade the stored refresh token for an access token and load the profile. */
export async function bootSession(): Promise<void> {
  onSessionLost(() => set({ status: 'anonymous', user: null }));
  window.addEventListener('storage', (event) => {
    if (event.key === 'hoithi.refreshToken' && event.newValue === null && state.user) {
      clearTokens();
      set({ status: 'anonymous', user: null });
    }
  });
  if (!hasRefreshToken()) {
    set({ status: 'anonymous', user: null });
    return;
  }
  try {
    if (!(await refreshSession())) {
      set({ status: 'anonymous', user: null });
      return;
    }
    const user = (takeRefreshedUser() as User | null) ?? (await api<User>(endpoints.me));
    set({ status: 'authenticated', user });
  } catch (error) {
    // Offline at start-up (a quiz resumed in a tunnel): keep the last known profile; requests
    // will refresh the token once the network is back.
    const cached = storage.getJSON<User>(USER_KEY);
    if (cached && (error instanceof NetworkError || hasRefreshToken())) {
      set({ status: 'authenticated', user: cached });
    } else set({ status: 'anonymous', user: null });
  }
}

export async function login(loginId: string, password: string): Promise<User> {
  const session = await api<AuthSession>(endpoints.login, {
    method: 'POST',
    body: { login: loginId.trim(), password },
  });
  setTokens(session.accessToken, session.refreshToken);
  set({ status: 'authenticated', user: session.user });
  return session.user;
}

/** Signs in with the link mailed when the account was locked for new devices. */
export async function loginWithLink(token: string): Promise<User> {
  const session = await api<AuthSession>(endpoints.signInLink, {
    method: 'POST',
    body: { token },
  });
  setTokens(session.accessToken, session.refreshToken);
  set({ status: 'authenticated', user: session.user });
  return session.user;
}

export interface RegisterInput {
  fullName: string;
  email: string;
  password: string;
  phone?: string;
  unitId?: string;
  birthYear?: number;
}

export async function register(input: RegisterInput): Promise<User> {
  const session = await api<AuthSession>(endpoints.register, { method: 'POST', body: input });
  setTokens(session.accessToken, session.refreshToken);
  set({ status: 'authenticated', user: session.user });
  return session.user;
}

export async function reloadUser(): Promise<void> {
  set({ status: 'authenticated', user: await api<User>(endpoints.me) });
}

export async function logout(): Promise<void> {
  const refreshToken = takeRefreshToken();
  const access = getAccessToken();
  clearTokens();
  set({ status: 'anonymous', user: null });
  if (refreshToken) {
    try {
      await fetch(endpoints.logout, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(access ? { Authorization: `Bearer ${access}` } : {}),
        },
        body: JSON.stringify({ refreshToken }),
      });
    } catch {
      // signed out locally anyway
    }
  }
}
