import { ApiPropertyOptional, ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

/** `leaderboard:subscribe` and `leaderboard:unsubscribe` payload. */
export class SubscribeBoardDto {
  @ApiProperty()
  @IsUUID()
  roundId: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
