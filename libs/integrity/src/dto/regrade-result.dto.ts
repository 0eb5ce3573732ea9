import { ApiProperty } from '@nestjs/swagger';
import { RegradeChangeDto } from './regrade-change.dto';
import { RegradeRoundDto } from './regrade-round.dto';
import { RegradeSkippedRoundDto } from './regrade-skipped-round.dto';
import { RegradeVersionDto } from './regrade-version.dto';

export class RegradeResultDto {
  @ApiProperty() questionId: string;
  @ApiProperty({ description: 'false for a preview' }) applied: boolean;
  @ApiProperty({ type: RegradeVersionDto, description: 'The current version: the corrected key' })
  toVersion: RegradeVersionDto;
  @ApiProperty({ type: [RegradeVersionDto] }) fromVersions: RegradeVersionDto[];
  @ApiProperty({ description: 'Submitted attempts moved to the current version' })
  affectedAttempts: number;
  @ApiProperty({ type: [RegradeChangeDto], description: 'Attempts whose score changes' })
  changes: RegradeChangeDto[];
  @ApiProperty({ type: [RegradeRoundDto] }) rounds: RegradeRoundDto[];
  @ApiProperty({ type: [RegradeSkippedRoundDto], description: 'Finalized rounds: never changed' })
  finalizedRoundsSkipped: RegradeSkippedRoundDto[];
  @ApiProperty({
    type: [RegradeSkippedRoundDto],
    description: 'Rounds of contests the caller does not organize',
  })
  otherContestsSkipped: RegradeSkippedRoundDto[];
  @ApiProperty({
    description:
      'Attempts still in progress on an older version: they are scored on it when submitted',
  })
  inProgressNotRegraded: number;
  @ApiProperty({ type: [String], description: 'Plain-Vietnamese warnings for the organizer' })
  warnings: string[];
}
