import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { UserFields } from './user-fields';

export class ResetPasswordDto {
  @ApiProperty({ description: 'The `token` query parameter of the link in the reset e-mail' })
  @IsString({ message: 'Thiếu mã đặt lại mật khẩu' })
  @MaxLength(200)
  token: string;

  @UserFields.password('The new password, at least 8 characters')
  password: string;
}
