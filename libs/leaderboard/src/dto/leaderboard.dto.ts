import { ApiProperty } from '@nestjs/swagger';
import { LeaderboardEntryDto } from './leaderboard-entry.dto';

/** A board: the REST body, the `leaderboard:subscribe` snapshot and `leaderboard:update`. */
export class LeaderboardDto {
  @ApiProperty() roundId: string;

  @ApiProperty({ type: String, nullable: true, description: 'The unit filter, when given' })
  unitId: string | null;

  @ApiProperty({ description: 'The entries are those of the freeze moment' })
  frozen: boolean;

  @ApiProperty({
    description: 'The finalized results (final order, prediction tie-break included)',
  })
  final: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'When the public board freezes (or froze); null when the contest does not freeze',
  })
  freezeAt: string | null;

  @ApiProperty({ description: 'When the entries were read (the freeze moment while frozen)' })
  updatedAt: string;

  @ApiProperty({ description: 'People with a counted attempt in the round (whole round, live)' })
  participants: number;

  @ApiProperty({ description: 'Submitted attempts in the round (whole round, live)' })
  attempts: number;

  @ApiProperty({ type: [LeaderboardEntryDto] })
  entries: LeaderboardEntryDto[];
}
