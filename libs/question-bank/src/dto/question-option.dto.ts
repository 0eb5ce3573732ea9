import { ApiProperty } from '@nestjs/swagger';

/** An option with its answer key: for organizers and admins only. */
export class QuestionOptionDto {
  @ApiProperty({ description: 'Stable across versions while the option text is unchanged' })
  id: string;
  @ApiProperty() text: string;
  @ApiProperty() correct: boolean;
}
