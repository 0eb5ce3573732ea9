import { Body, Controller, Get, Param, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AUTHORING_ROLES, type AuthUser, CurrentUser, Roles } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import {
  BankAccessGuard,
  BankScoped,
  ListQuestionsQueryDto,
  QuestionDetailDto,
  QuestionInputDto,
  QuestionPageDto,
  QuestionsService,
} from '@app/question-bank';

@ApiTags('question banks')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not an organizer or admin' })
@Roles(...AUTHORING_ROLES)
@UseGuards(BankAccessGuard)
@BankScoped('bank')
@Controller('banks/:bankId/questions')
export class BankQuestionsController {
  constructor(private readonly questions: QuestionsService) {}

  @Post()
  @ApiOperation({
    summary: 'Add a question (version 1)',
    description:
      '400 VALIDATION_FAILED with details [{ field, message }] (e.g. options.2.text) when the question breaks the rules of its type.',
  })
  @ApiCreatedResponse({ type: QuestionDetailDto })
  create(
    @Param('bankId', UuidParamPipe) bankId: string,
    @Body() dto: QuestionInputDto,
    @CurrentUser() user: AuthUser,
  ): Promise<QuestionDetailDto> {
    return this.questions.createQuestion(bankId, dto, user.id);
  }

  @Get()
  @ApiOperation({
    summary: 'Questions of a bank in bank order, with their answer keys (staff only)',
    description: 'Archived questions only with status=archived or status=all.',
  })
  @ApiOkResponse({ type: QuestionPageDto })
  list(
    @Param('bankId', UuidParamPipe) bankId: string,
    @Query() query: ListQuestionsQueryDto,
  ): Promise<QuestionPageDto> {
    return this.questions.listQuestions(bankId, query);
  }
}
