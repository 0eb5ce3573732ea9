import { ApiProperty } from '@nestjs/swagger';
import { UserDto } from './user.dto';

/** What register, login and refresh answer. */
export class AuthSessionDto {
  @ApiProperty({ type: UserDto })
  user: UserDto;

  @ApiProperty({ description: 'JWT (HS256), short-lived: send as `Authorization: Bearer …`' })
  accessToken: string;

  @ApiProperty({ description: 'Opaque; works once: POST /api/auth/refresh returns a new pair' })
  refreshToken: string;

  @ApiProperty({ description: 'Seconds until the access token expires' })
  expiresIn: number;
}
