import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';

/** An officer of a unit (shown to admins only: it carries the officer's e-mail). */
export class UnitOfficerDto {
  @ApiProperty({ format: 'uuid' }) unitId: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() email: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class AddUnitOfficerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;
}
