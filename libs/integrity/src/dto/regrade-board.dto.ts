import { ApiProperty } from '@nestjs/swagger';
import { RegradeBoardEntryDto } from './regrade-board-entry.dto';

export class RegradeBoardDto {
  @ApiProperty({ type: [RegradeBoardEntryDto] }) before: RegradeBoardEntryDto[];
  @ApiProperty({ type: [RegradeBoardEntryDto] }) after: RegradeBoardEntryDto[];
}
