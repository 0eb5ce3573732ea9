import { ApiProperty } from '@nestjs/swagger';
import { QUESTION_TYPES } from '@app/question-bank';
import { OptionShareDto } from './option-share.dto';
import { QuestionDefectDto } from './question-defect.dto';

export class QuestionStatsItemDto {
  @ApiProperty() questionId: string;
  @ApiProperty({ description: 'As the newest version drawn writes it' }) prompt: string;
  @ApiProperty({ enum: QUESTION_TYPES }) type: string;
  @ApiProperty({ description: 'Versions drawn (more than 1: the question was edited meanwhile)' })
  versions: number;
  @ApiProperty({ description: 'Submitted attempts that drew it' }) drawn: number;
  @ApiProperty() answered: number;
  @ApiProperty({ description: 'Attempts with a known result (essays waiting for a judge are not)' })
  scored: number;
  @ApiProperty() correctCount: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Share of the scored attempts that got it right',
  })
  facility: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Point-biserial correlation with the rest of the score',
  })
  discrimination: number | null;
  @ApiProperty({ type: [OptionShareDto] }) options: OptionShareDto[];
  @ApiProperty({ type: [QuestionDefectDto] }) defects: QuestionDefectDto[];
}
