import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
} from '@nestjs/common';
import Redis from 'ioredis';

export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

/** Closes the shared connection on shutdown. */
@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis | null) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit().catch(() => this.redis?.disconnect());
  }
}

export function createRedisClient(url: string, name: string): Redis {
  const logger = new Logger('Redis');
  const client = new Redis(url, {
    connectionName: name,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let warned = false;
  client.on('error', (error: Error) => {
    if (!warned) logger.warn(`${name}: ${error.message}`);
    warned = true;
  });
  client.on('ready', () => {
    if (warned) logger.log(`${name}: connected again`);
    warned = false;
  });
  return client;
}

/** One shared Redis connection when REDIS_URL is set; `null` (single-instance mode) otherwise. */
@Global()
@Module({})
export class RedisModule {
  static forRoot(url: string | undefined): DynamicModule {
    return {
      module: RedisModule,
      providers: [
        { provide: REDIS_CLIENT, useValue: url ? createRedisClient(url, 'hoithi') : null },
        RedisCloser,
      ],
      exports: [REDIS_CLIENT],
    };
  }
}
