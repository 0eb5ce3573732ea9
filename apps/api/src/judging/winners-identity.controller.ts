import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import { WinnersIdentityService } from '@app/judging';
import type { Response } from 'express';

@ApiTags('judging')
@ApiBearerAuth()
@Controller('contests/:id/winners')
export class WinnersIdentityController {
  constructor(private readonly identity: WinnersIdentityService) {}

  @Get('identity.csv')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "The prize winners of the contest's computed rounds with their national ID (CSV)",
    description:
      'Administrators get the full CCCD; the contest’s judges the masked form (********1234); others 403. Audited (results.identity_export).',
  })
  @ApiProduces('text/csv')
  async csv(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const file = await this.identity.csv(id, user);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    );
    return file.body;
  }
}
