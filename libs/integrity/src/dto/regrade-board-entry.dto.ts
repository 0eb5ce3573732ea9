import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One line of the top of a round's ranking (the judges' order, with prizes). */
export class RegradeBoardEntryDto {
  @ApiProperty() rank: number;
  @ApiProperty() userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() score: number;
  @ApiProperty() correctCount: number;
  @ApiProperty() durationMs: number;
  @ApiPropertyOptional({ enum: ['first', 'second', 'third', 'consolation'], nullable: true })
  prize: string | null;
}
