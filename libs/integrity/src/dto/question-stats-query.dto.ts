import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class QuestionStatsQueryDto {
  @ApiPropertyOptional({ description: 'One round of the contest (default: every round)' })
  @IsOptional()
  @IsUUID()
  roundId?: string;
}
