import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  UseGuards,
} from '@nestjs/common';
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
  BankAccessGuard,
  BankScoped,
  QuestionDetailDto,
  QuestionsService,
  QuestionVersionDto,
  UpdateQuestionDto,
} from '@app/question-bank';

@ApiTags('question banks')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not an organizer or admin' })
@Roles(...AUTHORING_ROLES)
@UseGuards(BankAccessGuard)
@BankScoped('question')
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
      'Attempts already started keep the version they drew. Option ids are kept for options whose text is unchanged. An edit that changes nothing creates no version. 409 CONFLICT on an archived question. A question that a published, running contest draws may be edited only by that contest’s organizers or an administrator (else 403 FORBIDDEN); such edits are written to the contest’s audit log.',
  })
  @ApiOkResponse({ type: QuestionDetailDto })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UpdateQuestionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<QuestionDetailDto> {
    return this.questions.updateQuestion(id, dto, user);
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
