import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import {
  DisqualificationService,
  DisqualifyDto,
  ParticipantJudgementDto,
  ReinstateDto,
} from '@app/judging';

/** Person-level judgements: every attempt of one person in one round. */
@ApiTags('judging')
@ApiBearerAuth()
@Controller('rounds/:roundId/participants/:userId')
export class JudgedParticipantsController {
  constructor(private readonly disqualification: DisqualificationService) {}

  @Post('disqualify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disqualify a person in a round: all their attempts (audited)' })
  @ApiOkResponse({ type: ParticipantJudgementDto })
  disqualify(
    @Param('roundId', UuidParamPipe) roundId: string,
    @Param('userId', UuidParamPipe) userId: string,
    @Body() dto: DisqualifyDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ParticipantJudgementDto> {
    return this.disqualification.disqualifyParticipant(roundId, userId, dto.reason, user);
  }

  @Post('reinstate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reinstate a person in a round: every disqualified attempt of theirs (audited)',
  })
  @ApiOkResponse({ type: ParticipantJudgementDto })
  reinstate(
    @Param('roundId', UuidParamPipe) roundId: string,
    @Param('userId', UuidParamPipe) userId: string,
    @Body() dto: ReinstateDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ParticipantJudgementDto> {
    return this.disqualification.reinstateParticipant(roundId, userId, dto.reason, user);
  }
}
