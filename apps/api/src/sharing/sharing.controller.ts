import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@app/accounts';
import { Public, UuidParamPipe } from '@app/core';
import {
  ContestReachService,
  ReminderStatusDto,
  RemindersService,
  ResultShareDto,
  ResultSharesService,
  ShareKitDto,
  SharedResultDto,
  SourceCountsDto,
  SourceInputDto,
} from '@app/sharing';

@ApiTags('sharing')
@ApiBearerAuth()
@Controller()
export class SharingController {
  constructor(
    private readonly shares: ResultSharesService,
    private readonly reach: ContestReachService,
    private readonly reminders: RemindersService,
  ) {}

  @Post('attempts/:id/share')
  @ApiOperation({
    summary: 'Share my submitted result: a public page with my first name, score and rank',
  })
  @ApiOkResponse({ type: ResultShareDto })
  share(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ResultShareDto> {
    return this.shares.share(id, user);
  }

  @Get('attempts/:id/share')
  @ApiOperation({ summary: 'The share of my result (404 when not shared)' })
  @ApiOkResponse({ type: ResultShareDto })
  currentShare(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ResultShareDto> {
    return this.shares.current(id, user);
  }

  @Delete('attempts/:id/share')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw the share: the page and image disappear' })
  unshare(@Param('id', UuidParamPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.shares.unshare(id, user);
  }

  @Public()
  @Get('shared-results/:code')
  @ApiOperation({ summary: 'A shared result (first name, score, rank; nothing else)' })
  @ApiOkResponse({ type: SharedResultDto })
  sharedResult(@Param('code') code: string): Promise<SharedResultDto> {
    return this.shares.get(code);
  }

  @Post('contests/:id/source')
  @HttpCode(204)
  @ApiOperation({
    summary: 'The channel (?src=) that brought the signed-in person here (the first one counts)',
  })
  source(
    @Param('id', UuidParamPipe) id: string,
    @Body() body: SourceInputDto,
    @CurrentUser() user: AuthUser,
  ): Promise<void> {
    return this.reach.rememberSource(id, user, body.src);
  }

  @Get('contests/:id/sources')
  @Roles('organizer', 'admin')
  @ApiOperation({ summary: 'Per channel (?src=): visits, people brought, of them participants' })
  @ApiOkResponse({ type: SourceCountsDto })
  sources(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<SourceCountsDto> {
    return this.reach.sourceCounts(id, user);
  }

  @Get('contests/:id/share-kit')
  @Roles('organizer', 'admin')
  @ApiOperation({
    summary: 'What to send out after publishing: short link, announcement text, embed code',
  })
  @ApiOkResponse({ type: ShareKitDto })
  shareKit(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ShareKitDto> {
    return this.reach.shareKit(id, user);
  }

  @Get('contests/:id/reminder')
  @ApiOperation({ summary: 'Whether I get an e-mail when the next round opens' })
  @ApiOkResponse({ type: ReminderStatusDto })
  reminder(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ReminderStatusDto> {
    return this.reminders.status(id, user);
  }

  @Put('contests/:id/reminder')
  @ApiOperation({ summary: 'E-mail me when each next round opens (one mail per round)' })
  @ApiOkResponse({ type: ReminderStatusDto })
  subscribe(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ReminderStatusDto> {
    return this.reminders.subscribe(id, user);
  }

  @Delete('contests/:id/reminder')
  @ApiOperation({ summary: 'Stop the reminders' })
  @ApiOkResponse({ type: ReminderStatusDto })
  unsubscribe(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ReminderStatusDto> {
    return this.reminders.unsubscribe(id, user);
  }
}
