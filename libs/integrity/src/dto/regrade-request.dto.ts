import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';

export class RegradeRequestDto {
  @ApiPropertyOptional({
    type: [String],
    description:
      'Only these rounds (default: every round with an attempt that drew an older version)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  roundIds?: string[];
}
