import { ApiProperty } from '@nestjs/swagger';

/** The preview in numbers: "390 câu, 385 có đáp án, 5 cần kiểm tra". */
export class ImportCountsDto {
  @ApiProperty({ description: 'Items in the preview' }) questions: number;

  @ApiProperty({
    description: 'Items whose answer is known (a correct option or an accepted answer; essays)',
  })
  withAnswer: number;

  @ApiProperty({ description: 'Items with a warning or a problem to look at' })
  needsReview: number;

  @ApiProperty({ description: 'Problems of the file, or of blocks that gave no question' })
  fileErrors: number;

  @ApiProperty({ description: 'The same as one Vietnamese sentence, for display' })
  text: string;
}
