import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { Public, UuidParamPipe } from '@app/core';
import { UnitRankingEntryDto, UnitRankingQueryDto, UnitRankingService } from '@app/judging';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('contests/:id/units')
export class UnitRankingController {
  constructor(private readonly ranking: UnitRankingService) {}

  @Public()
  @Get('ranking')
  @ApiOperation({
    summary: 'Collective ranking of the units',
    description:
      'Public once a round of the contest is finalized; staff and admins anytime. Order: prize points, participation rate, participants.',
  })
  @ApiOkResponse({ type: [UnitRankingEntryDto] })
  rank(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: UnitRankingQueryDto,
    @CurrentUser() user?: AuthUser,
  ): Promise<UnitRankingEntryDto[]> {
    return this.ranking.rank(id, { rollUp: query.rollUp }, user);
  }
}
