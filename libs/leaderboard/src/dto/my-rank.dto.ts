import { ApiProperty } from '@nestjs/swagger';
import { LeaderboardEntryDto } from './leaderboard-entry.dto';

export class MyRankDto {
  @ApiProperty({ type: Number, nullable: true, description: 'null without a counted attempt' })
  rank: number | null;

  @ApiProperty({ type: LeaderboardEntryDto, nullable: true })
  entry: LeaderboardEntryDto | null;

  @ApiProperty({ description: 'Whether this is the board of the freeze moment' })
  frozen: boolean;
}
