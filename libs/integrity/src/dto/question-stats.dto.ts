import { ApiProperty } from '@nestjs/swagger';
import { QuestionStatsItemDto } from './question-stats-item.dto';

export class QuestionStatsDto {
  @ApiProperty() contestId: string;
  @ApiProperty({ type: String, nullable: true }) roundId: string | null;
  @ApiProperty({ description: 'Submitted attempts analysed' }) attempts: number;
  @ApiProperty({ type: [QuestionStatsItemDto], description: 'Questions that look defective first' })
  questions: QuestionStatsItemDto[];
  @ApiProperty({
    type: [String],
    description: 'Ids of the questions to review, most defects first',
  })
  defective: string[];
}
