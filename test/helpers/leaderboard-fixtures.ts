import type { LeaderboardDto, RoundStatsDto } from '@app/leaderboard';
import { io, type Socket } from 'socket.io-client';
import request from 'supertest';
import { correctOptions } from './contest-fixtures';
import type { TestApp } from './test-app';
import type { TestUser } from './users';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Starts an attempt in `roundId` for `user` and returns its id and questions. */
export async function startAttempt(
  t: TestApp,
  user: TestUser,
  roundId: string,
): Promise<{ id: string; questions: Array<{ id: string; options: Array<{ id: string }> }> }> {
  const res = await request(t.baseUrl)
    .post(`/api/rounds/${roundId}/attempts`)
    .set(user.auth)
    .set(user.device);
  if (res.status !== 201 && res.status !== 200) {
    throw new Error(`start failed: ${res.status} ${res.text}`);
  }
  return res.body;
}

/** Answers `correct` questions right (the others are left blank) and submits. */
export async function answerAndSubmit(
  t: TestApp,
  user: TestUser,
  attempt: { id: string; questions: Array<{ id: string }> },
  correct: number,
  via: TestApp = t,
): Promise<{ score: number }> {
  const key = await correctOptions(t, attempt.id);
  for (const q of attempt.questions.slice(0, correct)) {
    await request(via.baseUrl)
      .put(`/api/attempts/${attempt.id}/answers/${q.id}`)
      .set(user.auth)
      .set(user.device)
      .send({ optionIds: key.get(q.id) })
      .expect(200);
  }
  const res = await request(via.baseUrl)
    .post(`/api/attempts/${attempt.id}/submit`)
    .set(user.auth)
    .set(user.device)
    .send({})
    .expect(200);
  return res.body;
}

/** A whole attempt with `correct` right answers. */
export async function takeAttempt(
  t: TestApp,
  user: TestUser,
  roundId: string,
  correct: number,
  via: TestApp = t,
): Promise<{ attemptId: string; score: number }> {
  const attempt = await startAttempt(via, user, roundId);
  const result = await answerAndSubmit(t, user, attempt, correct, via);
  return { attemptId: attempt.id, score: result.score };
}

/** An ack as tests read it (`snapshot` when ok, `error` when not). */
export interface Ack {
  ok: boolean;
  snapshot: LeaderboardDto;
  error: { code: string; message: string; details?: unknown };
}

export interface LiveClient {
  socket: Socket;
  updates: LeaderboardDto[];
  stats: RoundStatsDto[];
  subscribe(payload: unknown): Promise<Ack>;
  unsubscribe(payload: unknown): Promise<Ack>;
  /** Waits until at least `n` updates arrived (or fails after `ms`). */
  waitForUpdates(n: number, ms?: number): Promise<LeaderboardDto[]>;
  close(): void;
}

/** A real socket.io client on `/live` (websocket transport, no automatic reconnection). */
export async function connectLive(t: { baseUrl: string }, token?: string): Promise<LiveClient> {
  const socket = io(`${t.baseUrl}/live`, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: token ? { token } : {},
    reconnection: false,
    forceNew: true,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => reject(error));
  });
  const updates: LeaderboardDto[] = [];
  const stats: RoundStatsDto[] = [];
  socket.on('leaderboard:update', (board: LeaderboardDto) => updates.push(board));
  socket.on('round:stats', (s: RoundStatsDto) => stats.push(s));
  return {
    socket,
    updates,
    stats,
    subscribe: (payload) => socket.timeout(10_000).emitWithAck('leaderboard:subscribe', payload),
    unsubscribe: (payload) =>
      socket.timeout(10_000).emitWithAck('leaderboard:unsubscribe', payload),
    waitForUpdates: async (n, ms = 4000) => {
      const until = Date.now() + ms;
      while (updates.length < n) {
        if (Date.now() > until) {
          throw new Error(`expected ${n} update(s) within ${ms} ms, got ${updates.length}`);
        }
        await sleep(25);
      }
      return updates;
    },
    close: () => {
      socket.disconnect();
    },
  };
}

/** The names on a board, in order. */
export const names = (board: { entries: Array<{ displayName: string }> }) =>
  board.entries.map((e) => e.displayName);
