import { ApiProperty } from '@nestjs/swagger';

/** A unit as shown next to a person: `{ id, code, name }`. */
export class UnitRefDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  code: string;

  @ApiProperty()
  name: string;
}
