import { Body, Controller, Get, Param, Patch, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AUTHORING_ROLES, type AuthUser, CurrentUser, Roles } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import {
  BankAccessGuard,
  BankDto,
  BankScoped,
  BankPageDto,
  CreateBankDto,
  ListBanksQueryDto,
  QuestionBanksService,
  UpdateBankDto,
} from '@app/question-bank';

@ApiTags('question banks')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not an organizer or admin' })
@ApiNotFoundResponse({ description: 'Unknown bank, or not on its access list' })
@Roles(...AUTHORING_ROLES)
@UseGuards(BankAccessGuard)
@BankScoped('bank')
@Controller('banks')
export class BanksController {
  constructor(private readonly banks: QuestionBanksService) {}

  @Post()
  @ApiOperation({ summary: 'Create a question bank' })
  @ApiCreatedResponse({ type: BankDto })
  create(@Body() dto: CreateBankDto, @CurrentUser() user: AuthUser): Promise<BankDto> {
    return this.banks.createBank(dto, user.id);
  }

  @Get()
  @ApiOperation({
    summary: 'The caller’s banks, newest first (archived ones with includeArchived=true)',
    description:
      'Banks the caller owns, co-edits, or that a contest they are staff of draws from; administrators see every bank.',
  })
  @ApiOkResponse({ type: BankPageDto })
  list(@Query() query: ListBanksQueryDto, @CurrentUser() user: AuthUser): Promise<BankPageDto> {
    return this.banks.listBanks(query, user);
  }

  @Get(':bankId')
  @ApiOperation({ summary: 'A bank with its number of active questions' })
  @ApiOkResponse({ type: BankDto })
  get(@Param('bankId', UuidParamPipe) bankId: string): Promise<BankDto> {
    return this.banks.getBank(bankId);
  }

  @Patch(':bankId')
  @ApiOperation({ summary: 'Rename, describe, set tone-insensitive matching, archive/restore' })
  @ApiOkResponse({ type: BankDto })
  update(
    @Param('bankId', UuidParamPipe) bankId: string,
    @Body() dto: UpdateBankDto,
  ): Promise<BankDto> {
    return this.banks.updateBank(bankId, dto);
  }
}
