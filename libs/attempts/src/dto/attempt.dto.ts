import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class AttemptOptionDto {
  @ApiProperty() id: string;
  @ApiProperty() text: string;
}

/** A drawn question as the participant sees it: nothing tells which option is correct. */
export class AttemptQuestionDto {
  @ApiProperty() id: string;
  @ApiProperty() position: number;
  @ApiProperty({ enum: ['single', 'multiple', 'true_false', 'short_text', 'essay'] }) type: string;
  @ApiProperty() prompt: string;
  @ApiProperty({ type: [AttemptOptionDto] }) options: AttemptOptionDto[];
  @ApiProperty() points: number;
}

export class SavedAnswerDto {
  @ApiPropertyOptional({ type: [String] }) optionIds?: string[];
  @ApiPropertyOptional() text?: string;
  @ApiProperty() savedAt: string;
}

export class AttemptResultDto {
  @ApiProperty() score: number;
  @ApiProperty() maxScore: number;
  @ApiProperty() correctCount: number;
  @ApiProperty() questionCount: number;
  @ApiProperty() durationMs: number;
  @ApiProperty() submittedAt: string;
  @ApiProperty() autoSubmitted: boolean;
  @ApiProperty({ description: 'Essays not graded yet; the score may still rise' })
  pendingEssays: number;
  @ApiPropertyOptional({ type: Number, nullable: true }) prediction: number | null;
}

export class AttemptPredictionDto {
  @ApiProperty() enabled: boolean;
  @ApiProperty() prompt: string;
}

export class AttemptDto {
  @ApiProperty() id: string;
  @ApiProperty() roundId: string;
  @ApiProperty() contestId: string;
  @ApiProperty() attemptNo: number;
  @ApiProperty({ enum: ['in_progress', 'submitted'] }) status: string;
  @ApiProperty() startedAt: string;
  @ApiProperty() deadlineAt: string;
  @ApiProperty() serverNow: string;
  @ApiProperty({ type: [AttemptQuestionDto] }) questions: AttemptQuestionDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(SavedAnswerDto) },
    description: '{ [questionId]: { optionIds?, text?, savedAt } }',
  })
  answers: Record<string, SavedAnswerDto>;
  @ApiProperty({ type: AttemptPredictionDto }) prediction: AttemptPredictionDto;
  @ApiProperty({ enum: ['one_per_screen', 'list'] }) displayMode: string;
  @ApiPropertyOptional({ type: AttemptResultDto }) result?: AttemptResultDto;
  @ApiPropertyOptional() receipt?: string;
  @ApiPropertyOptional({
    description:
      'In progress only: the attempt is bound to another device than the one calling (X-Device-Id); offer POST /api/attempts/:id/move-here',
  })
  boundToOtherDevice?: boolean;
  @ApiPropertyOptional({
    description:
      'Given once, when the attempt was started without X-Device-Id: send it as X-Device-Id on later calls',
  })
  deviceToken?: string;
}

/** One of the caller's attempts (GET /api/me/attempts). */
export class MyAttemptDto {
  @ApiProperty() id: string;
  @ApiProperty() roundId: string;
  @ApiProperty() contestId: string;
  @ApiProperty() contestTitle: string;
  @ApiProperty() roundTitle: string;
  @ApiProperty() attemptNo: number;
  @ApiProperty({ enum: ['in_progress', 'submitted'] }) status: string;
  @ApiProperty() startedAt: string;
  @ApiProperty() deadlineAt: string;
  @ApiPropertyOptional({ type: AttemptResultDto }) result?: AttemptResultDto;
}

export class MyAttemptPageDto {
  @ApiProperty({ type: [MyAttemptDto] }) items: MyAttemptDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

export class SaveAnswerDto {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(8)
  @IsUUID('all', { each: true })
  optionIds?: string[];

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  text?: string;
}

export class SaveAnswerResultDto {
  @ApiProperty() questionId: string;
  @ApiProperty() savedAt: string;
  @ApiProperty({ description: 'Signed receipt to keep; check it with POST /api/receipts/verify' })
  receipt: string;
}

export class SubmitAttemptDto {
  @ApiPropertyOptional({
    description: 'Answer to the prediction question (required when the contest asks it)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  prediction?: number;
}

export class SubmitResultDto extends AttemptResultDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['submitted'] }) status: 'submitted';
  @ApiProperty() receipt: string;
}

export class VerifyReceiptDto {
  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  receipt: string;
}

export class VerifyReceiptResultDto {
  @ApiProperty() valid: boolean;
  @ApiPropertyOptional() attemptId?: string;
  @ApiPropertyOptional() questionId?: string;
  @ApiPropertyOptional() answerHash?: string;
  @ApiPropertyOptional() savedAt?: string;
}
