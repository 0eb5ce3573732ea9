import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class MyRankQueryDto {
  @ApiPropertyOptional({ description: 'Rank on the board of this unit (and the units below it)' })
  @IsOptional()
  @IsUUID()
  unitId?: string;
}
