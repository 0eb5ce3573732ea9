import { ApiProperty } from '@nestjs/swagger';
import { RegradeBoardDto } from './regrade-board.dto';
import { RegradePrizeChangeDto } from './regrade-prize-change.dto';

/** How one round moves: its top 10 before and after, and whose prize would change. */
export class RegradeRoundDto {
  @ApiProperty() roundId: string;
  @ApiProperty() roundTitle: string;
  @ApiProperty() contestId: string;
  @ApiProperty() contestTitle: string;
  @ApiProperty({ description: 'Attempts of this round that drew an older version' })
  attempts: number;
  @ApiProperty({ type: RegradeBoardDto }) board: RegradeBoardDto;
  @ApiProperty({
    type: [RegradePrizeChangeDto],
    description: 'Prizes as the results rules would give them',
  })
  prizeChanges: RegradePrizeChangeDto[];
  @ApiProperty({ description: 'Results were computed before: compute them again after applying' })
  resultsComputed: boolean;
}
