import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({
    description: 'The e-mail address or the phone number (any usual Vietnamese format)',
    example: '0912 345 678',
  })
  @IsString({ message: 'Chưa nhập e-mail hoặc số điện thoại' })
  @MinLength(1, { message: 'Chưa nhập e-mail hoặc số điện thoại' })
  @MaxLength(254, { message: 'E-mail hoặc số điện thoại quá dài' })
  login: string;

  @ApiProperty()
  @IsString({ message: 'Chưa nhập mật khẩu' })
  @MinLength(1, { message: 'Chưa nhập mật khẩu' })
  @MaxLength(1024, { message: 'Mật khẩu quá dài' })
  password: string;
}
