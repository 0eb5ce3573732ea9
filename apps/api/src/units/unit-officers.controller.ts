import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Roles } from '@app/accounts';
import { UuidParamPipe } from '@app/core';
import { AddUnitOfficerDto, UnitOfficerDto, UnitOfficersService } from '@app/units';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units/:unitId/officers')
export class UnitOfficersController {
  constructor(private readonly officers: UnitOfficersService) {}

  @Post()
  @Roles('admin')
  @ApiOperation({
    summary: 'Name an officer of the unit (admin)',
    description:
      'The officer reads the participation reports of this unit and every unit below it. Naming the same person again changes nothing.',
  })
  @ApiCreatedResponse({ type: UnitOfficerDto })
  add(
    @Param('unitId', UuidParamPipe) unitId: string,
    @Body() body: AddUnitOfficerDto,
  ): Promise<UnitOfficerDto> {
    return this.officers.add(unitId, body.userId);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: "The unit's officers (admin)" })
  @ApiOkResponse({ type: [UnitOfficerDto] })
  list(@Param('unitId', UuidParamPipe) unitId: string): Promise<UnitOfficerDto[]> {
    return this.officers.list(unitId);
  }

  @Delete(':userId')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an officer of the unit (admin)' })
  @ApiNoContentResponse()
  remove(
    @Param('unitId', UuidParamPipe) unitId: string,
    @Param('userId', UuidParamPipe) userId: string,
  ): Promise<void> {
    return this.officers.remove(unitId, userId);
  }
}
