import { ApiProperty } from '@nestjs/swagger';
import type { QuestionVersionEntity } from '../entities/question-version.entity';
import type { QuestionEntity, QuestionStatus } from '../entities/question.entity';
import { QUESTION_TYPES, type QuestionType } from '../question-input';
import { QuestionOptionDto } from './question-option.dto';

/** A question as organizers see it: its current version, answer key included (staff only). */
export class QuestionDto {
  @ApiProperty() id: string;
  @ApiProperty() bankId: string;
  @ApiProperty({ enum: ['active', 'archived'] }) status: QuestionStatus;
  @ApiProperty({ description: 'Id of the current version (what new attempts draw)' })
  versionId: string;
  @ApiProperty({ description: 'Number of the current version: 1, 2, …' }) version: number;
  @ApiProperty({ enum: QUESTION_TYPES }) type: QuestionType;
  @ApiProperty() prompt: string;
  @ApiProperty({ type: [QuestionOptionDto] }) options: QuestionOptionDto[];
  @ApiProperty({ type: [String], nullable: true }) acceptedAnswers: string[] | null;
  @ApiProperty({ type: String, nullable: true }) explanation: string | null;
  @ApiProperty({ type: [String] }) tags: string[];
  @ApiProperty({ enum: [1, 2, 3] }) difficulty: number;
  @ApiProperty() points: number;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static from(q: QuestionEntity, v: QuestionVersionEntity): QuestionDto {
    return {
      id: q.id,
      bankId: q.bankId,
      status: q.status,
      versionId: v.id,
      version: v.version,
      type: v.type,
      prompt: v.prompt,
      options: v.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct })),
      acceptedAnswers: v.acceptedAnswers,
      explanation: v.explanation,
      tags: v.tags,
      difficulty: v.difficulty,
      points: v.points,
      createdAt: q.createdAt.toISOString(),
      updatedAt: q.updatedAt.toISOString(),
    };
  }
}
