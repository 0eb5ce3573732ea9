import { ApiProperty } from '@nestjs/swagger';

export class RegradeVersionDto {
  @ApiProperty() versionId: string;
  @ApiProperty({ description: '1, 2, 3… per question' }) version: number;
  @ApiProperty({
    description:
      'Submitted attempts (in the rounds regraded) that drew this version; for the target version: the attempts moved to it',
  })
  attempts: number;
}
