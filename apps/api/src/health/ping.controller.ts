import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';

/**
 * An authenticated no-op: the cost of the HTTP stack and the token check alone. The benchmarks
 * measure the answer-save path against it; clients may use it to check that a token still works.
 */
@ApiTags('health')
@ApiBearerAuth()
@Controller('ping')
export class PingController {
  @Get()
  @ApiOperation({ summary: 'Authenticated no-op (baseline for benchmarks)' })
  ping(@CurrentUser() user: AuthUser): { ok: true; userId: string; serverNow: string } {
    return { ok: true, userId: user.id, serverNow: new Date().toISOString() };
  }
}
