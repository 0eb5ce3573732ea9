import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { PaginationQueryDto } from '@app/core';
import { QUESTION_TYPES, type QuestionType } from '../question-input';

export const QUESTION_STATUS_FILTERS = ['active', 'archived', 'all'] as const;
export type QuestionStatusFilter = (typeof QUESTION_STATUS_FILTERS)[number];

export class ListQuestionsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'A tag, or several separated by commas (all must match)' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  tag?: string;

  @ApiPropertyOptional({ enum: [1, 2, 3] })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'Độ khó phải là 1, 2 hoặc 3' })
  @Min(1, { message: 'Độ khó phải là 1, 2 hoặc 3' })
  @Max(3, { message: 'Độ khó phải là 1, 2 hoặc 3' })
  difficulty?: number;

  @ApiPropertyOptional({
    description:
      'Words to find in the prompt, options or accepted answers (case- and tone-insensitive)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: QUESTION_TYPES })
  @IsOptional()
  @IsIn(QUESTION_TYPES)
  type?: QuestionType;

  @ApiPropertyOptional({ enum: QUESTION_STATUS_FILTERS, default: 'active' })
  @IsOptional()
  @IsIn(QUESTION_STATUS_FILTERS)
  status?: QuestionStatusFilter;
}
