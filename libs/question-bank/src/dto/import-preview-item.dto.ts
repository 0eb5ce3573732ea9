import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { QUESTION_TYPES, type QuestionType } from '../question-input';
import type { ReviewedImportItem } from '../rules/review-import-items';
import { ImportItemProblemDto } from './import-item-problem.dto';
import { ImportItemSourceDto } from './import-item-source.dto';
import { OptionInputDto } from './option-input.dto';

/** One proposed question of an import preview, with why it was proposed and what to check. */
export class ImportPreviewItemDto {
  @ApiProperty({
    description: 'Position in the file (0-based); stays the same when other items are dropped',
  })
  index: number;

  @ApiProperty({ enum: QUESTION_TYPES })
  type: QuestionType;

  @ApiProperty()
  prompt: string;

  @ApiProperty({ type: [OptionInputDto], description: 'Empty for short_text and essay' })
  options: OptionInputDto[];

  @ApiPropertyOptional({ type: [String] })
  acceptedAnswers?: string[];

  @ApiPropertyOptional()
  explanation?: string;

  @ApiPropertyOptional({ type: [String] })
  tags?: string[];

  @ApiPropertyOptional({ enum: [1, 2, 3] })
  difficulty?: 1 | 2 | 3;

  @ApiPropertyOptional()
  points?: number;

  @ApiProperty({
    type: [String],
    description: 'Why the parser proposed this type and answer',
    example: ['Phương án in đậm'],
  })
  reasons: string[];

  @ApiProperty({
    type: [String],
    description:
      "What the organizer must check: the parser's warnings (until the item is edited), problems that block the import, duplicates of questions in the bank or earlier in the file",
    example: ['Trùng với một câu hỏi đã có trong ngân hàng'],
  })
  warnings: string[];

  @ApiProperty({
    type: [ImportItemProblemDto],
    description: 'Why the item cannot be imported as it is; empty when it can',
  })
  problems: ImportItemProblemDto[];

  @ApiProperty({ description: 'True once the organizer has edited the item' })
  edited: boolean;

  @ApiPropertyOptional({ type: ImportItemSourceDto })
  source?: ImportItemSourceDto;

  static from(item: ReviewedImportItem): ImportPreviewItemDto {
    const q = item.question;
    return {
      index: item.index,
      type: q.type,
      prompt: q.prompt,
      options: (q.options ?? []).map((o) => ({ text: o.text, correct: o.correct })),
      ...(q.acceptedAnswers !== undefined ? { acceptedAnswers: q.acceptedAnswers } : {}),
      ...(q.explanation !== undefined ? { explanation: q.explanation } : {}),
      ...(q.tags !== undefined ? { tags: q.tags } : {}),
      ...(q.difficulty !== undefined ? { difficulty: q.difficulty } : {}),
      ...(q.points !== undefined ? { points: q.points } : {}),
      reasons: item.reasons,
      warnings: item.warnings,
      problems: item.problems,
      edited: item.edited,
      ...(item.source ? { source: item.source } : {}),
    };
  }
}
