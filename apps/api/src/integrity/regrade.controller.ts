import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AUTHORING_ROLES, type AuthUser, CurrentUser, Roles } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import {
  RegradeApplyDto,
  RegradeRequestDto,
  RegradeResultDto,
  RegradeService,
} from '@app/integrity';
import { BankAccessGuard, BankScoped } from '@app/question-bank';

@ApiTags('question banks')
@ApiBearerAuth()
@Roles(...AUTHORING_ROLES)
// Only those on the question's bank access list see it at all (docs/security.md).
@UseGuards(BankAccessGuard)
@BankScoped('question')
@Controller('questions/:id/regrade')
export class RegradeController {
  constructor(private readonly regrade: RegradeService) {}

  @Post('preview')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Preview an answer-key regrade: the question’s current version as the key for attempts that drew an older one',
    description:
      'Organizers of the contests concerned, admins. Which attempts change score, the top 10 of each round before and after, ' +
      'whose prize would change. Finalized rounds are listed, never changed. Nothing is written.',
  })
  @ApiOkResponse({ type: RegradeResultDto })
  preview(
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: RegradeRequestDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RegradeResultDto> {
    return this.regrade.preview(id, dto, user);
  }

  @Post('apply')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Apply the regrade in one transaction (audited with the reason)',
    description:
      'Moves the attempts to the current version, rescores them and updates the standings. Finalized rounds are skipped ' +
      'and listed; 409 RESULTS_FINALIZED when a round asked for explicitly is finalized or nothing else is left.',
  })
  @ApiOkResponse({ type: RegradeResultDto })
  @ApiConflictResponse({ description: 'RESULTS_FINALIZED' })
  apply(
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: RegradeApplyDto,
    @CurrentUser() user: AuthUser,
  ): Promise<RegradeResultDto> {
    return this.regrade.apply(id, dto, user);
  }
}
