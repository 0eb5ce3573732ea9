import { ApiProperty } from '@nestjs/swagger';

const PRIZES = ['first', 'second', 'third', 'consolation'];
const EXCLUSIONS = [
  'disqualified',
  'staff',
  'unverified_email',
  'unconfirmed_national_id',
  'ineligible_unit',
  'already_won',
];

/** One person in a round's results, as judges see it (contacts included). */
export class ResultEntryDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'null for a disqualified person (listed after everyone)',
  })
  rank: number | null;
  @ApiProperty() userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true }) unitName: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '********1234',
    description: 'Confirmed national ID (CCCD), last 4 digits only; null when not confirmed',
  })
  nationalId: string | null;
  @ApiProperty() attemptId: string;
  @ApiProperty() score: number;
  @ApiProperty() maxScore: number;
  @ApiProperty() correctCount: number;
  @ApiProperty() questionCount: number;
  @ApiProperty({ type: Number, nullable: true }) prediction: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: '|prediction − perfectCount|; null when no prediction is asked or given',
  })
  predictionError: number | null;
  @ApiProperty() durationMs: number;
  @ApiProperty() submittedAt: string;
  @ApiProperty({ enum: PRIZES, nullable: true }) prize: string | null;
  @ApiProperty({ type: [String], description: 'Anomaly flags of the counted attempt (issue 8)' })
  flags: string[];
  @ApiProperty({
    enum: EXCLUSIONS,
    nullable: true,
    description: 'Why this person could not win a prize',
  })
  excludedReason: string | null;
  @ApiProperty() disqualified: boolean;
  @ApiProperty({ type: String, nullable: true }) disqualifiedReason: string | null;
  @ApiProperty({ description: 'Essays of the counted attempt still waiting for a grade' })
  pendingEssays: number;
}

export class RoundResultsDto {
  @ApiProperty() roundId: string;
  @ApiProperty() contestId: string;
  @ApiProperty({ description: 'People whose counted attempt has every question right' })
  perfectCount: number;
  @ApiProperty({
    description: 'People ranked (disqualified people excluded): the base of the prize share cap',
  })
  participants: number;
  @ApiProperty({ description: 'floor(maxShareOfParticipants × participants)' }) prizeCap: number;
  @ApiProperty() predictionEnabled: boolean;
  @ApiProperty() computedAt: string;
  @ApiProperty({ type: String, nullable: true }) finalizedAt: string | null;
  @ApiProperty({ type: [ResultEntryDto] }) entries: ResultEntryDto[];
}

/** A winner on the public, finalized board: no contact details. */
export class PublicWinnerDto {
  @ApiProperty() rank: number;
  @ApiProperty({ description: 'The name the person registered with (same as fullName)' })
  displayName: string;
  @ApiProperty() fullName: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: '09xx xxx 678',
    description: 'Masked: the first two and the last three digits only',
  })
  phone: string | null;
  @ApiProperty({ type: String, nullable: true }) unitName: string | null;
  @ApiProperty() score: number;
  @ApiProperty() correctCount: number;
  @ApiProperty() durationMs: number;
  @ApiProperty({ enum: PRIZES }) prize: string;
}

export class PublicRoundResultsDto {
  @ApiProperty() roundId: string;
  @ApiProperty() contestId: string;
  @ApiProperty() contestTitle: string;
  @ApiProperty() contestSlug: string;
  @ApiProperty() roundTitle: string;
  @ApiProperty({ description: 'Whether the round asked the prediction question' })
  predictionEnabled: boolean;
  @ApiProperty({
    description:
      'People whose counted attempt has every question right: the answer to the prediction question',
  })
  perfectCount: number;
  @ApiProperty() participants: number;
  @ApiProperty() finalizedAt: string;
  @ApiProperty({ type: [PublicWinnerDto] }) winners: PublicWinnerDto[];
}
