import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '@app/core';
import { QuestionDto } from './question.dto';

export class QuestionPageDto implements Page<QuestionDto> {
  @ApiProperty({ type: [QuestionDto] }) items: QuestionDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}
