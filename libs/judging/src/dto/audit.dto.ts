import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationQueryDto } from '@app/core';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { AUDIT_ACTIONS } from '../audit/audit-action';

export class AuditQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  contestId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  roundId?: string;

  @ApiPropertyOptional({ enum: AUDIT_ACTIONS })
  @IsOptional()
  @IsIn(AUDIT_ACTIONS)
  action?: string;
}

export class AuditEntryDto {
  @ApiProperty() id: string;
  @ApiProperty() at: string;
  @ApiProperty() actorId: string;
  @ApiProperty({ type: String, nullable: true }) actorName: string | null;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action: string;
  @ApiProperty({ type: String, nullable: true }) contestId: string | null;
  @ApiProperty({ type: String, nullable: true }) roundId: string | null;
  @ApiProperty({ type: String, nullable: true }) attemptId: string | null;
  @ApiProperty({ type: String, nullable: true }) targetUserId: string | null;
  @ApiProperty({ type: String, nullable: true }) targetUserName: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the action did, with its numbers',
  })
  details: Record<string, unknown>;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
