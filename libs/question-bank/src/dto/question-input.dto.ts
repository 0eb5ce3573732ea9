import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  ValidateNested,
} from 'class-validator';
import { QUESTION_TYPES, type QuestionInput, type QuestionType } from '../question-input';
import { OptionInputDto } from './option-input.dto';

/**
 * Body of `POST /api/banks/:bankId/questions`. Only shapes are checked here; the rules of each
 * type (how many options, which is correct, limits) are `validateQuestion`, shared with imports.
 */
export class QuestionInputDto implements QuestionInput {
  @ApiProperty({ enum: QUESTION_TYPES })
  @IsIn(QUESTION_TYPES, {
    message: `Loại câu hỏi phải là một trong: ${QUESTION_TYPES.join(', ')}`,
  })
  type: QuestionType;

  @ApiProperty({ description: 'Plain text, stored as written; clients render it as text.' })
  @IsString({ message: 'Nội dung câu hỏi phải là văn bản' })
  prompt: string;

  @ApiPropertyOptional({ type: [OptionInputDto], description: '2–8 options for choice types' })
  @IsOptional()
  @IsArray({ message: 'Danh sách phương án không hợp lệ' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => OptionInputDto)
  options?: OptionInputDto[];

  @ApiPropertyOptional({ type: [String], description: 'short_text only' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true, message: 'Đáp án chấp nhận phải là văn bản' })
  acceptedAnswers?: string[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Edits: null removes the explanation',
  })
  @IsOptional()
  @IsString({ message: 'Giải thích phải là văn bản' })
  explanation?: string;

  @ApiPropertyOptional({ type: [String], example: ['lịch sử', 'đại hội'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true, message: 'Thẻ phải là văn bản' })
  tags?: string[];

  @ApiPropertyOptional({ enum: [1, 2, 3], default: 2 })
  @IsOptional()
  @IsInt({ message: 'Độ khó phải là 1, 2 hoặc 3' })
  difficulty?: 1 | 2 | 3;

  @ApiPropertyOptional({ default: 1, minimum: 0.01, maximum: 100 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'Điểm phải là một số' })
  points?: number;
}
