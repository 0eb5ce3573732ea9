import { useEffect, useState } from 'react';
import type { Socket } from 'socket.io-client';
import { api, ApiError, getAccessToken, hasRefreshToken, refreshSession } from './api';
import type { Leaderboard } from '../api/types';
import { endpoints } from '../api/endpoints';

export type LiveMode = 'connecting' | 'live' | 'polling';

export interface LiveBoardState {
  board: Leaderboard | null;
  error: unknown;
  mode: LiveMode;
}

export interface LiveBoardOptions {
  unitId?: string | null;
  limit?: number;
  /** REST polling period while the socket is down. */
  pollMs?: number;
}

interface SubscribeAck {
  ok: boolean;
  snapshot?: Leaderboard;
  error?: { code?: string; message?: string };
}

function ackError(ack: SubscribeAck | undefined, err: Error | null): unknown {
  if (ack?.error) {
    return new ApiError({
      statusCode: 0,
      code: ack.error.code ?? 'SUBSCRIBE_FAILED',
      message: ack.error.message ?? '',
    });
  }
  return err;
}

export function boardPath(roundId: string, unitId?: string | null, limit = 20): string {
  const qs = new URLSearchParams({ limit: String(limit) });
  if (unitId) qs.set('unitId', unitId);
  return `${endpoints.leaderboard(roundId)}?${qs.toString()}`;
}

/**
 * The live board of a round (or of a unit in it): socket.io namespace `/live`, subscribe with an
 * ack carrying the snapshot, then `leaderboard:update` pushes. When the socket cannot connect
 * (proxy without WebSocket, server refusing, flaky network) it falls back to polling the REST
 * endpoint, and goes back to live pushes when the socket reconnects. socket.io-client is loaded
 * only by the screens that show a board.
 */
export function useLiveBoard(
  roundId: string | null,
  options: LiveBoardOptions = {},
): LiveBoardState {
  const { unitId = null, limit = 20, pollMs = 10_000 } = options;
  const [state, setState] = useState<LiveBoardState>({
    board: null,
    error: null,
    mode: 'connecting',
  });

  useEffect(() => {
    if (!roundId) return;
    let alive = true;
    let socket: Socket | null = null;
    let pollTimer: ReturnType<typeof setInterval> | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | null = null;
    let authRetries = 0;
    const subscription = unitId ? { roundId, unitId } : { roundId };
    setState({ board: null, error: null, mode: 'connecting' });

    const poll = async () => {
      try {
        const board = await api<Leaderboard>(boardPath(roundId, unitId, limit));
        if (alive) setState((s) => ({ ...s, board, error: null }));
      } catch (error) {
        if (alive) setState((s) => ({ ...s, error }));
      }
    };
    const startPolling = () => {
      if (!alive) return;
      setState((s) => ({ ...s, mode: 'polling' }));
      if (pollTimer) return;
      pollTimer = setInterval(() => void poll(), pollMs);
    };
    const stopPolling = () => {
      if (pollTimer) clearInterval(pollTimer);
      pollTimer = null;
    };

    void poll(); // the first paint does not wait for the socket

    import('socket.io-client')
      .then(({ io }) => {
        if (!alive) return;
        const s = io('/live', {
          path: '/socket.io',
          auth: (cb) => {
            const token = getAccessToken();
            cb(token ? { token } : {});
          },
          reconnectionDelay: 1000,
          reconnectionDelayMax: 10_000,
          timeout: 8000,
        });
        socket = s;
        s.on('connect', () => {
          authRetries = 0;
          s.timeout(8000).emit(
            'leaderboard:subscribe',
            subscription,
            (err: Error | null, ack?: SubscribeAck) => {
              if (!alive) return;
              if (err || !ack?.ok) {
                setState((st) => ({ ...st, error: ackError(ack, err) }));
                startPolling();
                return;
              }
              stopPolling();
              setState({ board: ack.snapshot ?? null, error: null, mode: 'live' });
            },
          );
        });
        s.on('leaderboard:update', (board: Leaderboard) => {
          if (!alive || board.roundId !== roundId) return;
          setState((st) => ({ ...st, board, error: null, mode: 'live' }));
        });
        s.on(
          'round:stats',
          (stats: { roundId: string; participants: number; attempts: number }) => {
            if (!alive || stats.roundId !== roundId) return;
            setState((st) =>
              st.board
                ? {
                    ...st,
                    board: {
                      ...st.board,
                      participants: stats.participants,
                      attempts: stats.attempts,
                    },
                  }
                : st,
            );
          },
        );
        s.on('disconnect', () => startPolling());
        s.on('connect_error', () => {
          startPolling();
          // A refused handshake is not retried by socket.io: renew the token and try again.
          if (!s.active && authRetries < 3) {
            authRetries += 1;
            retryTimer = setTimeout(() => {
              const again = () => {
                if (alive) s.connect();
              };
              if (hasRefreshToken()) refreshSession().then(again, again);
              else again();
            }, 3000 * authRetries);
          }
        });
      })
      .catch(() => startPolling());

    return () => {
      alive = false;
      stopPolling();
      if (retryTimer) clearTimeout(retryTimer);
      if (socket) {
        if (socket.connected) socket.emit('leaderboard:unsubscribe', subscription);
        socket.disconnect();
      }
    };
  }, [roundId, unitId, limit, pollMs]);

  return state;
}
