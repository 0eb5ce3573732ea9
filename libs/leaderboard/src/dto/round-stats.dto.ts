import { ApiProperty } from '@nestjs/swagger';

/** `round:stats`: the round's counters. */
export class RoundStatsDto {
  @ApiProperty() roundId: string;
  @ApiProperty() participants: number;
  @ApiProperty() attempts: number;
}
