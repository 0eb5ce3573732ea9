import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class RefreshTokenDto {
  @ApiProperty({ description: 'The refresh token from login, register or the previous refresh' })
  @IsString({ message: 'Thiếu refresh token' })
  @MaxLength(200)
  refreshToken: string;
}
