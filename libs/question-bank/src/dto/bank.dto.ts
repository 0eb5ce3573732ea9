import { ApiProperty } from '@nestjs/swagger';
import type { QuestionBankEntity } from '../entities/question-bank.entity';

export class BankDto {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() theme: string;
  @ApiProperty() description: string;
  @ApiProperty() toneInsensitive: boolean;
  @ApiProperty({ description: 'Active (not archived) questions' }) questionCount: number;
  @ApiProperty({ type: String, nullable: true }) createdById: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ type: String, nullable: true }) archivedAt: string | null;

  static from(bank: QuestionBankEntity, questionCount: number): BankDto {
    return {
      id: bank.id,
      title: bank.title,
      theme: bank.theme,
      description: bank.description,
      toneInsensitive: bank.toneInsensitive,
      questionCount,
      createdById: bank.createdById,
      createdAt: bank.createdAt.toISOString(),
      updatedAt: bank.updatedAt.toISOString(),
      archivedAt: bank.archivedAt?.toISOString() ?? null,
    };
  }
}
