import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CreateUserDto, ListUsersQueryDto, Roles, UserDto, UsersService } from '@app/accounts';
import type { Page } from '@app/core';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOperation({
    summary: 'Create an account with the given roles (organizers, judges, administrators)',
    description:
      'The account counts as verified and receives a welcome e-mail. 409 EMAIL_TAKEN / PHONE_TAKEN.',
  })
  @ApiCreatedResponse({ type: UserDto })
  create(@Body() dto: CreateUserDto): Promise<UserDto> {
    return this.users.createByAdmin(dto);
  }

  @Get()
  @ApiOperation({ summary: 'Accounts, newest first; `q` searches name, e-mail and phone' })
  list(@Query() query: ListUsersQueryDto): Promise<Page<UserDto>> {
    return this.users.list(query);
  }
}
