import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser, Roles } from '@app/accounts';
import { type Page, PaginationQueryDto, Public, UuidParamPipe } from '@app/core';
import {
  AddStaffDto,
  ContestDto,
  ContestPageDto,
  type ContestSummaryDto,
  ContestsService,
  CreateContestDto,
  UpdateContestDto,
} from '@app/contests';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

class ListContestsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Staff: include drafts of contests they run (admins: all)' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  includeDrafts?: boolean;
}

@ApiTags('contests')
@ApiBearerAuth()
@Controller('contests')
export class ContestsController {
  constructor(private readonly contests: ContestsService) {}

  @Post()
  @Roles('organizer', 'admin')
  @ApiOperation({ summary: 'Create a contest (draft); the creator becomes one of its organizers' })
  @ApiCreatedResponse({ type: ContestDto })
  create(@Body() dto: CreateContestDto, @CurrentUser() user: AuthUser): Promise<ContestDto> {
    return this.contests.create(dto, user);
  }

  @Public()
  @Get()
  @ApiOperation({ summary: 'Published contests (staff may include their drafts)' })
  @ApiOkResponse({ type: ContestPageDto })
  list(
    @Query() query: ListContestsQueryDto,
    @CurrentUser() user?: AuthUser,
  ): Promise<Page<ContestSummaryDto>> {
    return this.contests.list(query, user);
  }

  @Public()
  @Get(':idOrSlug')
  @ApiOperation({ summary: 'A contest with its rounds, by id or slug' })
  @ApiOkResponse({ type: ContestDto })
  get(@Param('idOrSlug') idOrSlug: string, @CurrentUser() user?: AuthUser): Promise<ContestDto> {
    return this.contests.get(idOrSlug, user);
  }

  @Patch(':id')
  @Roles('organizer', 'admin')
  @ApiOkResponse({ type: ContestDto })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UpdateContestDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ContestDto> {
    return this.contests.update(id, dto, user);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Roles('organizer', 'admin')
  @ApiOperation({
    summary: 'Publish; 409 DRAW_RULES_UNSATISFIABLE when the banks cannot satisfy the draw rules',
  })
  @ApiOkResponse({ type: ContestDto })
  publish(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<ContestDto> {
    return this.contests.publish(id, user);
  }

  @Post(':id/staff')
  @Roles('organizer', 'admin')
  addStaff(
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: AddStaffDto,
    @CurrentUser() user: AuthUser,
  ) {
    return this.contests.addStaff(id, dto, user);
  }
}
