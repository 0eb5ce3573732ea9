import { ApiProperty } from '@nestjs/swagger';

/** The state of an attempt after a disqualification or a reinstatement. */
export class AttemptJudgementDto {
  @ApiProperty() attemptId: string;
  @ApiProperty() roundId: string;
  @ApiProperty() userId: string;
  @ApiProperty() disqualified: boolean;
  @ApiProperty({ type: String, nullable: true }) disqualifiedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) disqualifiedReason: string | null;
  @ApiProperty({
    description: 'false when the attempt already was in that state (nothing recorded)',
  })
  changed: boolean;
}

/** A person-level disqualification or reinstatement in one round: every attempt of theirs. */
export class ParticipantJudgementDto {
  @ApiProperty() roundId: string;
  @ApiProperty() userId: string;
  @ApiProperty() disqualified: boolean;
  @ApiProperty({ type: [String], description: 'Attempts whose state changed' })
  attemptIds: string[];
}

export class GradeResultDto {
  @ApiProperty() attemptId: string;
  @ApiProperty() questionId: string;
  @ApiProperty() points: number;
  @ApiProperty() maxPoints: number;
  @ApiProperty() gradedAt: string;
  @ApiProperty({ description: 'The attempt, rescored' }) score: number;
  @ApiProperty() maxScore: number;
  @ApiProperty() correctCount: number;
  @ApiProperty() pendingEssays: number;
}

export class UnitRankingEntryDto {
  @ApiProperty() unitId: string;
  @ApiProperty() unitName: string;
  @ApiProperty({ description: 'Distinct people of the unit with a counted attempt in any round' })
  participants: number;
  @ApiProperty() memberCount: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'participants / memberCount, at most 1; null without members',
  })
  participationRate: number | null;
  @ApiProperty({
    description: "Points of the members' prizes in finalized rounds (contest prizePoints)",
  })
  prizePoints: number;
}
