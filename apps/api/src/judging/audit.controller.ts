import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import type { Page } from '@app/core';
import { type AuditEntryDto, AuditLogService, AuditPageDto, AuditQueryDto } from '@app/judging';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditLogService) {}

  @Get()
  @ApiOperation({
    summary:
      'The judges’ audit log, newest first (judges of the contest: filter by contestId or roundId; admins: anything)',
  })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Query() query: AuditQueryDto, @CurrentUser() user: AuthUser): Promise<Page<AuditEntryDto>> {
    return this.audit.list(query, user);
  }
}
