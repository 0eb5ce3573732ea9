import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AUTHORING_ROLES, type AuthUser, CurrentUser, Roles } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import { AddBankEditorDto, BankAccessService, BankEditorDto } from '@app/question-bank';

/** Co-editors of a bank (docs/security.md): managed by its owner and administrators. */
@ApiTags('question banks')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not an organizer or admin; or not the bank’s owner' })
@ApiNotFoundResponse({ description: 'Unknown bank, or not on its access list' })
@Roles(...AUTHORING_ROLES)
@Controller('banks/:bankId/editors')
export class BankEditorsController {
  constructor(private readonly access: BankAccessService) {}

  @Get()
  @ApiOperation({ summary: 'The bank’s co-editors (anyone on its access list may look)' })
  @ApiOkResponse({ type: [BankEditorDto] })
  async list(
    @Param('bankId', UuidParamPipe) bankId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<BankEditorDto[]> {
    const rows = await this.access.listEditors(bankId, user);
    return rows.map((r) => ({
      userId: r.userId,
      fullName: r.fullName,
      addedAt: new Date(r.addedAt).toISOString(),
    }));
  }

  @Post()
  @ApiOperation({
    summary: 'Add an organizer as a co-editor (the owner or an administrator)',
    description:
      '201 also when already a co-editor. 400 VALIDATION_FAILED when the person is not an organizer; 404 when unknown.',
  })
  @ApiCreatedResponse({ type: [BankEditorDto], description: 'The co-editors now' })
  async add(
    @Param('bankId', UuidParamPipe) bankId: string,
    @Body() dto: AddBankEditorDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BankEditorDto[]> {
    await this.access.addEditor(bankId, dto.userId, user);
    return this.list(bankId, user);
  }

  @Delete(':userId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a co-editor (the owner or an administrator)' })
  @ApiNoContentResponse()
  async remove(
    @Param('bankId', UuidParamPipe) bankId: string,
    @Param('userId', UuidParamPipe) userId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    await this.access.removeEditor(bankId, userId, user);
  }
}
