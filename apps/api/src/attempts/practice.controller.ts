import { Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { type PracticeAttemptDto, PracticeService } from '@app/attempts';
import { UuidParamPipe } from '@app/core';
import { AttemptRateLimit } from '@app/integrity';

@ApiTags('attempts')
@ApiBearerAuth()
@Controller('contests/:id/practice')
export class PracticeController {
  constructor(private readonly practice: PracticeService) {}

  @Post()
  @AttemptRateLimit('practiceStart')
  @ApiOperation({
    summary: 'Start a practice attempt ("Thi thử"): unscored, unlimited, never counted anywhere',
    description:
      'Drawn from the practice pool (never the official draw); answered and submitted on the attempt routes. Rate-limited per account (RATE_LIMIT_PRACTICE_START_PER_USER, per minute).',
  })
  @ApiNotFoundResponse({ description: 'No such contest, or practice not enabled' })
  start(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<PracticeAttemptDto> {
    return this.practice.start(id, user);
  }
}
