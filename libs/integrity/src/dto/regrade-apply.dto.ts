import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { RegradeRequestDto } from './regrade-request.dto';

export class RegradeApplyDto extends RegradeRequestDto {
  @ApiProperty({
    description: 'Why the key was corrected (kept in the audit log)',
    minLength: 3,
    maxLength: 1000,
  })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}
