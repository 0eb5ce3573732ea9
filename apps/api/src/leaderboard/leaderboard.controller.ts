import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { Public, UuidParamPipe } from '@app/core';
import {
  LeaderboardDto,
  LeaderboardQueryDto,
  LeaderboardService,
  MyRankDto,
  MyRankQueryDto,
} from '@app/leaderboard';

@ApiTags('leaderboards')
@Controller('rounds/:roundId/leaderboard')
export class LeaderboardController {
  constructor(private readonly leaderboard: LeaderboardService) {}

  @Public()
  @Get()
  @ApiOperation({
    summary:
      'The board of a round (public when the contest says so; otherwise its participants and staff). ' +
      'Staff see the live board; everybody else the frozen one during the freeze.',
  })
  @ApiOkResponse({ type: LeaderboardDto })
  board(
    @Param('roundId', UuidParamPipe) roundId: string,
    @Query() query: LeaderboardQueryDto,
    @CurrentUser() user: AuthUser | undefined,
  ): Promise<LeaderboardDto> {
    return this.leaderboard.board(roundId, user, query);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: "The caller's rank and entry (rank null without a counted attempt)" })
  @ApiOkResponse({ type: MyRankDto })
  me(
    @Param('roundId', UuidParamPipe) roundId: string,
    @Query() query: MyRankQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<MyRankDto> {
    return this.leaderboard.myRank(roundId, user, query.unitId);
  }
}
