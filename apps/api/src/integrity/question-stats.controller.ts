import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import { QuestionStatsDto, QuestionStatsQueryDto, QuestionStatsService } from '@app/integrity';

@ApiTags('contests')
@ApiBearerAuth()
@Controller('contests/:id/question-stats')
export class QuestionStatsController {
  constructor(private readonly stats: QuestionStatsService) {}

  @Get()
  @ApiOperation({
    summary: 'Question statistics of the contest (organizers and judges of the contest, admins)',
    description:
      'Per question: how often drawn, facility (share right), discrimination (correlation with the rest of the score), ' +
      'the share choosing each option; questions that look defective are listed first with plain-language reasons.',
  })
  @ApiOkResponse({ type: QuestionStatsDto })
  get(
    @Param('id', UuidParamPipe) id: string,
    @Query() query: QuestionStatsQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<QuestionStatsDto> {
    return this.stats.forContest(id, query, user);
  }
}
