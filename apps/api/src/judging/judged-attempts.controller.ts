import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import {
  AttemptJudgementDto,
  DisqualificationService,
  DisqualifyDto,
  EssayGradingService,
  GradeEssayDto,
  GradeResultDto,
  ReinstateDto,
} from '@app/judging';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('attempts/:id')
export class JudgedAttemptsController {
  constructor(
    private readonly disqualification: DisqualificationService,
    private readonly grading: EssayGradingService,
  ) {}

  @Post('disqualify')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Disqualify an attempt with a reason (audited; 409 RESULTS_FINALIZED after finalization)',
  })
  @ApiOkResponse({ type: AttemptJudgementDto })
  disqualify(
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: DisqualifyDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AttemptJudgementDto> {
    return this.disqualification.disqualifyAttempt(id, dto.reason, user);
  }

  @Post('reinstate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Reinstate a disqualified attempt (audited; 409 RESULTS_FINALIZED after finalization)',
  })
  @ApiOkResponse({ type: AttemptJudgementDto })
  reinstate(
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: ReinstateDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AttemptJudgementDto> {
    return this.disqualification.reinstateAttempt(id, dto.reason, user);
  }

  @Put('grades/:questionId')
  @ApiOperation({
    summary:
      'Grade an essay question of a submitted attempt (0..its points); rescores the attempt (audited)',
  })
  @ApiOkResponse({ type: GradeResultDto })
  grade(
    @Param('id', UuidParamPipe) id: string,
    @Param('questionId', UuidParamPipe) questionId: string,
    @Body() dto: GradeEssayDto,
    @CurrentUser() user: AuthUser,
  ): Promise<GradeResultDto> {
    return this.grading.grade(id, questionId, dto.points, user);
  }
}
