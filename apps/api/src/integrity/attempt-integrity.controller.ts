import { Body, Controller, HttpCode, Param, Post, Req } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type AuthUser, CurrentUser } from '@app/accounts';
import { AttemptDto } from '@app/attempts';
import { UuidParamPipe } from '@app/core';
import {
  AttemptEventsService,
  AttemptRateLimit,
  DeviceMoveService,
  RecordEventsDto,
  RecordEventsResultDto,
} from '@app/integrity';
import type { Request } from 'express';
import { DeviceId } from '../attempts/device-id.decorator';

const DEVICE_HEADER = { name: 'X-Device-Id', required: false, description: 'The device calling' };

@ApiTags('attempts')
@ApiBearerAuth()
@Controller('attempts/:id')
export class AttemptIntegrityController {
  constructor(
    private readonly events: AttemptEventsService,
    private readonly devices: DeviceMoveService,
  ) {}

  @Post('events')
  @HttpCode(202)
  @AttemptRateLimit('attemptWrite')
  @ApiOperation({
    summary: 'Report page signals of the caller’s attempt in progress (at most 100 per request)',
    description:
      'Stored with the server’s time. At most 500 per attempt: later ones are dropped and counted (event_flood flag). ' +
      '404 for another person’s attempt; 409 ATTEMPT_CLOSED after submission or the deadline; 409 ATTEMPT_ON_OTHER_DEVICE.',
  })
  @ApiHeader(DEVICE_HEADER)
  @ApiAcceptedResponse({ type: RecordEventsResultDto })
  record(
    @Param('id', UuidParamPipe) id: string,
    @Body() dto: RecordEventsDto,
    @CurrentUser() user: AuthUser,
    @DeviceId() deviceId: string | undefined,
  ): Promise<RecordEventsResultDto> {
    return this.events.record(id, user.id, dto, deviceId);
  }

  @Post('move-here')
  @HttpCode(200)
  @AttemptRateLimit('attemptWrite')
  @ApiOperation({
    summary: '“Chuyển sang thiết bị này”: continue the attempt on the calling device',
    description:
      'The previous device can no longer save. The move is recorded and shown to the judges (second_device flag). ' +
      'Returns the attempt, as GET /api/attempts/:id (with deviceToken when no X-Device-Id was sent).',
  })
  @ApiHeader(DEVICE_HEADER)
  @ApiOkResponse({ type: AttemptDto })
  @ApiConflictResponse({ description: 'ATTEMPT_CLOSED' })
  moveHere(
    @Param('id', UuidParamPipe) id: string,
    @CurrentUser() user: AuthUser,
    @DeviceId() deviceId: string | undefined,
    @Req() req: Request,
  ): Promise<AttemptDto> {
    return this.devices.moveHere(id, user.id, deviceId, {
      ip: req.ip,
      userAgent: req.headers['user-agent'],
    });
  }
}
