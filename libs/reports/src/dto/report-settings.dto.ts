import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

export class CollectiveWeightsDto {
  @ApiProperty({ description: 'Points per percent of members taking part', example: 1 })
  @IsNumber()
  @Min(0)
  @Max(1000)
  participation: number;

  @ApiProperty({ description: 'Multiplier of the prize points', example: 1 })
  @IsNumber()
  @Min(0)
  @Max(1000)
  prizes: number;

  @ApiProperty({ description: 'Points per point of average score', example: 0 })
  @IsNumber()
  @Min(0)
  @Max(1000)
  averageScore: number;
}

/** `PUT /api/contests/:id/report-settings`. */
export class UpdateReportSettingsDto {
  @ApiPropertyOptional({
    description: 'The organizing body printed on reports and certificates',
    example: 'Liên đoàn Lao động tỉnh Trà Vinh',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  organizationName?: string;

  @ApiPropertyOptional({ type: CollectiveWeightsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => CollectiveWeightsDto)
  collectiveWeights?: CollectiveWeightsDto;
}

export class ReportSettingsDto {
  @ApiProperty({ format: 'uuid' }) contestId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty({ type: CollectiveWeightsDto }) collectiveWeights: CollectiveWeightsDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Prize points per prize (the contest setting prizePoints)',
  })
  prizePoints: Record<string, number>;
  @ApiProperty({ description: 'The collective score rule in words, as reports print it' })
  collectiveRule: string;
}
