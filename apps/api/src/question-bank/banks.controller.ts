import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
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
  BankDto,
  BankPageDto,
  CreateBankDto,
  ListBanksQueryDto,
  QuestionBanksService,
  UpdateBankDto,
} from '@app/question-bank';

@ApiTags('question banks')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Not an organizer or admin' })
@Roles(...AUTHORING_ROLES)
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
  @ApiOperation({ summary: 'Banks, newest first (archived ones with includeArchived=true)' })
  @ApiOkResponse({ type: BankPageDto })
  list(@Query() query: ListBanksQueryDto): Promise<BankPageDto> {
    return this.banks.listBanks(query);
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
