import { ApiProperty } from '@nestjs/swagger';

/** A confirmation to show the person, in Vietnamese. */
export class MessageDto {
  @ApiProperty()
  message: string;
}
