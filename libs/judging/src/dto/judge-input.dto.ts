import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Min,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class DisqualifyDto {
  @ApiProperty({ minLength: 3, maxLength: 1000, example: 'Dùng nhiều tài khoản để dự thi' })
  @Transform(trim)
  @IsString()
  @Length(3, 1000)
  reason: string;
}

export class ReinstateDto {
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class GradeEssayDto {
  @ApiProperty({ minimum: 0, description: 'From 0 to the question’s points, at most two decimals' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  points: number;
}

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'])
  format: 'xlsx' | 'csv' = 'xlsx';
}

export class UnitRankingQueryDto {
  @ApiPropertyOptional({
    description: 'Each unit also totals its descendants (district = its grassroots unions)',
    default: false,
  })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  rollUp?: boolean;
}
