import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import { FlagsService, RoundFlagDto } from '@app/integrity';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('rounds/:roundId/flags')
export class FlagsController {
  constructor(private readonly flags: FlagsService) {}

  @Get()
  @ApiOperation({
    summary: 'Anomaly flags of the round’s submitted attempts (judges of the contest, admins)',
    description:
      'Computed on request: too_fast, focus_lost, identical_answers, duplicate_identity, shared_network (weak evidence), ' +
      'second_device, event_flood — each explained in plain Vietnamese with its numbers. Evidence, never a verdict.',
  })
  @ApiOkResponse({ type: [RoundFlagDto] })
  list(
    @Param('roundId', UuidParamPipe) roundId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<RoundFlagDto[]> {
    return this.flags.listForRound(roundId, user);
  }
}
