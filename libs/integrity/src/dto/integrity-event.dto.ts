import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsISO8601 } from 'class-validator';
import { INTEGRITY_EVENT_TYPES, type IntegrityEventType } from '../events/event-types';

export class IntegrityEventDto {
  @ApiProperty({ enum: INTEGRITY_EVENT_TYPES })
  @IsIn(INTEGRITY_EVENT_TYPES)
  type: IntegrityEventType;

  @ApiProperty({
    description: "The client's time (ISO-8601); stored within [attempt start, arrival]",
    example: '2026-07-28T13:05:00.000Z',
  })
  @IsISO8601({ strict: true })
  at: string;
}
