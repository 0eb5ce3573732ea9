import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  type AuthUser,
  CreateUserDto,
  CurrentUser,
  ListUsersQueryDto,
  Roles,
  UpdateUserByAdminDto,
  UserDto,
  UsersService,
} from '@app/accounts';
import { type Page, UuidParamPipe } from '@app/core';

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

  @Patch(':id')
  @ApiOperation({
    summary: 'Change an account’s roles, or disable/enable it',
    description:
      'unitId moves the person to another unit (allowed while their contests run, unlike self-service). Tokens already issued stop working within 5 seconds (HTTP and sockets) after a change of roles or disabled; a disabled account cannot sign in (401 ACCOUNT_DISABLED) and its sessions end. 409 CONFLICT when an administrator would disable or demote themselves.',
  })
  @ApiOkResponse({ type: UserDto })
  update(
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: UpdateUserByAdminDto,
    @CurrentUser() actor: AuthUser,
  ): Promise<UserDto> {
    return this.users.updateByAdmin(actor.id, id, dto);
  }
}
