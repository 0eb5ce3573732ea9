import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsString } from 'class-validator';
import type { OptionInput } from '../question-input';

export class OptionInputDto implements OptionInput {
  @ApiProperty({ example: '220 V' })
  @IsString({ message: 'Phương án phải là văn bản' })
  text: string;

  @ApiProperty()
  @IsBoolean({ message: 'correct phải là true hoặc false' })
  correct: boolean;
}
