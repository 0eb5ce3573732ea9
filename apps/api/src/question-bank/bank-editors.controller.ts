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
import {
  AddBankEditorDto,
  BankAccessDto,
  BankAccessService,
  BankEditorDto,
  type BankEditorRow,
} from '@app/question-bank';

/** Co-editors of a bank (docs/security.md): managed by its owner and administrators. */
@ApiTags('question banks')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not an organizer or admin; or not the bank’s owner' })
@ApiNotFoundResponse({ description: 'Unknown bank, or not on its access list' })
@Roles(...AUTHORING_ROLES)
@Controller('banks/:bankId')
export class BankEditorsController {
  constructor(private readonly access: BankAccessService) {}

  @Get('access')
  @ApiOperation({
    summary:
      'The bank’s access list: owner, co-editors (names only), and whether the caller manages it',
  })
  @ApiOkResponse({ type: BankAccessDto })
  async accessList(
    @Param('bankId', UuidParamPipe) bankId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<BankAccessDto> {
    const list = await this.access.accessList(bankId, user);
    return {
      owner: list.owner,
      editors: list.editors.map(toEditorDto),
      canManage: list.canManage,
    };
  }

  @Get('editors')
  @ApiOperation({ summary: 'The bank’s co-editors (anyone on its access list may look)' })
  @ApiOkResponse({ type: [BankEditorDto] })
  async list(
    @Param('bankId', UuidParamPipe) bankId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<BankEditorDto[]> {
    return (await this.access.listEditors(bankId, user)).map(toEditorDto);
  }

  @Post('editors')
  @ApiOperation({
    summary: 'Add an organizer as a co-editor (the owner or an administrator)',
    description:
      '201 also when already a co-editor. The person is named by userId, or by email (the console). 400 VALIDATION_FAILED when the userId is not an organizer; 404 when unknown (by email: also when not an organizer).',
  })
  @ApiCreatedResponse({ type: [BankEditorDto], description: 'The co-editors now' })
  async add(
    @Param('bankId', UuidParamPipe) bankId: string,
    @Body() dto: AddBankEditorDto,
    @CurrentUser() user: AuthUser,
  ): Promise<BankEditorDto[]> {
    await this.access.addEditor(bankId, { userId: dto.userId, email: dto.email }, user);
    return this.list(bankId, user);
  }

  @Delete('editors/:userId')
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

function toEditorDto(row: BankEditorRow): BankEditorDto {
  return {
    userId: row.userId,
    fullName: row.fullName,
    addedAt: new Date(row.addedAt).toISOString(),
  };
}
