import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { PaginationQueryDto } from '@app/core';

export const booleanQuery = ({ value }: { value: unknown }): unknown =>
  value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value;

export class ListBanksQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Search in title and theme (tone-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean()
  includeArchived?: boolean;
}
