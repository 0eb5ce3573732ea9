import { Body, Controller, Get, Patch, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AuthUser,
  ConfirmNationalIdDto,
  CurrentUser,
  NationalIdService,
  NationalIdStatusDto,
  UpdateMeDto,
  UserDto,
  UsersService,
} from '@app/accounts';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly users: UsersService,
    private readonly nationalIds: NationalIdService,
  ) {}

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

  @Put('national-id')
  @ApiOperation({
    summary: 'Confirm own national ID (CCCD, 12 digits) for prizes of contests that require it',
    description:
      'Checked for format (province code, birth year against the account); stored encrypted; ' +
      'answers with the last 4 digits only. 400 VALIDATION_FAILED when malformed.',
  })
  @ApiOkResponse({ type: NationalIdStatusDto })
  confirmNationalId(
    @CurrentUser() user: AuthUser,
    @Body() dto: ConfirmNationalIdDto,
  ): Promise<NationalIdStatusDto> {
    return this.nationalIds.confirm(user.id, dto);
  }
}
