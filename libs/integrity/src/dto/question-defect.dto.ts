import { ApiProperty } from '@nestjs/swagger';

export class QuestionDefectDto {
  @ApiProperty({
    enum: [
      'nobody_correct',
      'everybody_correct',
      'distractor_preferred',
      'negative_discrimination',
    ],
  })
  kind: string;
  @ApiProperty({ description: 'Plain Vietnamese, with the numbers' }) message: string;
}
