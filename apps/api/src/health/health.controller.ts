import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/core';
import { REDIS_CLIENT } from '@app/database';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { DatabaseHealthRepository } from './database-health.repository';

export class HealthDto {
  status: 'ok' | 'degraded';
  db: 'up' | 'down';
  redis: 'up' | 'down' | 'disabled';
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
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({
    type: HealthDto,
    description: '503 with the same body when a dependency is down',
  })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
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
    const ok = db === 'up' && redis !== 'down';
    res.status(ok ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    res.setHeader('Cache-Control', 'no-store');
    return { status: ok ? 'ok' : 'degraded', db, redis };
  }
}
