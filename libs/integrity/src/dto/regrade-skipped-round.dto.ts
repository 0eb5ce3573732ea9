import { ApiProperty } from '@nestjs/swagger';

export class RegradeSkippedRoundDto {
  @ApiProperty() roundId: string;
  @ApiProperty() roundTitle: string;
  @ApiProperty() contestTitle: string;
  @ApiProperty({ description: 'Attempts left on the older version' }) attempts: number;
}
