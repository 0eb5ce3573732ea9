import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Patch } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AUTHORING_ROLES, type AuthUser, CurrentUser, Roles } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import {
  QuestionDetailDto,
  QuestionsService,
  QuestionVersionDto,
  UpdateQuestionDto,
} from '@app/question-bank';

@ApiTags('question banks')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not an organizer or admin' })
@Roles(...AUTHORING_ROLES)
@Controller('questions')
export class QuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Get(':id')
  @ApiOperation({ summary: 'A question in its current version (with the number of versions)' })
  @ApiOkResponse({ type: QuestionDetailDto })
  get(@Param('id', UuidParamPipe) id: string): Promise<QuestionDetailDto> {
    return this.questions.getQuestion(id);
  }

  @Get(':id/versions')
  @ApiOperation({ summary: 'Every version of a question, newest first' })
  @ApiOkResponse({ type: [QuestionVersionDto] })
  versions(@Param('id', UuidParamPipe) id: string): Promise<QuestionVersionDto[]> {
    return this.questions.listVersions(id);
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Edit a question: creates a new version',
    description:
      'Attempts already started keep the version they drew. Option ids are kept for options whose text is unchanged. An edit that changes nothing creates no version. 409 CONFLICT on an archived question.',
  })
  @ApiOkResponse({ type: QuestionDetailDto })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UpdateQuestionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<QuestionDetailDto> {
    return this.questions.updateQuestion(id, dto, user.id);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Archive a question: no longer drawn or listed by default, kept for past attempts',
  })
  @ApiNoContentResponse()
  archive(@Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.questions.archiveQuestion(id);
  }
}
