import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiExtraModels,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import {
  AnswersService,
  AttemptDto,
  AttemptsService,
  type MyAttemptDto,
  MyAttemptPageDto,
  PracticeAttemptDto,
  PracticeFeedbackDto,
  PracticeSaveResultDto,
  PracticeService,
  PracticeSubmitResultDto,
  SaveAnswerDto,
  SaveAnswerResultDto,
  SavedAnswerDto,
  SubmissionService,
  SubmitAttemptDto,
  SubmitResultDto,
} from '@app/attempts';
import { AppException, ErrorCode, type Page, PaginationQueryDto, UuidParamPipe } from '@app/core';
import { AttemptRateLimit } from '@app/integrity';
import type { Request, Response } from 'express';
import { DeviceId } from './device-id.decorator';

const DEVICE_HEADER = {
  name: 'X-Device-Id',
  required: false,
  description:
    'A random id the web app keeps per device; an in-progress attempt is bound to the device that started it, ' +
    'and once bound a save, event batch or submit without this header is refused like another device (docs/security.md)',
};
/** A counted attempt's response, or a practice attempt's (the same routes serve both). */
const eitherOf = (official: new () => object, practice: new () => object) => ({
  oneOf: [{ $ref: getSchemaPath(official) }, { $ref: getSchemaPath(practice) }],
});

const OTHER_DEVICE =
  'ATTEMPT_ON_OTHER_DEVICE when the attempt is bound to another device (see move-here)';

@ApiTags('attempts')
@ApiBearerAuth()
@ApiExtraModels(
  SavedAnswerDto,
  AttemptDto,
  SaveAnswerResultDto,
  SubmitResultDto,
  PracticeAttemptDto,
  PracticeFeedbackDto,
  PracticeSaveResultDto,
  PracticeSubmitResultDto,
)
@Controller()
export class AttemptsController {
  constructor(
    private readonly attempts: AttemptsService,
    private readonly answers: AnswersService,
    private readonly submission: SubmissionService,
    private readonly practice: PracticeService,
  ) {}

  @Post('rounds/:roundId/attempts')
  @AttemptRateLimit('attemptStart')
  @ApiOperation({
    summary: 'Start an attempt (201), or get the one still in progress (200)',
    description:
      'Without X-Device-Id the attempt is bound to a deviceToken returned once: send it as X-Device-Id afterwards.',
  })
  @ApiHeader(DEVICE_HEADER)
  @ApiOkResponse({
    type: AttemptDto,
    description: 'The attempt still in progress (201: a new one)',
  })
  async start(
    @Param('roundId', UuidParamPipe) roundId: string,
    @CurrentUser() user: AuthUser,
    @DeviceId() deviceId: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<AttemptDto> {
    const { attempt, created } = await this.attempts.start(roundId, user, {
      ip: req.ip,
      userAgent: req.headers['user-agent'],
      deviceId,
    });
    res.status(created ? 201 : 200);
    return attempt;
  }

  @Get('attempts/:id')
  @ApiOperation({
    summary: 'The attempt with saved answers and serverNow (resume); result when submitted',
    description:
      'From another device than the one it is bound to: boundToOtherDevice: true (offer move-here).',
  })
  @ApiHeader(DEVICE_HEADER)
  @ApiOkResponse({ schema: eitherOf(AttemptDto, PracticeAttemptDto) })
  get(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @DeviceId() deviceId: string | undefined,
  ): Promise<AttemptDto | PracticeAttemptDto> {
    return orPractice(
      () => this.attempts.get(id, user.id, deviceId),
      () => this.practice.get(id, user.id),
    );
  }

  @Put('attempts/:id/answers/:questionId')
  @AttemptRateLimit('attemptWrite')
  @ApiOperation({
    summary: 'Save (or overwrite) the answer to one question; returns a signed receipt',
    description:
      'A practice attempt adds { correct, correctOptionIds, explanation } when the contest shows answers after each question.',
  })
  @ApiHeader(DEVICE_HEADER)
  @ApiConflictResponse({ description: `ATTEMPT_CLOSED; ${OTHER_DEVICE}` })
  @ApiOkResponse({ schema: eitherOf(SaveAnswerResultDto, PracticeSaveResultDto) })
  saveAnswer(
    @Param('id', UuidParamPipe) id: string,
    @Param('questionId', UuidParamPipe) questionId: string,
    @Body() dto: SaveAnswerDto,
    @CurrentUser() user: AuthUser,
    @DeviceId() deviceId: string | undefined,
  ): Promise<SaveAnswerResultDto | PracticeSaveResultDto> {
    return orPractice(
      () => this.answers.save(id, questionId, user.id, dto, deviceId),
      () => this.practice.save(id, questionId, user.id, dto),
    );
  }

  @Post('attempts/:id/submit')
  @HttpCode(200)
  @AttemptRateLimit('attemptWrite')
  @ApiOperation({
    summary: 'Submit (idempotent: submitting again returns the same result)',
    description: 'A practice attempt adds practice: true and review (every right answer).',
  })
  @ApiHeader(DEVICE_HEADER)
  @ApiConflictResponse({
    description: `SUBMITTED_TOO_SOON (contest minSubmitSeconds); ${OTHER_DEVICE}`,
  })
  @ApiOkResponse({ schema: eitherOf(SubmitResultDto, PracticeSubmitResultDto) })
  submit(
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: SubmitAttemptDto,
    @CurrentUser() user: AuthUser,
    @DeviceId() deviceId: string | undefined,
  ): Promise<SubmitResultDto | PracticeSubmitResultDto> {
    return orPractice(
      () => this.submission.submit(id, user.id, dto, deviceId),
      () => this.practice.submit(id, user.id),
    );
  }

  @Get('me/attempts')
  @ApiOperation({ summary: "The caller's attempts with results" })
  @ApiOkResponse({ type: MyAttemptPageDto })
  mine(
    @CurrentUser() user: AuthUser,
    @Query() query: PaginationQueryDto,
  ): Promise<Page<MyAttemptDto>> {
    return this.attempts.listMine(user.id, query);
  }
}

/**
 * A practice attempt ("Thi thử") lives in its own table and answers the same routes: only an id
 * unknown among the caller's attempts is looked up there, so the hot path costs nothing more.
 */
async function orPractice<T, P>(official: () => Promise<T>, practice: () => Promise<P>) {
  try {
    return await official();
  } catch (error) {
    if (error instanceof AppException && error.code === ErrorCode.NOT_FOUND) return practice();
    throw error;
  }
}
