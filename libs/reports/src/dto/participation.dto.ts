import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CollectiveWeightsDto } from './report-settings.dto';

export class ParticipationQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Report on the units below this one' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One round; the whole contest when absent' })
  @IsOptional()
  @IsUUID()
  roundId?: string;
}

export class ParticipationExportQueryDto extends ParticipationQueryDto {
  @ApiProperty({ enum: ['xlsx', 'pdf'] })
  @IsIn(['xlsx', 'pdf'])
  format: 'xlsx' | 'pdf';

  @ApiPropertyOptional({ description: 'Signed link token from …/participation/export-links' })
  @IsOptional()
  @IsString()
  @MaxLength(4096)
  token?: string;
}

export class ParticipationExportLinksDto {
  @ApiProperty({ description: 'Path of the XLSX download, with its signed token' }) xlsx: string;
  @ApiProperty({ description: 'Path of the PDF download, with its signed token' }) pdf: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

export class PrizeCountsDto {
  @ApiProperty() first: number;
  @ApiProperty() second: number;
  @ApiProperty() third: number;
  @ApiProperty() consolation: number;
}

export class ParticipationItemDto {
  @ApiProperty({ nullable: true, type: Number, description: 'Null for the unranked rows' })
  rank: number | null;
  @ApiProperty({
    enum: ['unit', 'direct', 'no_unit'],
    description:
      'unit: a unit below the report’s unit with its subtree; direct: people registered at the report’s unit itself; no_unit: people without a unit',
  })
  kind: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) unitId: string | null;
  @ApiProperty() unitName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) parentId: string | null;
  @ApiProperty() memberCount: number;
  @ApiProperty() participants: number;
  @ApiProperty({ description: 'Submitted attempts' }) attempts: number;
  @ApiProperty({ nullable: true, type: Number, description: '0..1, capped at 1' })
  participationRate: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Share of started attempts the person submitted themselves (0..1)',
  })
  completionRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) averageScore: number | null;
  @ApiProperty({ description: 'Prizes won in finalized rounds' }) prizes: number;
  @ApiProperty({ type: PrizeCountsDto }) prizesByKind: PrizeCountsDto;
  @ApiProperty() prizePoints: number;
  @ApiProperty() collectiveScore: number;
  @ApiProperty({ description: 'True when a report below this unit exists (drill down)' })
  hasChildren: boolean;
}

export class WeekCountsDto {
  @ApiProperty({ example: '2026-11-30', description: 'Monday of the week, Vietnam time' })
  weekStart: string;
  @ApiProperty() participants: number;
  @ApiProperty() attempts: number;
}

export class ReportUnitRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class ParticipationReportDto {
  @ApiProperty({ format: 'uuid' }) contestId: string;
  @ApiProperty() contestTitle: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) roundId: string | null;
  @ApiProperty({ nullable: true, type: String }) roundTitle: string | null;
  @ApiProperty({ type: ReportUnitRefDto, nullable: true }) unit: ReportUnitRefDto | null;
  @ApiProperty({ type: [ReportUnitRefDto], description: 'From the top to the report’s unit' })
  path: ReportUnitRefDto[];
  @ApiProperty() organizationName: string;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ description: 'The collective score rule in words' }) collectiveRule: string;
  @ApiProperty({ type: CollectiveWeightsDto }) collectiveWeights: CollectiveWeightsDto;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  prizePoints: Record<string, number>;
  @ApiProperty({ type: ParticipationItemDto, description: 'The whole scope added up' })
  totals: ParticipationItemDto;
  @ApiProperty({ type: [ParticipationItemDto] }) items: ParticipationItemDto[];
  @ApiProperty({ type: [WeekCountsDto] }) weekly: WeekCountsDto[];
}
