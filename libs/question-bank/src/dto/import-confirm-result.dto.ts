import { ApiProperty } from '@nestjs/swagger';

export class ImportConfirmResultDto {
  @ApiProperty({ description: 'Questions written to the bank' })
  created: number;
}
