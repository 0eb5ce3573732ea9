import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export const DEFAULT_BOARD_LIMIT = 20;
export const MAX_BOARD_LIMIT = 100;

export class LeaderboardQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_BOARD_LIMIT, default: DEFAULT_BOARD_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_BOARD_LIMIT)
  limit: number = DEFAULT_BOARD_LIMIT;

  @ApiPropertyOptional({ description: 'Only people of this unit and of the units below it' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
