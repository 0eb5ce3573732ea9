import { ApiProperty } from '@nestjs/swagger';

export class OptionShareDto {
  @ApiProperty({ description: 'A, B, C… in the order of the newest version' }) label: string;
  @ApiProperty() text: string;
  @ApiProperty({ description: 'In the newest version drawn' }) correct: boolean;
  @ApiProperty() chosen: number;
  @ApiProperty({ type: Number, nullable: true, description: 'chosen / drawn' }) share:
    number | null;
}
