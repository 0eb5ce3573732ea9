import { ApiProperty, ApiPropertyOptional, getSchemaPath, OmitType } from '@nestjs/swagger';
import { AttemptDto, SaveAnswerResultDto, SubmitResultDto } from '../dto/attempt.dto';

/** The right answer of a practice question, shown to the person practising only. */
export class PracticeFeedbackDto {
  @ApiProperty() questionId: string;
  @ApiProperty({ description: 'Whether the saved answer is right' }) correct: boolean;
  @ApiProperty({ type: [String], description: 'The correct options (empty for short text)' })
  correctOptionIds: string[];
  @ApiProperty({ type: String, nullable: true }) explanation: string | null;
  @ApiPropertyOptional({ type: [String], description: 'Short text: the accepted answers' })
  acceptedAnswers?: string[];
}

/** A practice attempt: the shape of an attempt, `practice: true`, no round. */
export class PracticeAttemptDto extends OmitType(AttemptDto, ['roundId'] as const) {
  @ApiProperty({ type: String, nullable: true, description: 'Always null: practice has no round' })
  roundId: null;
  @ApiProperty({ enum: [true] }) practice: true;
  @ApiProperty({ enum: ['each', 'end'], description: 'When the right answers are shown' })
  reveal: 'each' | 'end';
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(PracticeFeedbackDto) },
    description:
      '{ [questionId]: feedback }: answered questions when reveal is "each", every question once submitted',
  })
  feedback?: Record<string, PracticeFeedbackDto>;
}

/** A practice save: the usual receipt, plus the right answer when reveal is "each". */
export class PracticeSaveResultDto extends SaveAnswerResultDto {
  @ApiPropertyOptional() correct?: boolean;
  @ApiPropertyOptional({ type: [String] }) correctOptionIds?: string[];
  @ApiPropertyOptional({ type: String, nullable: true }) explanation?: string | null;
  @ApiPropertyOptional({ type: [String] }) acceptedAnswers?: string[];
}

/** A practice submit: the usual result, never counted, with every question's right answer. */
export class PracticeSubmitResultDto extends SubmitResultDto {
  @ApiProperty({ enum: [true] }) practice: true;
  @ApiProperty({ type: [PracticeFeedbackDto] }) review: PracticeFeedbackDto[];
}
