import { ApiProperty } from '@nestjs/swagger';
import { FlagThresholdsDto } from '@app/contests';
import { FLAG_KINDS } from '../rules/flags';

/** One flagged attempt of a round: evidence for the judges, never a verdict. */
export class RoundFlagDto {
  @ApiProperty() attemptId: string;
  @ApiProperty() userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: FLAG_KINDS, isArray: true }) kinds: string[];
  @ApiProperty({
    description: 'Every explanation in plain Vietnamese with its numbers, one per line',
  })
  detail: string;
  @ApiProperty({ type: [String], description: 'The same explanations, one per flag' })
  details: string[];
  @ApiProperty({
    type: FlagThresholdsDto,
    description: "The contest's thresholds in force when these flags were evaluated",
  })
  thresholds: FlagThresholdsDto;
}
