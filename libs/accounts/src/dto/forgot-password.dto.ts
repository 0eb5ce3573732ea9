import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength } from 'class-validator';

export class ForgotPasswordDto {
  @ApiProperty({ example: 'lan.nguyen@example.vn' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'E-mail phải là chuỗi ký tự' })
  @MaxLength(254, { message: 'Địa chỉ e-mail quá dài' })
  @IsEmail({}, { message: 'Địa chỉ e-mail không hợp lệ' })
  email: string;
}
