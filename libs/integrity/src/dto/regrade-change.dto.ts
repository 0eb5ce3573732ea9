import { ApiProperty } from '@nestjs/swagger';

export class RegradeChangeDto {
  @ApiProperty() attemptId: string;
  @ApiProperty() roundId: string;
  @ApiProperty() userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() oldScore: number;
  @ApiProperty() newScore: number;
  @ApiProperty() oldCorrectCount: number;
  @ApiProperty() newCorrectCount: number;
}
