import { ApiProperty } from '@nestjs/swagger';

/** One person on a board. Never an e-mail address or a phone number. */
export class LeaderboardEntryDto {
  @ApiProperty({ description: '1-based, never shared (ties are broken down to the user id)' })
  rank: number;

  @ApiProperty() userId: string;
  @ApiProperty({ description: 'The full name the person registered with' }) displayName: string;
  @ApiProperty({ type: String, nullable: true }) unitName: string | null;
  @ApiProperty() score: number;
  @ApiProperty() correctCount: number;
  @ApiProperty() durationMs: number;
}
