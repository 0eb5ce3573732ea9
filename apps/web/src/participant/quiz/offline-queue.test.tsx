import { act, cleanup, render, screen } from '@testing-library/react';
import { useSyncExternalStore } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NetworkError } from '../../lib/api';
import { AnswerQueue, type QueueItem, queueKey, type SaveResult } from './offline-queue';

class MemoryStore {
  data = new Map<string, string>();
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

/** A fake server: records what arrives, can be switched off like a phone losing signal. */
function fakeServer() {
  const received: Array<{ questionId: string; optionIds?: string[]; text?: string }> = [];
  const state = { online: true };
  const send = vi.fn(async (item: QueueItem): Promise<SaveResult> => {
    await Promise.resolve();
    if (!state.online) throw new NetworkError(new TypeError('Failed to fetch'));
    received.push({ questionId: item.questionId, ...item.answer });
    return {
      questionId: item.questionId,
      savedAt: new Date().toISOString(),
      receipt: `r-${item.seq}`,
    };
  });
  return { received, state, send };
}

const flushPromises = () =>
  act(async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  });

describe('AnswerQueue', () => {
  let store: MemoryStore;
  const queues: AnswerQueue[] = [];
  const make = (send: (item: QueueItem) => Promise<SaveResult>, extra = {}) => {
    const q = new AnswerQueue({ attemptId: 'a1', send, store, retryDelays: [60_000], ...extra });
    queues.push(q);
    return q;
  };

  beforeEach(() => {
    store = new MemoryStore();
  });
  afterEach(() => {
    queues.splice(0).forEach((q) => q.destroy());
    cleanup();
  });

  it('sends each answer at once, one request at a time, in the order chosen', async () => {
    const server = fakeServer();
    const q = make(server.send);
    q.enqueue('q1', { optionIds: ['A'] });
    q.enqueue('q2', { optionIds: ['B'] });
    q.enqueue('q3', { text: 'Hà Nội' });
    await q.flush();
    expect(server.received.map((r) => r.questionId)).toEqual(['q1', 'q2', 'q3']);
    expect(q.pending()).toEqual([]);
    expect(store.getItem(queueKey('a1'))).toBeNull();
  });

  it('keeps only the latest answer per question while offline, and persists the queue', async () => {
    const server = fakeServer();
    server.state.online = false;
    const q = make(server.send);
    q.enqueue('q1', { optionIds: ['A'] });
    await q.flush();
    q.enqueue('q2', { optionIds: ['B'] });
    q.enqueue('q1', { optionIds: ['C'] });
    await q.flush();
    expect(q.snapshot().networkDown).toBe(true);
    expect(q.pending().map((i) => [i.questionId, i.answer.optionIds])).toEqual([
      ['q2', ['B']],
      ['q1', ['C']],
    ]);
    const saved = JSON.parse(store.getItem(queueKey('a1')) ?? '{}') as { items: QueueItem[] };
    expect(saved.items.map((i) => i.questionId)).toEqual(['q2', 'q1']);
    expect(server.received).toEqual([]);
  });

  it('resends in order when the browser comes back online; the latest answer wins', async () => {
    const server = fakeServer();
    server.state.online = false;
    const q = make(server.send);
    q.enqueue('q1', { optionIds: ['A'] });
    q.enqueue('q2', { optionIds: ['B'] });
    q.enqueue('q1', { optionIds: ['D'] });
    await q.flush();
    expect(server.received).toEqual([]);

    server.state.online = true;
    window.dispatchEvent(new Event('online'));
    await flushPromises();
    await q.flush();
    expect(server.received).toEqual([
      { questionId: 'q2', optionIds: ['B'] },
      { questionId: 'q1', optionIds: ['D'] },
    ]);
    expect(q.pending()).toEqual([]);
    expect(q.snapshot().networkDown).toBe(false);
    expect(store.getItem(queueKey('a1'))).toBeNull();
  });

  it('survives a reload: a new queue on the same storage resends what was left', async () => {
    const server = fakeServer();
    server.state.online = false;
    const first = make(server.send);
    first.enqueue('q5', { optionIds: ['X'] });
    first.enqueue('q6', { text: 'Tôn Đức Thắng' });
    await first.flush();
    first.destroy();

    server.state.online = true;
    const second = make(server.send);
    expect(second.pending().map((i) => i.questionId)).toEqual(['q5', 'q6']);
    second.enqueue('q7', { optionIds: ['Y'] }); // new answers go after the old ones
    await second.flush();
    expect(server.received.map((r) => r.questionId)).toEqual(['q5', 'q6', 'q7']);
  });

  it('retries by itself after a failure, without an online event', async () => {
    vi.useFakeTimers();
    try {
      const server = fakeServer();
      server.state.online = false;
      const q = make(server.send, { retryDelays: [2000] });
      q.enqueue('q1', { optionIds: ['A'] });
      await q.flush();
      server.state.online = true;
      await act(async () => {
        await vi.advanceTimersByTimeAsync(2100);
      });
      expect(server.received.map((r) => r.questionId)).toEqual(['q1']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a re-answer made while the older answer is in flight', async () => {
    let release: () => void = () => undefined;
    const sent: string[][] = [];
    const send = vi.fn((item: QueueItem) => {
      sent.push(item.answer.optionIds ?? []);
      return new Promise<SaveResult>((resolve) => {
        release = () => resolve({ questionId: item.questionId, savedAt: '', receipt: 'r' });
      });
    });
    const q = make(send);
    q.enqueue('q1', { optionIds: ['A'] });
    await Promise.resolve();
    q.enqueue('q1', { optionIds: ['B'] }); // changed mind while A is on its way
    release();
    await flushPromises();
    release();
    await q.flush();
    expect(sent).toEqual([['A'], ['B']]);
    expect(q.pending()).toEqual([]);
  });

  it('stops and forgets the queue when the attempt is closed by the server', async () => {
    const send = vi.fn(async () => {
      throw new ApiError({ statusCode: 409, code: 'ATTEMPT_CLOSED', message: 'closed' });
    });
    const q = make(send);
    q.enqueue('q1', { optionIds: ['A'] });
    q.enqueue('q2', { optionIds: ['B'] });
    await q.flush();
    expect(q.snapshot().closed).toBe(true);
    expect(q.pending()).toEqual([]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(store.getItem(queueKey('a1'))).toBeNull();
  });

  it('drops an answer the server can never accept and goes on with the next', async () => {
    const onRejected = vi.fn();
    const server = fakeServer();
    const send = vi.fn(async (item: QueueItem) => {
      if (item.questionId === 'bad') {
        throw new ApiError({ statusCode: 400, code: 'VALIDATION_FAILED', message: 'bad option' });
      }
      return server.send(item);
    });
    const q = make(send, { onRejected });
    q.enqueue('bad', { optionIds: ['Z'] });
    q.enqueue('q2', { optionIds: ['B'] });
    await q.flush();
    expect(onRejected).toHaveBeenCalledTimes(1);
    expect(server.received.map((r) => r.questionId)).toEqual(['q2']);
  });

  it('tells a component what is still waiting ("chưa lưu") and when it is saved', async () => {
    const server = fakeServer();
    server.state.online = false;
    const q = make(server.send);
    function Status() {
      const snap = useSyncExternalStore(q.subscribe, () => q.snapshot());
      return (
        <p>
          {snap.networkDown ? 'offline' : 'online'} · chưa lưu: {snap.pending.join(',') || '—'}
        </p>
      );
    }
    render(<Status />);
    await act(async () => {
      q.enqueue('q1', { optionIds: ['A'] });
      await q.flush();
    });
    expect(screen.getByText('offline · chưa lưu: q1')).toBeTruthy();
    server.state.online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
      await q.flush();
    });
    expect(screen.getByText('online · chưa lưu: —')).toBeTruthy();
  });
});
