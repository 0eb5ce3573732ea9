import { ApiProperty } from '@nestjs/swagger';

export class ParticipationHourDto {
  @ApiProperty({ description: 'Start of the hour (UTC; the web app shows Vietnam time)' })
  hour: string;
  @ApiProperty() attempts: number;
  @ApiProperty() participants: number;
}

export class ParticipationUnitDto {
  @ApiProperty({ type: String, nullable: true }) unitId: string | null;
  @ApiProperty() unitName: string;
  @ApiProperty() participants: number;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: Number, nullable: true }) memberCount: number | null;
}

export class ParticipationDto {
  @ApiProperty() roundId: string;
  /** Attempts started per hour (UTC hour start; the web app shows Vietnam time). */
  @ApiProperty({ type: [ParticipationHourDto] }) byHour: ParticipationHourDto[];
  /** People and attempts per unit (where each person is registered), most people first. */
  @ApiProperty({ type: [ParticipationUnitDto] }) byUnit: ParticipationUnitDto[];
}

export class EssayAnswerDto {
  @ApiProperty() attemptId: string;
  @ApiProperty() questionId: string;
  @ApiProperty() userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() prompt: string;
  @ApiProperty() text: string;
  @ApiProperty({ type: Number, nullable: true }) points: number | null;
  @ApiProperty() maxPoints: number;
}
