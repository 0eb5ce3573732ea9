import { ApiProperty } from '@nestjs/swagger';

export class RecordEventsResultDto {
  @ApiProperty({ description: 'Events of this batch stored' }) accepted: number;
  @ApiProperty({ description: 'Events of this batch dropped: the attempt reached its cap' })
  dropped: number;
}
