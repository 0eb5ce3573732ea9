import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/core';
import { REDIS_CLIENT } from '@app/database';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { DatabaseHealthRepository } from './database-health.repository';
import { DrainState } from './drain-state';

export class HealthDto {
  status: 'ok' | 'degraded';
  db: 'up' | 'down';
  redis: 'up' | 'down' | 'disabled';
}

export class ReadinessDto {
  ready: boolean;
  /** The instance is shutting down: finishing in-flight requests, taking no new work. */
  draining: boolean;
  db: 'up' | 'down';
  redis: 'up' | 'down' | 'disabled';
  migrations: 'done' | 'pending' | 'unknown';
}

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseHealthRepository,
    @Inject(REDIS_CLIENT) private readonly redis: Redis | null,
    private readonly drain: DrainState,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({
    type: HealthDto,
    description: '503 with the same body when a dependency is down',
  })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const { db, redis } = await this.dependencies();
    const ok = db === 'up' && redis !== 'down';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    res.setHeader('Cache-Control', 'no-store');
    return { status: ok ? 'ok' : 'degraded', db, redis };
  }

  /**
   * Readiness, separate from liveness (`GET /api/health`): 503 while the instance drains
   * (shutting down), while this version's migrations are not all applied, or while PostgreSQL
   * or the configured Redis cannot be reached. A proxy sends work only to ready instances.
   */
  @Public()
  @Get('ready')
  @ApiOkResponse({ type: ReadinessDto, description: '503 with the same body when not ready' })
  async ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessDto> {
    const draining = this.drain.isDraining;
    const { db, redis } = await this.dependencies();
    const migrations =
      db === 'up'
        ? await withTimeout(this.database.pendingMigrations(), 2000).then(
            (pending) => (pending ? ('pending' as const) : ('done' as const)),
            () => 'unknown' as const,
          )
        : ('unknown' as const);
    const ready = !draining && db === 'up' && redis !== 'down' && migrations === 'done';
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    res.setHeader('Cache-Control', 'no-store');
    return { ready, draining, db, redis, migrations };
  }

  private async dependencies(): Promise<Pick<HealthDto, 'db' | 'redis'>> {
    const [db, redis] = await Promise.all([
      withTimeout(this.database.ping(), 2000).then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      this.redis
        ? withTimeout(this.redis.ping(), 2000).then(
            () => 'up' as const,
            () => 'down' as const,
          )
        : Promise.resolve('disabled' as const),
    ]);
    return { db, redis };
  }
}
