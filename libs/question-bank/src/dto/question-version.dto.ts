import { ApiProperty } from '@nestjs/swagger';
import type { QuestionVersionEntity } from '../entities/question-version.entity';
import { QUESTION_TYPES, type QuestionType } from '../question-input';
import { QuestionOptionDto } from './question-option.dto';

/** One immutable version of a question, answer key included (staff only). */
export class QuestionVersionDto {
  @ApiProperty({ description: 'The version id (what attempts record)' }) id: string;
  @ApiProperty() questionId: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiProperty() prompt: string;
  @ApiProperty({ type: [QuestionOptionDto] }) options: QuestionOptionDto[];
  @ApiProperty({ type: [String], nullable: true }) acceptedAnswers: string[] | null;
  @ApiProperty({ type: String, nullable: true }) explanation: string | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ enum: [1, 2, 3] }) difficulty: number;
  @ApiProperty() points: number;
  @ApiProperty({ type: String, nullable: true }) createdById: string | null;
  @ApiProperty() createdAt: string;

  static from(v: QuestionVersionEntity): QuestionVersionDto {
    return {
      id: v.id,
      questionId: v.questionId,
      version: v.version,
      type: v.type,
      prompt: v.prompt,
      options: v.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })),
      acceptedAnswers: v.acceptedAnswers,
      explanation: v.explanation,
      tags: v.tags,
      difficulty: v.difficulty,
      points: v.points,
      createdById: v.createdById,
      createdAt: v.createdAt.toISOString(),
    };
  }
}
