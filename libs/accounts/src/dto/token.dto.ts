import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** The `token` query parameter of a link from an e-mail, posted back by the web app. */
export class TokenDto {
  @ApiProperty()
  @IsString({ message: 'Thiếu mã xác minh' })
  @MaxLength(200)
  token: string;
}
