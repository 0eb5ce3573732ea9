import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@app/accounts';
import { EssayAnswerDto, ParticipationDto, RoundInsightsService } from '@app/attempts';
import { UuidParamPipe } from '@app/core';

@ApiTags('rounds')
@ApiBearerAuth()
@Controller('rounds/:roundId')
export class RoundInsightsController {
  constructor(private readonly insights: RoundInsightsService) {}

  @Get('participation')
  @Roles('organizer', 'judge', 'admin')
  @ApiOperation({ summary: 'Attempts per hour and per unit (staff of the contest)' })
  @ApiOkResponse({ type: ParticipationDto })
  participation(
    @Param('roundId', UuidParamPipe) roundId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ParticipationDto> {
    return this.insights.participation(roundId, user);
  }

  @Get('essays')
  @Roles('judge', 'admin')
  @ApiOperation({ summary: 'Essay answers to grade, ungraded first (judges of the contest)' })
  @ApiOkResponse({ type: [EssayAnswerDto] })
  essays(
    @Param('roundId', UuidParamPipe) roundId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<EssayAnswerDto[]> {
    return this.insights.essays(roundId, user);
  }
}
