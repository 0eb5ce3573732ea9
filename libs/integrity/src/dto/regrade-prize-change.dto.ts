import { ApiProperty } from '@nestjs/swagger';

export class RegradePrizeChangeDto {
  @ApiProperty() userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ nullable: true, enum: ['first', 'second', 'third', 'consolation'] }) before:
    string | null;
  @ApiProperty({ nullable: true, enum: ['first', 'second', 'third', 'consolation'] }) after:
    string | null;
}
