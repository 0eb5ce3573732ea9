import { createHash } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-adapter';
import { createRedisClient } from '@app/database';
import type Redis from 'ioredis';
import type { Server } from 'socket.io';

export interface RedisAdapterHandle {
  close(): Promise<void>;
}

/**
 * Channels are named after the database the instances share (host, port, database name): the
 * instances of one deployment find each other, and two deployments — or two test runs — on one
 * Redis never hear each other.
 */
export function clusterChannelPrefix(databaseUrl: string): string {
  const u = new URL(databaseUrl);
  const id = createHash('sha256')
    .update(`${u.hostname}:${u.port}${u.pathname}`)
    .digest('hex')
    .slice(0, 16);
  return `hoithi:${id}:socket.io`;
}

/**
 * Redis commands the adapter sends without handling their failure. While Redis is down they
 * fail after the client's retries; that must never become an unhandled rejection (which would
 * stop the process) — the API keeps serving, and the subscriptions come back by themselves.
 */
function failSoftly(
  client: Redis,
  methods: Array<'publish' | 'subscribe' | 'psubscribe' | 'unsubscribe' | 'punsubscribe'>,
): void {
  const target = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of methods) {
    const original = target[method].bind(client);
    target[method] = (...args: unknown[]) => {
      const result = original(...args);
      if (result instanceof Promise) result.catch(() => undefined);
      return result;
    };
  }
}

/**
 * Puts socket.io on the Redis adapter (multi-instance mode). `onResubscribed` runs when the
 * subscriber connection comes back after a loss: messages sent meanwhile are gone.
 */
export function attachRedisAdapter(
  server: Server,
  redisUrl: string,
  prefix: string,
  onResubscribed: () => void,
): RedisAdapterHandle {
  const logger = new Logger('SocketRedis');
  const pub = createRedisClient(redisUrl, 'socket.io-pub');
  const sub = createRedisClient(redisUrl, 'socket.io-sub');
  // Subscriptions wait for Redis instead of failing: they are then made (and remade) for sure.
  sub.options.maxRetriesPerRequest = null;
  failSoftly(pub, ['publish']);
  failSoftly(sub, ['subscribe', 'psubscribe', 'unsubscribe', 'punsubscribe']);
  let lost = false;
  sub.on('close', () => {
    lost = true;
  });
  sub.on('ready', () => {
    if (!lost) return;
    lost = false;
    logger.log('subscriber connection back: resynchronising live boards');
    onResubscribed();
  });
  server.adapter(createAdapter(pub, sub, { key: prefix, requestsTimeout: 3000 }));
  return {
    close: async () => {
      await Promise.all(
        [pub, sub].map((c) =>
          c.quit().then(
            () => undefined,
            () => c.disconnect(),
          ),
        ),
      );
    },
  };
}
