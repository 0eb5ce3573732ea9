import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, UpdateMeDto, UserDto, UsersService } from '@app/accounts';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOperation({ summary: 'The caller' })
  @ApiOkResponse({ type: UserDto })
  me(@CurrentUser() user: AuthUser): Promise<UserDto> {
    return this.users.me(user.id);
  }

  @Patch()
  @ApiOperation({
    summary: 'Change own name, phone, unit or birth year',
    description: '409 PHONE_TAKEN; `null` clears phone, unit or birth year.',
  })
  @ApiOkResponse({ type: UserDto })
  update(@CurrentUser() user: AuthUser, @Body() dto: UpdateMeDto): Promise<UserDto> {
    return this.users.updateMe(user.id, dto);
  }
}
