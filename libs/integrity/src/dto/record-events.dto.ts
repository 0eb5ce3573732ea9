import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { EVENTS_PER_REQUEST } from '../events/event-types';
import { IntegrityEventDto } from './integrity-event.dto';

export class RecordEventsDto {
  @ApiProperty({ type: [IntegrityEventDto], maxItems: EVENTS_PER_REQUEST, minItems: 1 })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(EVENTS_PER_REQUEST)
  @ValidateNested({ each: true })
  @Type(() => IntegrityEventDto)
  events: IntegrityEventDto[];
}
